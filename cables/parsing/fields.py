"""Field functions: each reads one header field from a whole cable or from any fragment."""

import re
from functools import lru_cache

from .breaks import is_break_line, remove_page_breaks
from .posts import POST_NAMES, canonical_post
from .text import one_edit_apart

_NEXT_FIELD = re.compile(
    r"(?<![A-Za-z])(?:SUBJ(?:ECT)?\s*[:.]|TAGS?\s*:|REF(?:S|ERENCES?)?\s*:|"
    r"CLASSIFIED\s+BY\b|E\.\s?O\.\s?1\d{4}|EO\s+1\d{4}|DECL\s*:)",
    re.IGNORECASE,
)
_PARAGRAPH_START = re.compile(r"^\s*(?:¶\s*)?\d{1,3}\s*\.(?:\s|\(|$)")
_PAGE_BREAK = re.compile(
    r"^\s*[A-Za-z][A-Za-z .'-]{0,30}?\s+\d{6,8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s*$", re.IGNORECASE
)
_BLANK = re.compile(r"^\s*$")
_NOT_A_CONTINUATION = re.compile(
    r"^\s*(?:$|-{3,}|(?:¶\s*)?\d{1,3}\s*\.(?:\s|\(|$)|(?i:(?:begin\s+|executive\s+)?summary)\b)"
)


def continues(line: str) -> bool:
    """Whether ``line`` can carry on the header field of the line before it."""
    return not _NOT_A_CONTINUATION.match(line)


# --- SUBJECT ---------------------------------------------------------------------------------

# "SUBJECT:" / "SUBJ:" (any case with a colon), or at a line start "SUBJ TEXT" without one.
_SUBJECT_AT = re.compile(
    r"(?i:subj)(?:(?i:ect))?[ \t]*:|SUBJ(?:ECT)?[ \t]*[:.]|SUBJ(?:ECT)?[ \t]+(?=[A-Z])"
)
_SUBJECT_BEFORE = frozenset(" \t\n.0123456789")


def find_subject(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where the SUBJECT keyword is (its start, and where its value begins), or None."""
    end = len(text) if end is None else min(end, len(text))
    lowered = text[start:end].lower()
    position = lowered.find("subj")
    while position >= 0:
        at = start + position
        if at == 0 or text[at - 1] in _SUBJECT_BEFORE:
            match = _SUBJECT_AT.match(text, at)
            if match and (
                match.group(0).rstrip()[-1:] in ":."
                or not text[text.rfind("\n", 0, at) + 1 : at].strip()
            ):
                value = match.end()
                while value < len(text) and text[value] in " \t":
                    value += 1
                return at, value
        position = lowered.find("subj", position + 4)
    return None


_SUBJECT_END = re.compile(
    r"(?:(?<![A-Za-z])REF(?:S|ERENCES?)?\s*[:.]|REFS?:|(?<![A-Za-z])REF\s+[A-Z]\b|"
    r"(?<![A-Za-z])(?i:ref(?:s|tels?|erences?|\(s\))?)\s*:|(?i:\bthis\s+is\s+an\s+action\s+(?:request|cable|message)\b)|"
    r"(?i:classified\s+by\b)|\s(?:Summary|SUMMARY)\s*-{3,}|\s-{4,}|"
    r"(?<![A-Za-z])E\.\s?O\.\s?1\d{4}|(?<![A-Za-z])TAGS?\s*:)"
)


_DASHES = re.compile(r"^\s*-{3,}\s*$")
# An e-mail style header's routing words before the subject: "TRIPOLI 00000063 P CO 28-JAN-09".
_ROUTING_WORDS = re.compile(
    r"^(?:[A-Z][A-Z .'-]{0,30}?\s+)?\d{6,8}\s+(?:[A-Z]{1,2}\s+){1,3}\d{1,2}-[A-Z]{3}-\d{2,4}\s+"
)
_SUMMARY_LINE = re.compile(r"(?i)^\s*(summary|begin summary)\b")


def _subject_lines(lines: list[str]) -> list[str]:
    """The SUBJECT's lines: its first and the lines that carry it on, past page breaks."""
    parts: list[str] = []
    for number, line in enumerate(lines):
        if number and (_PAGE_BREAK.match(line) or is_break_line(line)):
            continue
        if number and _BLANK.match(line):
            # Only a blank inside a page break ("CONFIDENTIAL", blank, "PAGE 02 ...") goes
            # on: a blank line before one may end the subject as well as the page.
            if is_break_line(lines[number - 1]):
                continue
            break
        if number and (_PARAGRAPH_START.match(line) or _DASHES.match(line)):
            break
        cut = _SUBJECT_END.search(line)
        if cut:
            parts.append(line[: cut.start()])
            break
        if number and _SUMMARY_LINE.match(line):
            break
        parts.append(line)
    return parts


def parse_subject(text: str, found: tuple[int, int] | None = None) -> str | None:
    """The SUBJECT line, its continuation lines joined, without page breaks, the routing
    words of an e-mail style header or the header fields run in after it.

    ``found`` is where ``find_subject`` found it, if that is known already.
    """
    found = found or find_subject(text)
    if not found:
        return None
    subject = " ".join(" ".join(_subject_lines(text[found[1] :].split("\n", 12)[:12])).split())
    subject = _ROUTING_WORDS.sub("", remove_page_breaks(subject))
    subject = " ".join(subject.split()).strip(" -")
    return subject or None


# --- REF -------------------------------------------------------------------------------------

_REF = re.compile(
    r"(?im)(?:^[ \t]*|(?<=[\s.]))REF(?:S|ERENCES?|TELS?|\(S\))?(?:[ \t]*[:.]|[ \t]+(?=\(?[A-Z0-9]))"
)
_REF_ITEM = re.compile(r"^\s*(?:¶\s*)?\(?[A-Za-z]\)?\s*[.):]\s|^\s*\(?[a-zA-Z]\)\s|^\s*¶\s*[A-Z]\b")
# A cited cable: "[07 ]MOSCOW 3996", "2007 MANAGUA 2135", "STATE085363", "07MOSCOW3996". The
# words before the serial are checked against the known posts afterwards, which is faster
# than one alternation of every post name and lets "B. STATE" or "EMBASSY MOSCOW" through.
# Line ends may fall inside a citation ("04\nMADRID 2069", "KUALA\nLUMPUR 536").
_GAP = r"[ \t]*(?:\n[ \t]*)?"
_WORD_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_CABLE_CITATION = re.compile(
    r"(?<![A-Za-z0-9])(?:((?:19|20)\d\d|\d\d)" + _GAP + r")?"
    r"([A-Za-z][A-Za-z'.]*(?:"
    + _WORD_GAP
    + r"[A-Za-z][A-Za-z'.]*){0,3})"
    + _GAP
    + r"(\d{1,7})(?![\dA-Za-z/]|\.\d)"
)
_KNOWN_POSTS = frozenset(POST_NAMES) | {"SECSTATE", "DEPTEL", "USUN", "USEU", "UNVIE", "UNESCO"}
# Posts cited by a short form of their name.
_SHORT_FORMS = {
    "HAGUE": "THEHAGUE",
    "MEXICOCITY": "MEXICO",
    "RIO": "RIODEJANEIRO",
    "SAOPOLO": "SAOPAULO",
    "UNESCOPARIS": "UNESCO",
    "USNATOBRUSSELS": "USNATO",
    "USUNNY": "USUNNEWYORK",
    "HCMC": "HOCHIMINHCITY",
    "STPETERSBURG": "STPETERSBURG",
}
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
# Words of REF lines a letter away from a post that are none ("SEPTEL" from "DEPTEL").
_NOT_POSTS = frozenset({"SEPTEL", "SEPTELS", "REFTEL", "REFTELS", "TELCON", "MEMCON"})


@lru_cache(maxsize=4096)
def _near_post(code: str) -> str | None:
    """The one known post a damaged name is a letter away from (``BRASILA``, ``PHNOMPEN``,
    ``SECTSTATE``), or None: short names are too close to other words to guess."""
    if len(code) < 6 or code in _NOT_POSTS:
        return None
    near = {post for post in _KNOWN_POSTS - {"DEPTEL"} if one_edit_apart(code, post)}
    return canonical_post(near.pop()) if len(near) == 1 else None


def _post_code(words: str, damaged: bool) -> str | None:
    code = canonical_post(words)
    code = _SHORT_FORMS.get(code, code)
    if code in _KNOWN_POSTS:
        return canonical_post(code)
    return _near_post(code) if damaged else None


def _cited_post(words: str) -> tuple[str, bool] | None:
    """The post code the words end with, and whether it takes all of them: the post's
    name, a short form of it, or (failing both) a name one letter away from it."""
    parts = words.split()
    while len(parts) > 1 and _COUNTRY_CODE.match(parts[-1]):  # "UNESCO PARIS FR"
        parts = parts[:-1]
    for damaged in (False, True):
        for index in range(len(parts)):
            code = _post_code(" ".join(parts[index:]), damaged)
            if code:
                return code, index == 0
    return None


# Letters and digits that damaged texts confuse: "SANTIAG0", "0TTAWA", "O4 MADRID".
_ZERO_IN_WORD = re.compile(r"(?<![A-Z0-9])0(?=[A-Z]{3})|(?<=[A-Z]{3})0(?![A-Z0-9])")
_O_IN_YEAR = re.compile(r"(?<![A-Za-z0-9])O(?=\d(?![\d]))")
# "10-OTTAWA-57": year, post and serial joined by dashes.
_DASHED = re.compile(r"(?<![\w-])(\d\d)-([A-Z][A-Z ]*[A-Z])-(\d{1,7})(?![\w-])")
# More serials of the same post: "BRASILIA 2799 AND 2764", "MOSCOW 1234, 1240"; not the
# year of the next citation ("; 08 STATE 23456"), nor a day ("4 MAY").
_MORE_SERIALS = re.compile(
    r"[ \t]*(?:,|;|(?i:and)|&)[ \t]*(\d{1,7})(?![\dA-Za-z/]|\.\d|[ \t]+[A-Za-z]{3,})"
)


def _repaired(block: str) -> str:
    block = "\n".join(line for line in block.split("\n") if not is_break_line(line))
    block = remove_page_breaks(block)
    block = _ZERO_IN_WORD.sub("O", _O_IN_YEAR.sub("0", block))
    return _DASHED.sub(r"\1 \2 \3", block)


_AFTER_REFERENCES = re.compile(r"(?i)\s*(classified\s+by|subj(ect)?\s*:|tags\s*:|summary|begin)")


def _looks_cited(line: str) -> bool:
    """A lettered REF line ("B. STATE 1234"), not a paragraph marked "(U)" after the REF."""
    return len(line) < 80 or any(c.isdigit() for c in line[:40])


def reference_block(text: str) -> str | None:
    """The raw REF block: the REF line and its lettered continuation lines."""
    match = _REF.search(text)
    if not match:
        return None
    lines = text[match.start() :].split("\n")
    block = [lines[0]]
    pending_blank = False
    for line in lines[1:40]:
        if _BLANK.match(line):
            pending_blank = True
            continue
        if _PAGE_BREAK.match(line) or is_break_line(line):
            continue  # a page break inside the block: the block goes on after it
        if _PARAGRAPH_START.match(line) or _AFTER_REFERENCES.match(line):
            break
        if pending_blank and not (_REF_ITEM.match(line) and _looks_cited(line)):
            break
        block.append(line)
        pending_blank = False
    raw = "\n".join(block)
    cut = re.search(r"(?i)classified\s+by\b", raw)
    if cut:
        raw = raw[: cut.start()]
    return raw.strip() or None


def _short_year(year) -> int | None:
    try:
        return int(str(year).strip()) % 100
    except (TypeError, ValueError):
        return None


def parse_references(text: str, year: int | None = None) -> list[str]:
    """Canonical ids of the cables cited in the REF block (or in ``text`` if it has none).

    A citation without a year takes ``year`` (four digits or two), the cable's own year.
    """
    block = _repaired(reference_block(text) or text)
    default = _short_year(year)
    found: list[str] = []
    position = 0
    while match := _CABLE_CITATION.search(block, position):
        cited_year, words, serial = match.groups()
        cited = _cited_post(words)
        if cited is None:
            # Not a cable ("A. 2007 ..."): look again from the next word on.
            position = match.start(2) + 1
            continue
        position = match.end()
        post, whole = cited
        if cited_year is not None and whole:
            short_year = int(cited_year) % 100
        elif default is not None:
            short_year = default
        else:
            continue
        serials = [serial]
        while more := _MORE_SERIALS.match(block, position):
            serials.append(more.group(1))
            position = more.end()
        for each in serials:
            ref = f"{short_year:02d}{post}{int(each)}"
            if int(each) and ref not in found:
                found.append(ref)
    return found


# --- SUMMARY ---------------------------------------------------------------------------------

# What may follow the word SUMMARY where a summary opens (matched at the word).
_SUMMARY_OPENING = re.compile(
    r"SUMMARY(?:\s*/\s*COMMENTS?|\s+(?:AND|&)\s+[A-Z]+(?:\s+REQUEST(?:ED)?)?)?"
    r"\s*(?:\(CONT(?:'|’)?D\)\s*)?(?:\([A-Z/ ]{1,14}\)\s*)?(?:[:.\-]+|\s*\n)",
    re.IGNORECASE,
)
# A summary that says so again ("Summary. Summary: ...") or keeps its marking.
_SUMMARY_LABEL = re.compile(
    r"^(?:\s*(?:\([A-Za-z/ ]{1,14}\)|(?:BEGIN\s+)?SUMMARY\s*[:.\-]+))+\s*", re.I
)
_SUMMARY_END = re.compile(r"END\s+(?:OF\s+)?SUMMARY\b[\s.:)\-]*", re.IGNORECASE)
_HEADING_CHARACTERS = " \t-:"
_DASHED_RULE = re.compile(r"^[ \t]*(?:-[ \t]*){3,}(?=\n)")
_PARAGRAPH_END = re.compile(r"\n\s*\n|\n[ \t]*(?:¶[ \t]*)?\d{1,3}[ \t]*\.(?=[ \t(])")
_LEADING_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:¶[ \t]*)?\d{1,3}[ \t]*\.[ \t]*(?:\([A-Za-z/ ]{1,14}\)[ \t]*)?"
)
_LEADING_MARKING = re.compile(r"^\s*\([A-Za-z/ ]{1,14}\)\s*")


def _tidy(text: str) -> str:
    text = _LEADING_NUMBER.sub("\n\n", text)  # each numbered paragraph stays one
    text = _SUMMARY_LABEL.sub("", _LEADING_MARKING.sub("", text))
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _summary_end(rest: str) -> int | None:
    match = _SUMMARY_END.search(rest, 0, 20000)
    if not match:
        return None
    start = match.start()
    while start and rest[start - 1] in " \t(":
        start -= 1
    return start


def _summary_starts(text: str):
    """("heading" or "opening", end of the keyword) for each place a summary may begin."""
    window = text[:8000]  # a summary opens the body: look in the first paragraphs only
    lowered = window.lower()
    if len(lowered) != len(window):  # lower() changed the length: positions would be off
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in window)
    position = lowered.find("summary")
    while position >= 0:
        line_start = window.rfind("\n", 0, position) + 1
        line_end = window.find("\n", position)
        line_end = len(window) if line_end < 0 else line_end
        before = lowered[line_start:position].strip(_HEADING_CHARACTERS)
        after = window[position + 7 : line_end].strip(_HEADING_CHARACTERS)
        if before in ("", "executive") and not after:
            yield "heading", line_end
        elif not (position and lowered[position - 1].isalpha()) and not re.search(
            r"end\s+(of\s+)?$", lowered[max(0, position - 8) : position]
        ):
            match = _SUMMARY_OPENING.match(text, position)
            if match:
                yield "opening", match.end()
        position = lowered.find("summary", position + 7)


def parse_summary(text: str) -> str | None:
    """The text between ``SUMMARY:`` and ``END SUMMARY`` (or under a Summary heading)."""
    for kind, keyword_end in _summary_starts(text):
        rest = text[keyword_end:]
        rest = _DASHED_RULE.sub("", rest.lstrip(" \t\n"))  # under a dashed heading
        end = _summary_end(rest)
        if end is not None and (kind == "opening" or end < 6000):
            rest = rest[:end]
        else:
            # No end marker: the summary is the paragraph it opens.
            rest = _PARAGRAPH_END.split(rest.strip("\n"), maxsplit=1)[0]
        return _tidy(rest) or None
    return None
