"""The depth figure's SVG looks like its PNG (actgui depth --out x.svg), and the
shared SVG writer (actgui.ui.svg_export) on its own."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

from actgui.core import depth
from actgui.core.state import PALETTE
from actgui.ui import svg_export
from actgui.ui.depth_lab import export_depth_figure

from .helpers import svg_image

W, H = 900, 600
NS = "{http://www.w3.org/2000/svg}"


def pixels(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return rows[:, : img.width() * 4].reshape(img.height(), img.width(), 4)[:, :, :3].astype(int)


def grown(mask: np.ndarray, by: int = 2) -> np.ndarray:
    out = mask.copy()
    for dy in range(-by, by + 1):
        for dx in range(-by, by + 1):
            out |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return out


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """The share of a's pixels that lie on (or within 2 px of) b's."""
    return float((a & grown(b)).sum() / max(a.sum(), 1))


@pytest.fixture(scope="module")
def runs():  # type: ignore[no-untyped-def]
    cfg = depth.DepthConfig(layers=10, width=64, batch=128)
    # ReLU's spike is cut at the top of its histograms: the SVG must clip it too
    return depth.simulate_many(["relu", "tanh", "elu"], cfg, repeats=2)


def test_svg_draws_what_the_png_shows(qapp, runs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export_depth_figure(runs, tmp_path / "d.png", W, H)
    export_depth_figure(runs, tmp_path / "d.svg", W, H)
    png = pixels(QImage(str(tmp_path / "d.png")))
    svg = pixels(svg_image(tmp_path / "d.svg", W, H))
    # curves (saturated colours) and everything dark (axes, ticks, texts) in place
    p_curves = (png.max(axis=2) - png.min(axis=2)) > 80
    s_curves = (svg.max(axis=2) - svg.min(axis=2)) > 80
    assert p_curves.sum() > 3000 and s_curves.sum() > 3000
    assert overlap(s_curves, p_curves) > 0.97
    assert overlap(p_curves, s_curves) > 0.97
    p_dark, s_dark = png.max(axis=2) < 120, svg.max(axis=2) < 120
    assert overlap(s_dark, p_dark) > 0.95  # 0.85 before: axes replayed at 72/96 dpi
    assert overlap(p_dark, s_dark) > 0.8  # 0.51 before; SVG text is a little thinner


def test_svg_curves_are_plain_strokes_in_output_units(qapp, runs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d.svg"
    export_depth_figure(runs, out, W, H)
    root = ET.parse(out).getroot()
    # 96 dpi: 900 px are 900/96 inches
    assert root.get("width") == f"{W / 96 * 25.4:g}mm"
    assert root.get("viewBox") == f"0 0 {W} {H}"
    colours = {c.lower() for c in PALETTE[:3]}
    curve_groups = 0
    for g in root.iter(NS + "g"):
        transform = g.get("transform") or ""
        assert not transform.startswith("matrix(0.75,"), transform
        stroke = (g.get("stroke") or "").lower()
        shapes = [c for c in g if c.tag in (NS + "path", NS + "polyline")]
        if stroke in colours and shapes:
            curve_groups += 1
            assert transform.startswith("matrix(1,0,0,1,"), transform
            for shape in shapes:
                assert shape.get("vector-effect") != "non-scaling-stroke"
    assert curve_groups >= 3 * (4 + 3)  # every function in every plot


def test_a_curve_leaving_its_plot_is_clipped_in_the_svg(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = pg.GraphicsLayoutWidget()
    view.resize(400, 300)
    view.setBackground("w")
    plot = view.addPlot()
    plot.setTitle("title above the plot")
    plot.plot([0, 1, 2, 3], [0, 5, 0, 1], pen=pg.mkPen("#E15759", width=2))
    plot.setYRange(0, 1.2, padding=0)  # the peak at 5 leaves the plot
    view.show()
    qapp.processEvents()
    box = plot.getViewBox()
    inside = box.mapRectToScene(box.rect())

    def render(p: QPainter, target: QRectF) -> None:
        view.scene().render(p, target, QRectF(view.viewport().rect()))

    out = tmp_path / "c.svg"
    svg_export.write_svg(out, 400, 300, render, scene=view.scene(), background="white")
    img = pixels(svg_image(out, 400, 300))
    b, g, r = img[:, :, 0], img[:, :, 1], img[:, :, 2]  # RGB32 is B, G, R, A in memory
    red = (r > 150) & (g < 140) & (b < 140)
    ys, xs = np.nonzero(red)
    assert ys.size > 50
    assert ys.min() >= inside.top() - 2 and ys.max() <= inside.bottom() + 2
    assert xs.min() >= inside.left() - 2 and xs.max() <= inside.right() + 2
    # the scene is as before: the curve draws itself again
    curve = plot.listDataItems()[0].curve
    assert curve.opts["pen"].color() == QColor("#E15759")
    assert not [c for c in curve.childItems() if isinstance(c, svg_export._PlainStroke)]
    view.close()


def test_clip_polyline() -> None:
    rect = QRectF(0, 0, 10, 10)
    poly = QPolygonF([QPointF(-5, 5), QPointF(5, 5), QPointF(5, 20), QPointF(8, 5)])
    pieces = svg_export.clip_polyline(poly, rect)
    assert [[(p.x(), p.y()) for p in piece] for piece in pieces] == [
        [(0.0, 5.0), (5.0, 5.0), (5.0, 10.0)],
        [(7.0, 10.0), (8.0, 5.0)],
    ]
    assert svg_export.clip_polyline(QPolygonF([QPointF(20, 20), QPointF(30, 30)]), rect) == []
    whole = QPolygonF([QPointF(1, 1), QPointF(2, 2), QPointF(3, 1)])
    assert [list(p) for p in svg_export.clip_polyline(whole, rect)] == [list(whole)]
