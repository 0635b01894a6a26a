"""BibTeX entries for the sources of the catalog (no Qt).

:func:`bibtex` turns a :class:`~actgui.core.spec.Reference` (or every reference of an
:class:`~actgui.core.spec.Activation`: its ``reference`` then its ``see_also``) into
clean BibTeX:

- the entry type and its fields follow the venue (:func:`parse_venue` reads the
  free-text ``Reference.venue``): ``@misc`` with ``eprint``/``archivePrefix`` for a
  paper that is only on arXiv (never ``@inproceedings``, even when a workshop
  submission is noted) and for software; ``@article`` for a journal and
  ``@inproceedings`` for a conference, with ``volume``, ``number`` and ``pages`` in
  their own fields (also for a preprint published later: the later venue's entry,
  with the arXiv ``eprint``); ``@book`` and ``@incollection`` with ``publisher``,
  ``series`` and ``edition``; ``@techreport`` and ``@phdthesis`` where the venue says
  so;
- one key per paper across the whole catalog: references with the same address are
  one entry (the one whose venue says most), and different papers that would get the
  same key are told apart (``kumar2022aptx``, ``kumar2022aptxb``);
- the key is the first author's family name in lower-case ASCII, the year and the
  first meaningful word of the title (``hendrycks2016gaussian``), as Google Scholar
  makes them;
- ``author = {Family, Given and Family, Given}``; the ``url``, and ``doi`` or
  ``eprint`` taken from it.

Text is written for classic BibTeX, so that any LaTeX set-up reads it: the special
characters ``& % $ # _ { } ~ ^ \\`` are escaped, accented Latin letters become
brace-protected accent commands (``M{\\"u}ller``, ``{\\v{S}}imon``, ``{\\o}``),
Greek letters and a few symbols math (``$\\beta$``), dashes and curly quotes their
LaTeX ligatures.  A character without an ASCII spelling (a CJK name) is left as
UTF-8, the only non-ASCII that can appear.  In titles, words with a capital after
their first letter (acronyms such as ``GELUs``, ``ReLU``, ``PyTorch``) are wrapped
in braces so that bibliography styles do not lower-case them.

About 600 lines, kept in one module: venues, escaping and keys are the three
steps of one entry, and every part is read by the next.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .spec import Activation, Reference

__all__ = [
    "Venue",
    "arxiv_id",
    "bibtex",
    "cite_key",
    "doi",
    "entries",
    "entry_type",
    "latex_escape",
    "parse_venue",
]

# -- identifiers -------------------------------------------------------------------------

_ARXIV_URL = re.compile(
    r"^https?://(?:www\.)?(?:export\.)?arxiv\.org/(?:abs|pdf)/"
    r"((?:\d{4}\.\d{4,5})|(?:[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))(?:v\d+)?(?:\.pdf)?/?$",
    re.IGNORECASE,
)
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)


def arxiv_id(url: str) -> str | None:
    """The arXiv identifier (without version) of an arXiv abstract or PDF address."""
    m = _ARXIV_URL.match(url.strip())
    return m.group(1) if m else None


def doi(url: str) -> str | None:
    """The DOI of a ``https://doi.org/...`` address."""
    m = _DOI_URL.match(url.strip())
    return m.group(1) if m else None


# -- entry type ------------------------------------------------------------------------

_PREPRINT = re.compile(r"^\s*$|\barxiv\b|\bcorr\b|\bpreprint\b", re.IGNORECASE)
_THESIS = re.compile(r"\bthesis\b|\bdissertation\b", re.IGNORECASE)
_MASTERS = re.compile(r"\bmaster'?s?\b|\bm\.?sc\b", re.IGNORECASE)
_REPORT = re.compile(r"\btechnical report\b|\btech\.? rep\b|\breport\b", re.IGNORECASE)
#: journals whose name starts like a conference's
_JOURNAL_PROCEEDINGS = re.compile(
    r"^\s*proceedings of the (ieee\s*$|national academy|royal society|american mathematical"
    r"|cambridge philosophical|physical society|japan academy|london mathematical)",
    re.IGNORECASE,
)
_CONFERENCE = re.compile(
    r"\b(conference|proceedings|proc\.|workshop|symposium|congress|meeting|colloquium)\b"
    r"|neural information processing systems"
    r"|\b(neurips|nips|icml|iclr|cvpr|iccv|eccv|aaai|ijcai|aistats|colt|uai|acl|emnlp|naacl"
    r"|coling|interspeech|icassp|ijcnn|icann|iconip|kdd|wacv|bmvc|miccai|accv|icpr|icdm"
    r"|sdm|sigir|icip|eusipco|ijcnlp|eacl|aacl)\b",
    re.IGNORECASE,
)


def _kind_of(venue: str) -> str:
    """The entry type a venue's text names (journal, conference, report, thesis)."""
    if _PREPRINT.search(venue) and not _CONFERENCE.search(venue):
        return "misc"
    if _THESIS.search(venue):
        return "mastersthesis" if _MASTERS.search(venue) else "phdthesis"
    if _REPORT.search(venue):
        return "techreport"
    if _JOURNAL_PROCEEDINGS.search(venue):
        return "article"
    if _CONFERENCE.search(venue):
        return "inproceedings"
    return "article"


@dataclass(frozen=True)
class Venue:
    """A reference's venue read into BibTeX's fields (see :func:`parse_venue`)."""

    kind: str  # the entry type
    name: str = ""  # journal, booktitle, school or institution
    volume: str = ""
    number: str = ""
    pages: str = ""
    publisher: str = ""
    series: str = ""
    edition: str = ""
    howpublished: str = ""
    note: str = ""
    year: int | None = None  # a later venue's own year: "…; Neural Networks (2018)"


#: a publisher (the last part of a book's venue)
_PUBLISHER = re.compile(
    r"\b(press|publishers?|publishing|verlag|springer|wiley|elsevier|chapman|peter lang"
    r"|addison|prentice|o'reilly|morgan kaufmann|birkh(a|ä)user|routledge|crc)\b",
    re.IGNORECASE,
)
#: book series, with their volume: "Lecture Notes in Computer Science 1524"
_SERIES = re.compile(
    r"^(?P<series>lecture notes in [a-z ]+?|communications in computer and information science"
    r"|advances in intelligent systems and computing|studies in computational intelligence)"
    r"(?:,?\s*(?:vol\.?\s*)?(?P<volume>\d+))?$",
    re.IGNORECASE,
)
_SERIES_PUBLISHER = {"lecture notes": "Springer", "communications in computer": "Springer"}
_SERIES_PUBLISHER |= {"advances in intelligent": "Springer", "studies in computational": "Springer"}
_EDITION = re.compile(r"^(?P<n>\d+)(?:st|nd|rd|th)\s+edition$", re.IGNORECASE)
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
_DASHES = r"\s*(?:-|\u2010|\u2011|\u2013|\u2014)+\s*"
_PAGES = re.compile(rf",\s*(?:pp\.\s*)?(?P<a>\d+){_DASHES}(?P<b>\d+)$")
_ARTICLE_NUMBER = re.compile(r",\s*(?P<a>\d+)$")
_VOLUME_AFTER_COMMA = re.compile(r",\s*(?:(?P<pmlr>PMLR)|vol\.)\s*(?P<v>\d+)$", re.IGNORECASE)
_VOLUME_NUMBER = re.compile(r"^(?P<name>.*?\D)\s+(?P<v>\d+)(?:\((?P<n>[^()]+)\))?$")
_YEAR_IN_PARENS = re.compile(r"\s+\((?:19|20)\d\d\)$")
_LATER = re.compile(
    r"^(?:published in|accepted (?:by|at|in|to)|to appear in|also in)\s+(?P<venue>.+)$",
    re.IGNORECASE,
)


def parse_venue(ref: Reference) -> Venue:
    """The venue of ``ref`` as BibTeX fields.

    ``Reference.venue`` is free text, written in one of these forms (a comma
    separates the parts; an en dash or a hyphen the first and last page):

    - a journal: ``Nature 323, 533–536``, ``Science 79(2037), 38-39`` (volume,
      number in parentheses, pages or an article number), ``Neurocomputing 458``,
      ``Neural Networks``;
    - a conference: ``Advances in Neural Information Processing Systems 30 (NIPS
      2017), 971–980``, ``Proceedings of AISTATS 2010, PMLR 9, 249–256``,
      ``... (IJCNN), pp. 2562-2567`` (a number in its name is no volume);
    - a preprint: ``arXiv preprint arXiv:1606.08415``, ``TechRxiv preprint``; a later
      publication after ``;`` or as ``(published in …)`` / ``(accepted by …)`` gives
      that venue's entry (``arXiv:1908.08681; BMVC 2020``), any other parenthesis is
      a note (``(ICLR 2016 workshop submission)``: still a preprint);
    - a book: ``MIT Press``, ``Chapman and Hall, 2nd edition`` (the publisher last);
      a chapter: ``Neural Networks: Tricks of the Trade, Lecture Notes in Computer
      Science 1524, Springer`` (book title, series and volume, publisher); a paper in
      a proceedings series: ``Communications in Computer and Information Science,
      vol. 1776, 462-476``;
    - a report or thesis: ``Technical report TR 93-8, University of Maryland``,
      ``PhD thesis, University of X``;
    - software: ``Software, keras.io`` (the address is the reference's url).
    """
    text = " ".join(ref.venue.split())
    if re.match(r"^software\b", text, re.IGNORECASE):
        return Venue("misc", howpublished="Software")
    head = re.sub(r"\s*\([^()]*\)\s*$", "", text.split(";")[0])  # without a note
    if _PREPRINT.search(head) and (";" in text or not _CONFERENCE.search(head)):
        return _preprint(text)
    kind = _kind_of(text)
    if kind in ("phdthesis", "mastersthesis"):
        return Venue(kind, name=text.split(",", 1)[1].strip() if "," in text else "")
    if kind == "techreport":
        head, _, institution = text.partition(",")
        number = re.sub(r"^\s*(technical report|tech\.? rep\.?|report)\s*", "", head, flags=re.I)
        return Venue(kind, name=institution.strip(), number=number.strip())
    parts = [p.strip() for p in text.split(",")]
    edition = ""
    if len(parts) > 1 and (numbered := _EDITION.match(parts[-1])):
        n = int(numbered.group("n"))
        edition = _ORDINALS[n - 1] if n <= len(_ORDINALS) else parts[-1].split()[0]
        parts = parts[:-1]
    if _PUBLISHER.search(parts[-1]) and not _CONFERENCE.search(text):
        publisher = parts[-1]
        rest = parts[:-1]
        if not rest:
            return Venue("book", publisher=publisher, edition=edition)
        series = volume = ""
        for p in rest[1:]:
            m = _SERIES.match(p)
            if m:
                series, volume = m.group("series"), m.group("volume") or ""
        return Venue(
            "incollection",
            name=rest[0],
            series=series,
            volume=volume,
            publisher=publisher,
            edition=edition,
        )
    return _periodical(text, kind)


def _periodical(text: str, kind: str) -> Venue:
    """A journal's or a proceedings' venue: name, volume, number, pages."""
    pages = volume = number = series = ""
    m = _PAGES.search(text)
    if m:
        pages, text = f"{m.group('a')}--{m.group('b')}", text[: m.start()]
    elif kind == "article":
        m = _ARTICLE_NUMBER.search(text)
        if m:
            pages, text = m.group("a"), text[: m.start()]
    m = _VOLUME_AFTER_COMMA.search(text)
    if m:
        volume, text = m.group("v"), text[: m.start()]
        series = "PMLR" if m.group("pmlr") else ""
    text = _YEAR_IN_PARENS.sub("", text)
    m = _VOLUME_NUMBER.match(text)
    if m and not volume and (kind == "article" or m.group("n")):
        text, volume, number = m.group("name"), m.group("v"), m.group("n") or ""
    s = _SERIES.match(text)
    if s:  # a paper in a proceedings series: the series is all the book it names
        publisher = next(
            (v for k, v in _SERIES_PUBLISHER.items() if text.lower().startswith(k)), ""
        )
        return Venue(
            "inproceedings",
            name=s.group("series"),
            volume=volume or s.group("volume") or "",
            pages=pages,
            publisher=publisher,
        )
    return Venue(kind, name=text.strip(), volume=volume, number=number, pages=pages, series=series)


def _preprint(text: str) -> Venue:
    """A preprint: its later venue's entry where it names one, else ``@misc``."""
    head, _, later = text.partition(";")
    note = ""
    m = re.search(r"\(([^()]*)\)\s*$", head)
    if m and not later:
        head, inner = head[: m.start()].strip(), m.group(1).strip()
        lm = _LATER.match(inner)
        if lm:
            later = lm.group("venue")
        else:
            note = inner
    later = later.strip()
    if later:
        venue = parse_venue(Reference((), 0, "", later, ""))
        if venue.kind != "misc":
            year = re.search(r"\s\(((?:19|20)\d\d)\)$", later)
            return replace(venue, year=int(year.group(1))) if year else venue
    server = "" if re.search(r"\barxiv\b|\bcorr\b", head, re.IGNORECASE) else head
    return Venue("misc", howpublished=server, note=note)


def entry_type(ref: Reference) -> str:
    """``misc`` (arXiv only, software), ``article``, ``inproceedings``, ``book``,
    ``incollection``, ``techreport``, ``phdthesis`` or ``mastersthesis``, from the
    venue (:func:`parse_venue`)."""
    return parse_venue(ref).kind


# -- LaTeX escaping ----------------------------------------------------------------------

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}

#: letters that are not a base letter with an accent
_LETTERS = {
    "ß": r"{\ss}",
    "ø": r"{\o}",
    "Ø": r"{\O}",
    "æ": r"{\ae}",
    "Æ": r"{\AE}",
    "œ": r"{\oe}",
    "Œ": r"{\OE}",
    "å": r"{\aa}",
    "Å": r"{\AA}",
    "ł": r"{\l}",
    "Ł": r"{\L}",
    "ı": r"{\i}",
    "đ": r"{\dj}",
    "Đ": r"{\DJ}",
    "þ": r"{\th}",
    "Þ": r"{\TH}",
    "ð": r"{\dh}",
    "Ð": r"{\DH}",
}

#: combining mark -> accent command (symbol accents take the letter directly)
_ACCENTS = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
}

_SYMBOLS = {
    "\u2013": "--",  # en dash
    "\u2014": "---",  # em dash
    "\u2010": "-",
    "\u2011": "-",
    "\u2018": "`",
    "\u2019": "'",
    "\u201c": "``",
    "\u201d": "''",
    "\u2026": r"\ldots{}",
    "\u00a0": "~",
    "\u00b7": r"$\cdot$",
    "\u00d7": r"$\times$",
    "\u2212": "-",
    "\u221e": r"$\infty$",
    "\u2248": r"$\approx$",
    "\u2264": r"$\leq$",
    "\u2265": r"$\geq$",
    "\u00b2": r"$^2$",
    "\u00b3": r"$^3$",
}

#: Greek letters that LaTeX spells as commands (capitals that look Latin are Latin)
_GREEK = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
    "kappa", "lamda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon",
    "phi", "chi", "psi", "omega",
}  # fmt: skip
_GREEK_CAPITALS = {"gamma", "delta", "theta", "lamda", "xi", "pi", "sigma", "upsilon", "phi"}
_GREEK_CAPITALS |= {"psi", "omega"}


def _greek(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    m = re.fullmatch(r"(?:MATHEMATICAL ITALIC )?GREEK (SMALL|CAPITAL) LETTER (\w+)", name)
    if not m:
        return None
    letter = m.group(2).lower()
    if m.group(1) == "SMALL" and letter in _GREEK:
        pass
    elif m.group(1) == "CAPITAL" and letter in _GREEK_CAPITALS:
        letter = letter.capitalize()
    else:
        return None
    letter = letter.replace("amda", "ambda")  # Unicode spells it LAMDA
    return f"$\\{letter}$"


def _char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ord(ch) < 128:
        return ch
    if ch in _SYMBOLS:
        return _SYMBOLS[ch]
    if ch in _LETTERS:
        return _LETTERS[ch]
    greek = _greek(ch)
    if greek is not None:
        return greek
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if marks and all(m in _ACCENTS for m in marks) and (ord(base) < 128 or base in _LETTERS):
        out = _LETTERS.get(base, base)
        if out == "i" and marks[0] not in ("\u0327", "\u0328", "\u0323"):
            out = r"\i"  # accents above an i replace its dot
        for m in marks:
            cmd = _ACCENTS[m]
            out = f"\\{cmd}{{{out}}}" if cmd.isalpha() else f"\\{cmd}{out}"
        return "{" + out + "}"
    return ch  # no ASCII spelling (a CJK name): UTF-8


def latex_escape(text: str) -> str:
    """``text`` as BibTeX field content: special characters escaped, accents as
    commands, anything without an ASCII spelling left as it is."""
    return "".join(_char(ch) for ch in unicodedata.normalize("NFC", text))


_WORD = re.compile(r"[^\s()\[\]{},;:!?\"/\-\u2010\u2011\u2013\u2014]+")


def _title(text: str) -> str:
    """Escaped title; acronyms and CamelCase words protected from lower-casing."""
    out, pos = [], 0
    for m in _WORD.finditer(text):
        out.append(latex_escape(text[pos : m.start()]))
        word = m.group(0)
        letters = [c for c in word if c.isalpha()]
        protect = any(c.isupper() for c in letters[1:])
        out.append("{" + latex_escape(word) + "}" if protect else latex_escape(word))
        pos = m.end()
    out.append(latex_escape(text[pos:]))
    return "".join(out)


def _author(name: str) -> str:
    name = " ".join(name.split())
    if name == "others":
        return name  # BibTeX's "and others": et al.
    if "," not in name:
        # a single name or an organisation: one unit, not "Given Family"
        return "{" + latex_escape(name) + "}"
    return latex_escape(name)


# -- keys --------------------------------------------------------------------------------

_ASCII_LETTERS = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "þ": "th"}
_ASCII_LETTERS |= {"ð": "d", "ı": "i"}

#: title words that do not name a paper (articles, prepositions, conjunctions)
_STOPWORDS = {
    "a", "an", "the", "on", "of", "for", "in", "to", "and", "or", "with", "via", "by",
    "from", "at", "as", "into", "towards", "toward", "is", "are", "do", "does", "why",
    "how", "what", "when", "its", "their", "your", "we", "be", "can", "not", "no",
}  # fmt: skip


def _ascii(text: str) -> str:
    text = "".join(_ASCII_LETTERS.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii())


def cite_key(ref: Reference) -> str:
    """``family`` + ``year`` + first meaningful title word, lower-case ASCII
    (``hendrycks2016gaussian``)."""
    family = ref.authors[0].split(",")[0] if ref.authors else ""
    if ref.authors and "," not in ref.authors[0]:
        family = ref.authors[0].split()[-1] if ref.authors[0].split() else ""
    name = re.sub(r"[^a-z]", "", _ascii(family)) or "anonymous"
    words = [w for w in re.split(r"[^a-z0-9]+", _ascii(ref.title)) if w]
    meaningful = [w for w in words if w not in _STOPWORDS and not w.isdigit()]
    word = next((w for w in meaningful if len(w) > 1), meaningful[0] if meaningful else "")
    return f"{name}{ref.year}{word}"


# -- entries -----------------------------------------------------------------------------


def _entry(ref: Reference, key: str) -> str:
    venue = parse_venue(ref)
    kind = venue.kind
    fields: list[tuple[str, str]] = [
        ("author", " and ".join(_author(a) for a in ref.authors)),
        ("title", _title(ref.title)),
    ]
    name_field = {
        "article": "journal",
        "inproceedings": "booktitle",
        "incollection": "booktitle",
        "phdthesis": "school",
        "mastersthesis": "school",
        "techreport": "institution",
    }.get(kind)
    if name_field:
        fields.append((name_field, latex_escape(venue.name)))
    fields += [
        ("series", latex_escape(venue.series)),
        ("volume", venue.volume),
        ("number", latex_escape(venue.number)),
        ("pages", venue.pages),
        ("publisher", latex_escape(venue.publisher)),
        ("edition", venue.edition),
    ]
    fields.append(("year", str(venue.year or ref.year)))
    url = ref.url.strip().replace("{", "%7B").replace("}", "%7D")
    the_doi = doi(url)
    the_arxiv = arxiv_id(url)
    if the_doi:
        fields.append(("doi", the_doi))
    if the_arxiv:
        fields += [("eprint", the_arxiv), ("archivePrefix", "arXiv")]
    if kind == "misc":
        fields.append(("howpublished", latex_escape(venue.howpublished)))
    fields.append(("note", latex_escape(venue.note)))
    if url:
        fields.append(("url", url))
    fields = [(name, value) for name, value in fields if value]
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def _references(act_or_ref: Activation | Reference | Iterable[Reference]) -> list[Reference]:
    if isinstance(act_or_ref, Reference):
        return [act_or_ref]
    if isinstance(act_or_ref, Activation):
        main = [act_or_ref.reference] if act_or_ref.reference is not None else []
        return [*main, *act_or_ref.see_also]
    return list(act_or_ref)


def _identity(ref: Reference) -> str:
    """What makes two references the same paper: the address (without scheme,
    ``www.``, arXiv version, ``.pdf`` or trailing ``/``), else key and title."""
    arxiv = arxiv_id(ref.url)
    if arxiv:
        return f"arxiv:{arxiv}"
    url = re.sub(r"^https?://(www\.)?", "", ref.url.strip().lower()).rstrip("/")
    if url:
        return url
    return f"{cite_key(ref)}:{ref.title.lower()}"


def _richness(ref: Reference) -> tuple[int, int, int]:
    """How much a reference's venue says (the richest of one paper's is its entry)."""
    v = parse_venue(ref)
    structured = sum(bool(x) for x in (v.volume, v.number, v.pages, v.publisher, v.series))
    return (v.kind != "misc", structured, len(ref.venue))


def catalog_keys() -> dict[Reference, tuple[str, Reference]]:
    """Every reference of the catalog -> (its key, the reference its entry is made
    from): one entry per paper (by address), one paper per key."""
    from .catalog import CATALOG  # the catalog's functions name their references

    groups: dict[str, list[Reference]] = {}
    for act in CATALOG.values():
        for ref in _references(act):
            groups.setdefault(_identity(ref), []).append(ref)
    out: dict[Reference, tuple[str, Reference]] = {}
    used: dict[str, int] = {}
    for refs in groups.values():
        best = max(refs, key=_richness)
        base = cite_key(best)
        n = used.get(base, 0)
        used[base] = n + 1
        key = base if n == 0 else f"{base}{chr(ord('a') + n)}"
        for ref in refs:
            out[ref] = (key, best)
    return out


def entries(act_or_ref: Activation | Reference | Iterable[Reference]) -> list[str]:
    """One entry per paper (an activation's own reference, then its ``see_also``).
    A catalog reference has its catalog-wide key (:func:`catalog_keys`); keys are
    unique among the entries (``…``, then ``…b``, ``…c``)."""
    known = catalog_keys()
    keys: set[str] = set()
    seen: dict[str, int] = {}
    out: list[str] = []
    done: set[Reference] = set()
    for ref in _references(act_or_ref):
        if ref in done:
            continue
        done.add(ref)
        if ref in known:
            key, ref = known[ref]
            if key in keys:
                continue  # the same paper again
        else:
            base = cite_key(ref)
            n = seen.get(base, 0)
            key = base if n == 0 else f"{base}{chr(ord('a') + n)}"
            while key in keys:
                n += 1
                key = f"{base}{chr(ord('a') + n)}"
            seen[base] = n + 1
        keys.add(key)
        out.append(_entry(ref, key))
    return out


def bibtex(act_or_ref: Activation | Reference, key: str | None = None) -> str:
    """BibTeX for a reference, or for every reference of an activation (its own, then
    its ``see_also``, separated by a blank line); ``key`` replaces the first entry's
    key.  An activation without references gives ``""``."""
    refs = _references(act_or_ref)
    if not refs:
        return ""
    parts = entries(refs)
    if key is not None:
        first = catalog_keys().get(refs[0], ("", refs[0]))[1]
        parts[0] = _entry(first, key)
    return "\n".join(parts)
