"""File > Save session as…: the name chosen ends in .actgui.json (or .json), and a
name with a wildcard is refused (found by a tester: '*' in the save dialog wrote a file
named '*.actgui.json')."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.mark.parametrize(
    ("answer", "written"),
    [("s", "s.actgui.json"), ("s.json", "s.json"), ("s.v2", "s.v2.actgui.json"), ("*", None)],
)
def test_save_as_names(window, tmp_path: Path, monkeypatch, answer, written) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / answer), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert window.save_session(ask=True) is (written is not None)
    assert [p.name for p in tmp_path.iterdir()] == ([written] if written else [])
    if written is None:
        assert said == [
            "The file name * holds * or ?, which stand for other characters: "
            "choose a name without them"
        ]
