"""BibTeX for the catalog's sources: entry types by venue, keys, escaping, fields."""

from __future__ import annotations

import dataclasses
import re

import pytest

from actgui.core import bibtex as bib
from actgui.core import catalog
from actgui.core.spec import Reference

GELU = Reference(
    authors=("Hendrycks, Dan", "Gimpel, Kevin"),
    year=2016,
    title="Gaussian Error Linear Units (GELUs)",
    venue="arXiv preprint",
    url="https://arxiv.org/abs/1606.08415",
)
SELU = Reference(
    authors=("Klambauer, Günter", "Unterthiner, Thomas", "Mayr, Andreas", "Hochreiter, Sepp"),
    year=2017,
    title="Self-Normalizing Neural Networks",
    venue="Advances in Neural Information Processing Systems 30",
    url="https://arxiv.org/abs/1706.02515",
)
SILU_NN = Reference(
    authors=("Elfwing, Stefan", "Uchibe, Eiji", "Doya, Kenji"),
    year=2018,
    title="Sigmoid-weighted linear units for neural network function approximation "
    "in reinforcement learning",
    venue="Neural Networks",
    url="https://doi.org/10.1016/j.neunet.2017.12.012",
)
RELU_ICML = Reference(
    authors=("Nair, Vinod", "Hinton, Geoffrey E."),
    year=2010,
    title="Rectified Linear Units Improve Restricted Boltzmann Machines",
    venue="Proceedings of the 27th International Conference on Machine Learning (ICML)",
    url="https://dl.acm.org/doi/10.5555/3104322.3104425",
)


def parse(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """A strict little reader: ``@type{key,`` then one ``name = {value}`` a line."""
    out = []
    for block in text.strip().split("\n\n"):
        lines = block.strip().split("\n")
        head = re.fullmatch(r"@(\w+)\{([a-z0-9]+),", lines[0])
        assert head, lines[0]
        assert lines[-1] == "}", lines[-1]
        fields = {}
        for i, line in enumerate(lines[1:-1]):
            last = i == len(lines) - 3
            m = re.fullmatch(r"  (\w+) *= \{(.*)\}" + ("" if last else ","), line)
            assert m, line
            value = m.group(2)
            depth = 0
            for j, ch in enumerate(value):  # braces balanced, never closed early
                if ch in "{}" and (j == 0 or value[j - 1] != "\\"):
                    depth += 1 if ch == "{" else -1
                    assert depth >= 0, value
            assert depth == 0, value
            assert m.group(1) not in fields
            fields[m.group(1)] = value
        out.append((head.group(1), head.group(2), fields))
    return out


def test_arxiv_only_is_misc_with_eprint() -> None:
    [(kind, key, f)] = parse(bib.bibtex(GELU))
    assert kind == "misc"
    assert key == "hendrycks2016gaussian"
    assert f["author"] == "Hendrycks, Dan and Gimpel, Kevin"
    assert f["title"] == "Gaussian Error Linear Units ({GELUs})"  # acronym kept upper-case
    assert f["year"] == "2016"
    assert f["eprint"] == "1606.08415" and f["archivePrefix"] == "arXiv"
    assert f["url"] == "https://arxiv.org/abs/1606.08415"
    assert "journal" not in f and "booktitle" not in f and "howpublished" not in f


def test_conference_is_inproceedings() -> None:
    [(kind, key, f)] = parse(bib.bibtex(SELU))
    assert kind == "inproceedings"
    assert key == "klambauer2017self"
    assert f["booktitle"] == "Advances in Neural Information Processing Systems 30"
    assert f["author"].startswith('Klambauer, G{\\"u}nter and Unterthiner, Thomas and ')
    assert f["title"] == "Self-Normalizing Neural Networks"  # no inner capital: unprotected
    assert f["eprint"] == "1706.02515"  # a conference paper on arXiv keeps its id
    [(kind, key, f)] = parse(bib.bibtex(RELU_ICML))
    assert kind == "inproceedings" and key == "nair2010rectified"
    assert "doi" not in f and f["url"].startswith("https://dl.acm.org/")


def test_journal_is_article_with_doi() -> None:
    [(kind, key, f)] = parse(bib.bibtex(SILU_NN))
    assert kind == "article"
    assert key == "elfwing2018sigmoid"
    assert f["journal"] == "Neural Networks"
    assert f["doi"] == "10.1016/j.neunet.2017.12.012"
    assert "eprint" not in f


@pytest.mark.parametrize(
    ("venue", "kind"),
    [
        ("arXiv", "misc"),
        ("CoRR", "misc"),
        ("", "misc"),
        ("International Conference on Learning Representations (ICLR)", "inproceedings"),
        ("ICLR 2016", "inproceedings"),
        ("NeurIPS", "inproceedings"),
        ("Proceedings of the AAAI Conference on Artificial Intelligence", "inproceedings"),
        ("ICLR Workshop on Tiny Papers", "inproceedings"),
        ("Proceedings of the IEEE", "article"),
        ("Proceedings of the National Academy of Sciences", "article"),
        ("IEEE Transactions on Neural Networks and Learning Systems", "article"),
        ("Nature", "article"),
        ("Neural Computation", "article"),
        ("Technical report, University of Toronto", "techreport"),
        ("PhD thesis, Technische Universität München", "phdthesis"),
        ("Master's thesis, University of Helsinki", "mastersthesis"),
    ],
)
def test_entry_type_from_venue(venue: str, kind: str) -> None:
    ref = dataclasses.replace(SILU_NN, venue=venue)
    assert bib.entry_type(ref) == kind
    [(got, _, f)] = parse(bib.bibtex(ref))
    assert got == kind
    field = {
        "article": "journal",
        "inproceedings": "booktitle",
        "techreport": "institution",
        "phdthesis": "school",
        "mastersthesis": "school",
    }.get(kind)
    if field:
        assert f[field] == bib.latex_escape(venue)


def test_special_characters_are_escaped() -> None:
    ref = Reference(
        authors=("O'Neil, Ann", "Smith_Jones, Bob"),
        year=2021,
        title="R&D at 50% for x_1 #2 costs $3 {really} ~ ^ \\",
        venue="Journal of Things & Stuff",
        url="https://doi.org/10.1000/a_b",
    )
    [(_, key, f)] = parse(bib.bibtex(ref))
    assert key == "oneil2021costs"  # "R", "D", "x" are no words; "at", "for" stop words
    assert f["author"] == "O'Neil, Ann and Smith\\_Jones, Bob"
    assert f["title"] == (
        "{R\\&D} at 50\\% for x\\_1 \\#2 costs \\$3 \\{really\\} "
        "\\textasciitilde{} \\textasciicircum{} \\textbackslash{}"
    )
    assert f["journal"] == "Journal of Things \\& Stuff"
    assert f["doi"] == "10.1000/a_b"  # identifiers stay as they are (url/doi fields)


def test_non_ascii_names_become_accent_commands() -> None:
    ref = Reference(
        authors=(
            "Šimon, Łukasz",
            "Øst, Jørgen",
            "Müller, Íñigo",
            "Çelik, Ağa",
            "Erdős, Paul",
            "Dvořák, Jiří",
            "Großmann, Björn",
            "Zhang, 伟",
        ),
        year=2020,
        title="β-Swish — a ReLU-based “trick” · x²",
        venue="Neural Networks",
        url="https://doi.org/10.1/x",
    )
    text = bib.bibtex(ref)
    [(_, key, f)] = parse(text)
    assert key == "simon2020swish"  # Š -> s; β has no ASCII letters, "a" is a stop word
    assert f["author"] == (
        "{\\v{S}}imon, {\\L}ukasz and {\\O}st, J{\\o}rgen and M{\\\"u}ller, {\\'I}{\\~n}igo"
        " and {\\c{C}}elik, A{\\u{g}}a and Erd{\\H{o}}s, Paul"
        " and Dvo{\\v{r}}{\\'a}k, Ji{\\v{r}}{\\'\\i}"
        ' and Gro{\\ss}mann, Bj{\\"o}rn and Zhang, 伟'
    )
    assert f["title"] == "$\\beta$-Swish --- a {ReLU}-based ``trick'' $\\cdot$ x$^2$"
    # every character ASCII except those without an ASCII spelling (kept as UTF-8)
    assert {c for c in text if not c.isascii()} == {"伟"}


def test_decomposed_input_gives_the_same_entry() -> None:
    import unicodedata

    nfc = dataclasses.replace(GELU, authors=("Müller, Jörg",))
    nfd = dataclasses.replace(GELU, authors=(unicodedata.normalize("NFD", "Müller, Jörg"),))
    assert bib.bibtex(nfc) == bib.bibtex(nfd)


def test_organisation_author_is_one_unit() -> None:
    ref = dataclasses.replace(GELU, authors=("PyTorch Contributors",))
    [(_, key, f)] = parse(bib.bibtex(ref))
    assert f["author"] == "{PyTorch Contributors}"
    assert key == "contributors2016gaussian"


def test_key_skips_stop_words_and_can_be_given() -> None:
    ref = dataclasses.replace(GELU, title="On the Importance of Being Smooth")
    assert bib.cite_key(ref) == "hendrycks2016importance"
    ref = dataclasses.replace(GELU, authors=("van den Oord, Aäron",))
    assert bib.cite_key(ref) == "vandenoord2016gaussian"
    [(_, key, _f)] = parse(bib.bibtex(GELU, key="hendrycks2016gelu"))
    assert key == "hendrycks2016gelu"


def test_identifiers_from_urls() -> None:
    assert bib.arxiv_id("https://arxiv.org/abs/1606.08415") == "1606.08415"
    assert bib.arxiv_id("https://arxiv.org/abs/1606.08415v5") == "1606.08415"
    assert bib.arxiv_id("https://arxiv.org/pdf/2002.05202.pdf") == "2002.05202"
    assert bib.arxiv_id("http://arxiv.org/abs/cs/0501001") == "cs/0501001"
    assert bib.arxiv_id("https://doi.org/10.1/x") is None
    assert bib.doi("https://doi.org/10.1162/neco.1989.1.4.541") == "10.1162/neco.1989.1.4.541"
    assert bib.doi("https://dx.doi.org/10.1038/323533a0") == "10.1038/323533a0"
    assert bib.doi("https://arxiv.org/abs/1606.08415") is None


def test_activation_gives_every_entry_with_unique_keys() -> None:
    relu = catalog.get("relu")
    assert bib.bibtex(dataclasses.replace(relu, reference=None, see_also=())) == ""
    later = dataclasses.replace(GELU, title="Gaussian error linear units, revisited")
    act = dataclasses.replace(relu, reference=GELU, see_also=(SILU_NN, later, SILU_NN))
    text = bib.bibtex(act)
    got = parse(text)
    assert [key for _, key, _ in got] == [
        "hendrycks2016gaussian",
        "elfwing2018sigmoid",
        "hendrycks2016gaussianb",  # same author, year and word: told apart
    ]  # and SILU_NN once
    assert "\n".join(bib.entries(act)) == text  # a blank line between entries
    # only see_also: still copied
    only = dataclasses.replace(relu, reference=None, see_also=(SILU_NN,))
    assert [key for _, key, _ in parse(bib.bibtex(only))] == ["elfwing2018sigmoid"]
    # a given key names the function's own reference
    assert parse(bib.bibtex(act, key="mine"))[0][1] == "mine"


def test_every_catalog_reference_makes_a_clean_entry() -> None:
    for act in catalog.CATALOG.values():
        text = bib.bibtex(act)
        refs = ([act.reference] if act.reference else []) + list(act.see_also)
        if not refs:
            assert text == ""
            continue
        got = parse(text)
        assert len(got) == len({*refs}), act.id
        for kind, _key, f in got:
            assert kind in ("misc", "article", "inproceedings", "techreport", "phdthesis")
            assert f["author"] and f["title"] and f["year"].isdigit() and f["url"], act.id
