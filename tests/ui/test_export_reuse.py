"""export_figure reuses the figure of the previous export of the same unchanged state.

The kept canvas must give exactly the bytes a fresh one gives, be rebuilt after any
change of the state or of the size, theme or style, and go away on its own.
"""

from __future__ import annotations

import filecmp
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from actgui.core.state import ExplorerState
from actgui.ui import figure
from actgui.ui.figure import Figure, drop_reused, export_figure


def _state() -> ExplorerState:
    st = ExplorerState()
    for fid in ("sigmoid", "relu", "elu"):
        st.add_curve(fid)
    st.rows = [True, True, True]
    return st


def test_reused_figure_writes_the_bytes_of_a_fresh_one(qapp: QApplication, tmp_path: Path) -> None:
    st = _state()
    drop_reused()
    with Figure(st, 700, 450, "light", "publication") as fig:
        fig.save_svg(tmp_path / "fresh.svg")
        fig.save_png(tmp_path / "fresh.png", 1.5)
    for k in range(3):
        export_figure(st, tmp_path / f"r{k}.svg", 700, 450, style="publication")
        export_figure(st, tmp_path / f"r{k}.png", 700, 450, style="publication", scale=1.5)
    kept = figure._Reused.fig
    assert kept is not None
    for k in range(3):
        assert filecmp.cmp(tmp_path / "fresh.svg", tmp_path / f"r{k}.svg", shallow=False)
        assert filecmp.cmp(tmp_path / "fresh.png", tmp_path / f"r{k}.png", shallow=False)
    export_figure(st, tmp_path / "again.svg", 700, 450, style="publication")
    assert figure._Reused.fig is kept
    drop_reused()


def test_a_change_of_the_state_or_the_figure_lays_out_afresh(
    qapp: QApplication, tmp_path: Path
) -> None:
    st = _state()
    drop_reused()
    export_figure(st, tmp_path / "a.svg", 700, 450)
    first = figure._Reused.fig
    st.add_curve("gelu")
    export_figure(st, tmp_path / "b.svg", 700, 450)
    assert figure._Reused.fig is not first
    with Figure(st, 700, 450) as fig:
        fig.save_svg(tmp_path / "b_fresh.svg")
    assert filecmp.cmp(tmp_path / "b.svg", tmp_path / "b_fresh.svg", shallow=False)
    second = figure._Reused.fig
    export_figure(st, tmp_path / "c.svg", 701, 450)
    assert figure._Reused.fig is not second
    third = figure._Reused.fig
    export_figure(st, tmp_path / "d.svg", 701, 450, theme="dark")
    assert figure._Reused.fig is not third
    other = _state()
    fourth = figure._Reused.fig
    export_figure(other, tmp_path / "e.svg", 701, 450, theme="dark")
    kept = figure._Reused.fig
    assert kept is not None and kept is not fourth and kept.state is other
    drop_reused()
    assert figure._Reused.fig is None


def test_the_kept_figure_expires(qapp: QApplication, tmp_path: Path, monkeypatch: object) -> None:
    drop_reused()
    monkeypatch.setattr(figure, "REUSE_SECONDS", 0.1)  # type: ignore[attr-defined]
    export_figure(_state(), tmp_path / "a.svg", 500, 300)
    assert figure._Reused.fig is not None
    end = time.monotonic() + 5.0
    while figure._Reused.fig is not None and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.02)
    assert figure._Reused.fig is None
