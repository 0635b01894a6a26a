"""`actgui list` is grouped by family as the window's function list: a heading with
the count, then that family's functions in catalog order; --json stays flat."""

from __future__ import annotations

import json
import re

import pytest

from actgui import cli
from actgui.core import catalog
from actgui.core.spec import Family


@pytest.fixture
def english_after():  # type: ignore[no-untyped-def]
    yield
    cli._load_translation("en")


def _groups(text: str) -> list[tuple[str, int, list[str]]]:
    ids = set(catalog.ids())
    groups: list[tuple[str, int, list[str]]] = []
    for line in text.splitlines()[1:]:
        m = re.fullmatch(r"(\S.*?) ?[(（](\d+)[)）]", line.strip())
        if m and line.split(" ", 1)[0] not in ids:
            groups.append((m.group(1), int(m.group(2)), []))
        elif line.split(" ", 1)[0] in ids:
            assert groups, f"{line!r} before any family heading"
            groups[-1][2].append(line.split(" ", 1)[0])
    return groups


def test_list_is_grouped_by_family(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["list"]) == 0
    groups = _groups(capsys.readouterr().out)
    want = [fam for fam in Family if any(a.family == fam for a in catalog.CATALOG.values())]
    assert [title for title, _n, _ids in groups] == [fam.heading for fam in want]
    for (title, n, ids), fam in zip(groups, want, strict=True):
        members = [a.id for a in catalog.CATALOG.values() if a.family == fam]
        assert ids == members, title  # every member, in catalog order
        assert n == len(members), title
    assert sum(len(ids) for _t, _n, ids in groups) == len(catalog.ids())
    # the review's strays are with their families now
    where = {fid: title for title, _n, ids in groups for fid in ids}
    assert where["lisht"] == "Smooth gated" and where["sinusoid"] == "Oscillating"
    assert where["soft_exponential"] == "Other" and where["laplace"] == "Sigmoidal"


def test_list_grouped_in_chinese(capsys, english_after) -> None:  # type: ignore[no-untyped-def]
    assert cli.run(["list", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    groups = _groups(out)
    assert len(groups) == len({a.family for a in catalog.CATALOG.values()})
    assert sum(len(ids) for _t, _n, ids in groups) == len(catalog.ids())


def test_json_stays_flat_in_catalog_order(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data] == catalog.ids()
