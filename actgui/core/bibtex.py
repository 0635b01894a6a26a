"""BibTeX entries for the sources of the catalog (no Qt).

:func:`bibtex` turns a :class:`~actgui.core.spec.Reference` (or every reference of an
:class:`~actgui.core.spec.Activation`: its ``reference`` then its ``see_also``) into
clean BibTeX:

- the entry type follows the venue: ``@misc`` with ``eprint``/``archivePrefix`` for a
  paper that is only on arXiv, ``@inproceedings`` for a conference or workshop,
  ``@article`` for a journal (also ``@techreport`` and ``@phdthesis`` where the venue
  says so);
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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .spec import Activation, Reference

__all__ = [
    "arxiv_id",
    "bibtex",
    "cite_key",
    "doi",
    "entries",
    "entry_type",
    "latex_escape",
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


def entry_type(ref: Reference) -> str:
    """``misc`` (arXiv only), ``inproceedings``, ``article``, ``techreport``,
    ``phdthesis`` or ``mastersthesis``, from the venue."""
    venue = ref.venue
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
    kind = entry_type(ref)
    fields: list[tuple[str, str]] = [
        ("author", " and ".join(_author(a) for a in ref.authors)),
        ("title", _title(ref.title)),
    ]
    venue = latex_escape(" ".join(ref.venue.split()))
    if kind == "article":
        fields.append(("journal", venue))
    elif kind == "inproceedings":
        fields.append(("booktitle", venue))
    elif kind in ("phdthesis", "mastersthesis"):
        fields.append(("school", venue))
    elif kind == "techreport":
        fields.append(("institution", venue))
    fields.append(("year", str(ref.year)))
    url = ref.url.strip().replace("{", "%7B").replace("}", "%7D")
    the_doi = doi(url)
    the_arxiv = arxiv_id(url)
    if the_doi:
        fields.append(("doi", the_doi))
    if the_arxiv:
        fields += [("eprint", the_arxiv), ("archivePrefix", "arXiv")]
    elif kind == "misc" and venue:
        fields.append(("howpublished", venue))
    if url:
        fields.append(("url", url))
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {{{value}}}" for name, value in fields if value)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def _references(act_or_ref: Activation | Reference | Iterable[Reference]) -> list[Reference]:
    if isinstance(act_or_ref, Reference):
        return [act_or_ref]
    if isinstance(act_or_ref, Activation):
        main = [act_or_ref.reference] if act_or_ref.reference is not None else []
        return [*main, *act_or_ref.see_also]
    return list(act_or_ref)


def entries(act_or_ref: Activation | Reference | Iterable[Reference]) -> list[str]:
    """One entry per reference (an activation's own, then its ``see_also``), with keys
    made unique among them (``…a``-less first, then ``b``, ``c``)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    done: set[Reference] = set()
    for ref in _references(act_or_ref):
        if ref in done:
            continue
        done.add(ref)
        key = cite_key(ref)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(_entry(ref, key if n == 0 else f"{key}{chr(ord('a') + n)}"))
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
        parts[0] = _entry(refs[0], key)
    return "\n".join(parts)
