"""Cables into the database: in bulk, idempotent, one transaction per batch.

    runner      one run, start to finish: run() is what `manage.py ingest` does
    sources     files, folders, the release's cables.csv and web pages -> documents
    pages       the release's cable web pages: the text of their boxes, what they state
    prepare     a document -> a prepared cable (parse, clean, extract entities); pure
                work, run in worker processes
    loader      batches of prepared cables into the database, from the main process
    copy        PostgreSQL COPY for new rows
    first_load  into an empty corpus, indexes and foreign keys made once at the end
    glossary    the TAGS glossary (cables/data/tags.tsv): definitions and kinds

A cable is keyed by its reference id: unchanged text is skipped, changed text
replaces the cable's paragraphs, mentions and references, and curated state
(published, curated tags, hidden or merged entities, redactions) survives. A run
killed half-way loses at most the batch in flight, which the next run loads again.
"""

from cables.ingest.runner import Observer, Outcome, run

__all__ = ["Observer", "Outcome", "run"]
