"""The routing header and the classification line: id, classification, caveats, addressees."""

import re
from typing import NamedTuple

from .posts import POST_ORIGINS, canonical_post, origin_for_post, origin_from_sender


class Recipient(NamedTuple):
    """One addressee of the TO or INFO lines: ``RUEHC/SECSTATE WASHDC PRIORITY 3267``."""

    code: str | None
    name: str
    precedence: str | None


def _spaced(word: str) -> str:
    return r"\s?".join(word)


_LEVEL_WORDS = {
    "UNCLASSIFIED": _spaced("UNCLASSIFIED"),
    "UNCLAS": _spaced("UNCLAS"),
    "CONFIDENTIAL": _spaced("CONFIDENTIAL"),
    "SECRET": _spaced("SECRET"),
    "LIMITED OFFICIAL USE": r"LIMITED\s+OFFICIAL\s+USE",
}
_LEVEL = "(" + "|".join(_LEVEL_WORDS.values()) + ")"
# The classification line: "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004185".
CLASSIFICATION_LINE = re.compile(
    r"(?im)^[ \t]*(?:Cable dated:\S*\s*)?"
    + _LEVEL
    + r"((?:[ \t]*(?://|/)?[ \t]*(?:NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS|STADIS|FOUO|"
    r"FOR OFFICIAL USE ONLY|ROGER|CHEROKEE))*)"
    r"[ \t]*(E\s?F\s?T\s?O)?[ \t]*(SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}[ \t]*)?"
    r"([A-Za-z][A-Za-z.' ]{1,28}?)[ \t]+0*(\d{1,7})(?![\d/])"
)
# The page head of older telegrams: "PAGE 01        HARARE  06677  01 OF 03  291400Z".
_PAGE_HEAD_ID = re.compile(
    r"(?m)^[ \t]*PAGE[ \t]+\d+[ \t]+([A-Z][A-Z .'-]{1,30}?)[ \t]+(\d{2,7})[ \t]+\d+"
    r"[ \t]+OF[ \t]+\d+"
)
PAGE_BREAK_ID = re.compile(
    r"(?im)^[ \t]*([A-Za-z][A-Za-z .'-]{0,30}?)[ \t]+(\d{6,8})[ \t]+\d{3}(?:\.\d)?"
    r"[ \t]+OF[ \t]+\d{3}"
)
_ROUTING_SERIAL = re.compile(r"(?im)^[ \t]*DE[ \t]+[A-Z]{4,6}[ \t]*#(\d{1,6})")
_FM = re.compile(r"(?im)^[ \t]*FM[ \t]+(.+?)[ \t]*$")
_ZN_LEVEL = re.compile(r"(?im)^[ \t]*ZN[YR][ \t]+([CSUE])\1{4}")
_MARKING = re.compile(r"(?m)^[ \t]*(?:¶[ \t]*)?\d{1,3}[ \t]*\.[ \t]*\(([A-Za-z/ ]{1,12})\)")
_PRECEDENCE_LINE = re.compile(r"(?m)^[ \t]*([OPRZ])(?:[ \t]+([OPRZ]))?[ \t]+\d{6}Z")
_ROUTING_PRECEDENCE = re.compile(r"(?m)^[ \t]*(OO|PP|RR|ZZ|OP|PO|PR|RP|OR|RO)[ \t]+[A-Z]{5}")
PRECEDENCES = {"O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE", "Z": "FLASH"}
_PRECEDENCE_WORDS = re.compile(
    r"[ \t]+(NIACT[ \t]+IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH)\b", re.IGNORECASE
)
_CAVEATS = re.compile(
    r"(?<![A-Za-z])(NOFORN|NODIS|EXDIS|LIMDIS|STADIS|SIPDIS|SENSITIVE|ORCON|PROPIN|NOCONTRACT|"
    r"FOUO|FOR OFFICIAL USE ONLY|EFTO|E F T O|ROGER|CHEROKEE|TERREP|NOTAL|REL TO [A-Z, ]+)"
    r"(?![A-Za-z])"
)


LIMITED_OFFICIAL_USE = "LIMITED OFFICIAL USE"  # older cables: read as unclassified, FOUO


def _level(word: str) -> str:
    word = re.sub(r"\s", "", word).upper()
    if word == "LIMITEDOFFICIALUSE":
        return LIMITED_OFFICIAL_USE
    if word.startswith("UNCLAS"):
        return "UNCLASSIFIED"
    return word


class ClassificationLine(NamedTuple):
    level: str
    caveats: str
    post: str
    serial: int
    start: int
    end: int


_LINE_OPENERS = frozenset("UuCcSsLl")


def _classification_lines(text: str, reach: int = 40000):
    """Matches of the classification line at line starts (routing headers with long
    address lists run to a few thousand characters, hence the reach)."""
    position = 0
    for raw in text[:reach].split("\n"):
        stripped = raw.lstrip(" \t")
        if stripped[:1] in _LINE_OPENERS:
            match = CLASSIFICATION_LINE.match(text, position)
            if match:
                yield match
        position += len(raw) + 1


def find_classification_line(text: str) -> ClassificationLine | None:
    for match in _classification_lines(text):
        level, caveats, efto, section, post, serial = match.groups()
        after = text[match.start(1) + len(level) : match.start(1) + len(level) + 1]
        if " " not in level and after.isalpha():
            continue  # "SECRETARY", not "SECRET"
        post = " ".join(post.split()).upper()
        if post.startswith(("SECTION", "OF ")):
            continue
        if efto and not section:
            post = "EFTO " + post  # as the release's ids have it: 09EFTOLONDON2187
        number = int(serial)
        if text[match.end() : match.end() + 1].isalpha():
            # Run together with the next header ("00167SIPDIS"): trust the routing serial
            # if this one is a cut-short copy of it.
            routing = _ROUTING_SERIAL.search(text)
            if routing and routing.group(1).lstrip("0").startswith(str(number)):
                number = int(routing.group(1))
        return ClassificationLine(
            _level(level), caveats or "", post, number, match.start(), match.end()
        )
    return None


def find_reference_id(text: str, year: int | None, line: ClassificationLine | None) -> str | None:
    """``07MOSCOW4185`` from the classification line, else a page-break line, else the routing."""
    if year is None:
        return None
    short = year % 100
    if line:
        post = canonical_post(line.post)
        if post not in POST_ORIGINS:
            # A garbled post ("QRIPOLI"): the sender's, if it is the same name but a letter.
            sender = _FM.search(text)
            sender_post = _post_of_sender(sender.group(1)) if sender else None
            if sender_post and len(sender_post) == len(post) and sender_post[1:] == post[1:]:
                post = sender_post
        return f"{short:02d}{post}{line.serial}"
    page = PAGE_BREAK_ID.search(text)
    if page and int(page.group(2)):
        return f"{short:02d}{canonical_post(page.group(1))}{int(page.group(2))}"
    page = _PAGE_HEAD_ID.search(text)
    if page and int(page.group(2)):
        post = canonical_post(page.group(1))
        if post not in POST_ORIGINS:  # cut short on the page head: "VATICA" for VATICAN
            sender = _FM.search(text)
            sender_post = _post_of_sender(sender.group(1)) if sender else None
            if sender_post and sender_post.startswith(post):
                post = sender_post
        return f"{short:02d}{post}{int(page.group(2))}"
    serial = _ROUTING_SERIAL.search(text)
    sender = _FM.search(text)
    if serial and sender:
        sender_post = _post_of_sender(sender.group(1))
        if sender_post:
            return f"{short:02d}{sender_post}{int(serial.group(1))}"
    return None


def _post_of_sender(sender: str) -> str | None:
    words = re.sub(r"^[A-Z0-9]+/", "", sender.upper()).split()
    if words and words[0] in ("SECSTATE", "STATE"):
        return "STATE"
    if words and words[0] in ("AMEMBASSY", "AMCONSUL", "AMCONGEN", "USMISSION", "USINT", "USLO"):
        words = words[1:]
    while words and (words[-1].isdigit() or _PRECEDENCE_WORDS.match(" " + words[-1])):
        words = words[:-1]
    return canonical_post(" ".join(words)) or None


def find_sender(text: str) -> str | None:
    match = _FM.search(text)
    return match.group(1) if match else None


def find_origin(reference_id: str | None, sender: str | None, line: ClassificationLine | None):
    """The release's name of the sending post, from the id's post, the FM line or the text."""
    from_sender = origin_from_sender(sender) if sender else None
    if from_sender and not from_sender.startswith(("Embassy ", "Consulate ")):
        return from_sender  # USEU Brussels, not Embassy Brussels
    if reference_id:
        origin = origin_for_post(re.sub(r"^\d\d|\d+$", "", reference_id))
        if origin:
            return origin
    if from_sender:
        return from_sender
    if line:
        return origin_for_post(line.post) or f"Embassy {line.post.title()}"
    return None


def find_level(text: str, line: ClassificationLine | None) -> str | None:
    """UNCLASSIFIED, CONFIDENTIAL or SECRET, from the strongest evidence the text has."""
    if line:
        return line.level
    zn = _ZN_LEVEL.search(text)
    if zn:
        return {"C": "CONFIDENTIAL", "S": "SECRET"}.get(zn.group(1), "UNCLASSIFIED")
    markings = {m.upper() for m in _MARKING.findall(text)}
    if any(m.startswith("S") and not m.startswith("SBU") for m in markings):
        return "SECRET"
    if any(m.startswith("C") for m in markings):
        return "CONFIDENTIAL"
    if markings:
        return "UNCLASSIFIED"
    alone = re.findall(r"(?m)^[ \t]*(" + _LEVEL + r")[ \t]*$", text)
    if alone:
        return _level(alone[-1][0])
    return None


def find_handling(zone: str) -> list[str]:
    """Caveats written in the header zone, in order, without repeats."""
    found: list[str] = []
    if zone.lower() == zone:  # a lower-cased cable
        zone = zone.upper()
    for match in _CAVEATS.finditer(zone):
        caveat = " ".join(match.group(1).split())
        caveat = {"E F T O": "EFTO", "FOR OFFICIAL USE ONLY": "FOUO"}.get(caveat, caveat)
        if caveat not in found:
            found.append(caveat)
    return found


def find_precedence(text: str) -> str | None:
    match = _PRECEDENCE_LINE.search(text)
    if match:
        precedence = PRECEDENCES[match.group(1)]
    else:
        routing = _ROUTING_PRECEDENCE.search(text)
        if not routing:
            return None
        precedence = PRECEDENCES[routing.group(1)[0]]
    to_block = re.search(r"(?m)^[ \t]*TO[ \t]+.*", text)
    if to_block and "NIACT" in to_block.group(0).upper():
        return "NIACT IMMEDIATE"
    return precedence


_ROUTING_CODE = re.compile(r"([A-Za-z0-9]{4,8})/(.*)")
_SERIAL_AT_END = re.compile(r"\s+\d{1,6}$")


def _recipient(line: str) -> Recipient | None:
    line = " ".join(line.split())
    if not line:
        return None
    code = None
    slash = _ROUTING_CODE.match(line)
    if slash:
        code, line = slash.group(1), slash.group(2)
    precedence = None
    word = _PRECEDENCE_WORDS.search(" " + line)
    if word:
        precedence = " ".join(word.group(1).upper().split())
        line = (" " + line)[: word.start()].strip()
    line = _SERIAL_AT_END.sub("", line).strip()
    return Recipient(code, line, precedence) if line else None


# The distribution block of older telegrams ("INFO  LOG-00   EEB-00 ..."): offices, not posts.
_OFFICE_CODES = re.compile(r"^(?:[A-Z]{1,5}-\d\d\s*)+(?:/\d+W)?$")


def find_recipients(header: str) -> tuple[list[Recipient], list[Recipient]]:
    """The TO and INFO addressees of the routing header (after its FM line)."""
    to: list[Recipient] = []
    info: list[Recipient] = []
    current = None
    addressed = False  # an INFO block before FM/TO lists offices, not addressees
    for raw in header.split("\n"):
        line = raw.strip()
        upper = line.upper()
        if upper.startswith(("FM ", "TO ")):
            addressed = True
        if upper.startswith("TO "):
            current, line = to, line[3:]
        elif upper.startswith("INFO ") and addressed:
            current, line = info, line[5:]
        elif current is None:
            continue
        elif not line or upper in ("BT", "NNNN") or CLASSIFICATION_LINE.match(raw):
            break
        recipient = _recipient(line)
        if recipient and not _OFFICE_CODES.match(recipient.name):
            current.append(recipient)
    return to, info
