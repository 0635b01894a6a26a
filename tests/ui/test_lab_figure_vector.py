"""The labs' scatter points are vector shapes in SVG and PDF figures (VectorScatter):
pyqtgraph's ScatterPlotItem stores one embedded image per point there (its whole
sheet of sprites squeezed to the point: striped noise, 24 MB for four maps)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from actgui.core import depth
from actgui.core import training as T
from actgui.ui.depth_lab import export_depth_figure
from actgui.ui.training_plots import CLASS_COLOURS, export_training_figure

from .helpers import svg_image

W, H = 900, 600
CFG = T.TrainConfig(data="circles", points=300, test_points=60, layers=2, width=6, epochs=3)


def pixels(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return rows[:, : img.width() * 4].reshape(img.height(), img.width(), 4)[:, :, :3].astype(int)


@pytest.fixture(scope="module")
def trainer():  # type: ignore[no-untyped-def]
    return T.train(["relu", "tanh"], CFG)


def test_training_svg_has_one_circle_per_point_and_no_sprite_images(
    qapp, trainer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "t.svg"
    export_training_figure(trainer, out, W, H)
    text = out.read_text(encoding="utf-8")
    n = trainer.dataset.x_train.shape[0]
    assert len(re.findall(r"<image\b", text)) == 2  # the two decision maps, nothing else
    circles = re.findall(r'<circle [^>]*\br="([\d.]+)"/>', text)
    assert len(circles) == 2 * n  # every training point in both maps
    assert {float(r) for r in circles} == {2.5}  # 5 px dots, as on screen
    assert out.stat().st_size < 300_000  # 1.6 MB before


def test_training_svg_dots_look_like_the_png(qapp, trainer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    export_training_figure(trainer, tmp_path / "t.png", W, H)
    export_training_figure(trainer, tmp_path / "t.svg", W, H)
    # inside the two maps, clear of their frames (drawn in the functions' colours)
    inside = np.s_[100:370, np.r_[90:365, 540:810]]
    png = pixels(QImage(str(tmp_path / "t.png")))[inside]
    svg = pixels(svg_image(tmp_path / "t.svg", W, H))[inside]
    for colour in CLASS_COLOURS[:2]:
        bgr = np.array(QColor(colour).getRgb()[2::-1])  # pixels() are B, G, R
        p_dots = np.abs(png - bgr).sum(axis=2) < 90
        s_dots = np.abs(svg - bgr).sum(axis=2) < 90
        assert p_dots.sum() > 500
        # the same pixels (up to antialiasing): 0.16 before, the sprite sheet's stripes
        assert (p_dots & s_dots).sum() > 0.6 * p_dots.sum()
        assert (p_dots & s_dots).sum() > 0.6 * s_dots.sum()


def test_training_pdf_has_no_image_per_point(qapp, trainer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "t.pdf"
    export_training_figure(trainer, out, W, H)
    assert out.read_bytes().count(b"/Subtype /Image") == 2  # the maps; 2 + 4 per point before


def test_depth_svg_marks_are_paths(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cfg = depth.DepthConfig(layers=12, width=64, init="he_normal", bias=-1.0, batch=64)
    runs = depth.simulate_many(["relu"], cfg, repeats=1)
    out = tmp_path / "d.svg"
    export_depth_figure(runs, out, W, H)
    text = out.read_text(encoding="utf-8")
    assert "<image" not in text  # the triangles where a line reaches 0 were images
    svg = pixels(svg_image(out, W, H))
    png_path = tmp_path / "d.png"
    export_depth_figure(runs, png_path, W, H)
    png = pixels(QImage(str(png_path)))
    assert np.abs(svg - png).mean() < 8
