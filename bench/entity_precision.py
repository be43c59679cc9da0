"""Print randomly chosen extracted entities with their sentence, to judge precision.

Usage (from the repository root):

    .venv/bin/python bench/entity_precision.py [--seed 20240601] [--sample 50]
        [--corpus ../shared/corpus/dev]

Every cable of the dev corpus is parsed (with ``cables.parsing`` when it is there,
else the text after the routing header split on blank lines), its entities are
extracted, and ``--sample`` (cable, entity) pairs are drawn with a fixed seed. For
each the script prints the kind, display name, aliases and the first sentence that
holds one of its surface forms, for a person to mark right or wrong. It also prints
the extraction time per cable and per paragraph.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cables.entities import ExtractedEntity, extract_entities  # noqa: E402

try:
    from cables.parsing import parse_cable

    HAVE_PARSER = True
except ImportError:  # the parser is written in parallel; fall back to blank lines
    HAVE_PARSER = False

_CLASSIFIED_BY = re.compile(r"classified\s+by\s*:?[^\n]*", re.IGNORECASE)
_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s+[A-Z(])|$)")


def read_cables(corpus: Path) -> list[tuple[str, str, int]]:
    """(cable id, text, header line count) for every .txt file of the corpus."""
    cables = []
    for manifest in sorted(corpus.glob("*/manifest.jsonl")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            path = manifest.parent / record["file"]
            if path.suffix == ".txt" and path.exists():
                text = path.read_bytes().decode("utf-8", errors="replace")
                cables.append((record["id"], text, record.get("header_lines") or 0))
    return cables


def split_cable(text: str, header_lines: int) -> tuple[list[str], list[str], str | None]:
    """Paragraphs, "Classified By" lines and signer of one cable."""
    if HAVE_PARSER:
        parsed = parse_cable(text)
        return [p.text for p in parsed.paragraphs], parsed.classified_by, parsed.signer
    body = "\n".join(text.splitlines()[header_lines:])
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    return paragraphs, _CLASSIFIED_BY.findall(body), None


def sentence_for(entity: ExtractedEntity, paragraphs: list[str]) -> str:
    forms = sorted({entity.name, *entity.aliases}, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, forms))
    pattern = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    for index, _count in entity.mentions:
        for sentence in _SENTENCE.findall(" ".join(paragraphs[index].split())):
            if pattern.search(sentence):
                return sentence[:300]
    return "(no mention in the paragraphs: from Classified By or the signer)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = parser.parse_args()

    pool: list[tuple[str, ExtractedEntity, list[str]]] = []
    elapsed = 0.0
    paragraph_count = 0
    cables = read_cables(args.corpus)
    for cable_id, text, header_lines in cables:
        paragraphs, classified_by, signer = split_cable(text, header_lines)
        started = time.process_time()
        entities = extract_entities(paragraphs, classified_by=classified_by, signer=signer)
        elapsed += time.process_time() - started
        paragraph_count += len(paragraphs)
        pool.extend((cable_id, entity, paragraphs) for entity in entities)

    print(f"parser: {'cables.parsing' if HAVE_PARSER else 'blank-line fallback'}")
    print(f"{len(cables)} cables, {paragraph_count} paragraphs, {len(pool)} entities")
    print(
        f"extraction: {elapsed / len(cables) * 1000:.2f} ms per cable, "
        f"{elapsed / max(paragraph_count, 1) * 1e6:.0f} us per paragraph"
    )
    print(f"sample of {args.sample}, seed {args.seed}\n")
    for number, (cable_id, entity, paragraphs) in enumerate(
        random.Random(args.seed).sample(pool, args.sample), start=1
    ):
        aliases = "; ".join(entity.aliases)
        print(f"{number:2}. [{entity.kind}] {entity.name}   ({cable_id}; aliases: {aliases})")
        print(f"    {sentence_for(entity, paragraphs)}")


if __name__ == "__main__":
    main()
