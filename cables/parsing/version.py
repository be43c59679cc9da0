"""The parser's version, stored with every cable it read (`Cable.parser_version`).

Bump PARSER_VERSION when a change to the rules changes what is read from a cable: a
field's value for some text (a TAGS rule, where a subject ends, a date's precision), or
what ingest derives from the text with them. The next ingest then reads every stored
cable again, also those whose text did not change, and replaces what the older rules
read; curated fields and curated tags are kept, as in any re-ingest. A change that reads
every cable as before (speed, tidying) leaves it as it is.

Version 1 is what read every cable stored before versions were kept.
"""

PARSER_VERSION = 2
