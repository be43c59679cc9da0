"""Two texts compared word by word: what was removed, what was added, and the rest folded.

Pure: the segments are plain text, which the template escapes inside <del> and <ins>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

# An unchanged run longer than this is folded to "… N words …" between its edges.
FOLD_OVER = 12
# The words an unchanged run keeps at each side of its fold, to read the change in.
CONTEXT = 4
# A word and the white space after it, so the text keeps its line breaks.
TOKEN = re.compile(r"\S+\s*")


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "folded", "removed" or "added"
    text: str  # the words, or for "folded" the "… N words …" to show
    words: int


@dataclass(frozen=True)
class WordDiff:
    segments: list[Segment]

    @property
    def removed(self) -> int:
        return sum(s.words for s in self.segments if s.kind == "removed")

    @property
    def added(self) -> int:
        return sum(s.words for s in self.segments if s.kind == "added")


def word_diff(old: str, new: str) -> WordDiff:
    """The words of `old` removed and of `new` added, unchanged runs folded."""
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = SequenceMatcher(
        None, [t.strip() for t in old_tokens], [t.strip() for t in new_tokens], autojunk=False
    )
    opcodes = matcher.get_opcodes()
    segments: list[Segment] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            first, last = index == 0, index == len(opcodes) - 1
            segments += _unchanged(new_tokens[j1:j2], first=first, last=last)
            continue
        removed, added = old_tokens[i1:i2], new_tokens[j1:j2]
        if removed:
            # Replaced words read side by side: the new words' line breaks come after them.
            segments += _marked("removed", removed, " " if added else None)
        if added:
            segments += _marked("added", added)
    return WordDiff(segments)


def _marked(kind: str, tokens: list[str], after: str | None = None) -> list[Segment]:
    """Changed words, the white space after them left outside the marks."""
    text = "".join(tokens)
    words = text.rstrip()
    space = text[len(words) :] if after is None else after
    return [Segment(kind, words, len(tokens))] + ([Segment("same", space, 0)] if space else [])


def _unchanged(tokens: list[str], *, first: bool, last: bool) -> list[Segment]:
    """An unchanged run, folded when long: no context kept before the first change
    or after the last one, where there is nothing to read it with."""
    if len(tokens) <= FOLD_OVER:
        return [Segment("same", "".join(tokens), len(tokens))]
    head = [] if first else tokens[:CONTEXT]
    tail = [] if last else tokens[-CONTEXT:]
    folded = len(tokens) - len(head) - len(tail)
    segments = [Segment("same", "".join(head), len(head))] if head else []
    segments.append(Segment("folded", f"… {folded} words …", folded))
    if tail:
        segments.append(Segment("same", "".join(tail), len(tail)))
    return segments
