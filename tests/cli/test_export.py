"""`actgui export` for every format, and its refusals, run as a user runs it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import numpy as np
import pytest

from actgui.core import catalog, export_data
from actgui.core.state import PALETTE

SPECS = ["sigmoid", "leaky_relu(negative_slope=0.2)", "hardtanh(min_val=-2, max_val=3)"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", "export", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def spec_args(specs: list[str] = SPECS) -> list[str]:
    out = []
    for s in specs:
        out += ["-f", s]
    return out


def test_csv_header_and_exact_values(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    r = run(
        str(out),
        *spec_args(),
        "--x-min",
        "-3",
        "--x-max",
        "2.5",
        "--points",
        "777",
        "--derivatives",
        "0,1,2",
    )
    assert r.returncode == 0, r.stderr
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    expected_header = ["x"]
    for s in SPECS:
        expected_header += [s, s + "'", s + "''"]
    assert header == expected_header
    assert data.shape == (777, 1 + 3 * len(SPECS))
    x = data[:, 0]
    np.testing.assert_array_equal(x, np.linspace(-3, 2.5, 777))
    for i, s in enumerate(SPECS):
        act, p = catalog.parse_spec(s)
        for o in range(3):
            np.testing.assert_array_equal(data[:, 1 + 3 * i + o], catalog.evaluate(act, x, p, o))


def test_csv_orders_subset(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    r = run(str(out), "-f", "gelu", "-f", "relu", "--derivatives", "2,0")
    assert r.returncode == 0, r.stderr
    header, _ = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header == ["x", "gelu", "gelu''", "relu", "relu''"]


def _qimage(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    assert not img.isNull()
    return img


def test_png_size_and_not_blank(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "f.png"
    r = run(str(out), *spec_args(), "--width", "640", "--height", "480")
    assert r.returncode == 0, r.stderr
    img = _qimage(out)
    assert (img.width(), img.height()) == (640, 480)
    colours = {img.pixel(x, y) for x in range(0, 640, 4) for y in range(0, 480, 4)}
    assert len(colours) > 20
    r = run(
        str(out), *spec_args(), "--width", "640", "--height", "480", "--scale", "2", "--transparent"
    )
    assert r.returncode == 0, r.stderr
    img = _qimage(out)
    assert (img.width(), img.height()) == (1280, 960)
    assert img.hasAlphaChannel() and img.pixelColor(2, 2).alpha() == 0


def test_svg_one_path_per_curve_and_row_in_its_colour(tmp_path: Path) -> None:
    out = tmp_path / "f.svg"
    r = run(str(out), *spec_args(), "--derivatives", "0,1,2")
    assert r.returncode == 0, r.stderr
    tree = ET.parse(out)  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    for colour in PALETTE[: len(SPECS)]:
        groups = [
            g for g in tree.iter(ns + "g") if (g.get("stroke") or "").lower() == colour.lower()
        ]
        paths = [p for g in groups for p in g if p.tag == ns + "path"]
        # f, f', f'' rows: vector paths, not an image; a stretch on an earlier curve is
        # a dashed path of its own (hardtanh's f'' = 0 lies wholly on Leaky ReLU's)
        assert 3 <= len(paths) <= 6, colour
    assert not list(tree.iter(ns + "image"))
    texts = [t.text or "" for t in tree.iter(ns + "text")]
    assert "Sigmoid" in texts and any(t.strip() == "f(x)" for t in texts)


def test_pdf_page_size_and_vector_paths(tmp_path: Path) -> None:
    out = tmp_path / "f.pdf"
    r = run(str(out), *spec_args(), "--width", "720", "--height", "360", "--dpi", "144")
    assert r.returncode == 0, r.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert (
        box
        and float(box[1]) == pytest.approx(360, abs=1)
        and float(box[2]) == pytest.approx(180, abs=1)
    )
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S)
    content = b"".join(zlib.decompress(s) for s in streams if s[:1] == b"x")
    assert content.count(b" l\n") > 1000  # polylines of the curves as line-to operators
    assert b"/Image" not in data or content.count(b" Do") == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["{d}/x.txt", "-f", "relu"], "suffix must be .png, .svg, .pdf or .csv"),
        (["{d}/missing/x.csv", "-f", "relu"], "does not exist"),
        (["{d}/afile/x.csv", "-f", "relu"], "not a directory"),
        (["/proc/self/x.csv", "-f", "relu"], "cannot write /proc/self/x.csv: permission denied"),
        (["{d}/x.csv", "-f", "relu", "--points", "1"], "--points must be between 2 and 1,000,000"),
        (["{d}/x.csv", "-f", "relu", "--points", "1000001"], "--points must be between"),
        (
            ["{d}/x.csv", "-f", "relu", "--x-min", "2", "--x-max", "2"],
            "--x-min (2) must be less than --x-max (2)",
        ),
        (["{d}/x.csv", "-f", "relu", "--x-min", "nan"], "finite"),
        (["{d}/x.png", "-f", "sigmod"], "unknown function 'sigmod'; did you mean 'sigmoid'"),
        (["{d}/x.png", "-f", "elu(alpa=1)"], "elu: unknown parameter 'alpa'"),
        (["{d}/x.svg", "-f", "elu(alpha=-1)"], "elu: parameter 'alpha' = -1.0 is not allowed"),
        (["{d}/x.csv"], "give at least one -f"),
        (["{d}/x.csv", "-f", "relu", "--derivatives", "3"], "subset of 0,1,2"),
        (["{d}/x.png", "-f", "relu", "--width", "5"], "--width must be between"),
        (
            ["{d}/x.png", "-f", "relu", "--width", "20000", "--height", "20000", "--scale", "10"],
            "too large",
        ),
    ],
)
def test_bad_input_exit_2_and_no_file(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "afile").write_text("not a directory")
    argv = [a.replace("{d}", str(tmp_path)) for a in args]
    r = run(*argv)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]  # nothing left behind


def test_negative_scientific_values_and_expr_everywhere(tmp_path: Path) -> None:
    out = tmp_path / "n.csv"
    r = run(
        str(out), "-f", "expr:a*x; a=1e308", "--x-min", "-1e-3", "--x-max", "2e-3", "--points", "4"
    )
    assert r.returncode == 0, r.stderr
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert data[0, 0] == -1e-3 and header[1] == "expr:a*x; a=1e308"
    shot = tmp_path / "s.png"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "actgui",
            "screenshot",
            str(shot),
            "-f",
            "expr:x*sigmoid(x)",
            "-f",
            "relu",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""  # no stray Qt notes on success


def test_svg_draws_the_same_figure_as_the_png(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """An SVG renderer must see what the PNG shows: curves on their axes (once,
    the SVG had axes replayed at 0.75 scale and curves as non-scaling strokes)."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    specs = ["sigmoid", "tanh", "relu", "leaky_relu(negative_slope=0.2)", "elu", "gelu"]
    args = [*spec_args(specs), "--derivatives", "0,1,2", "--width", "600", "--height", "400"]
    assert run(str(tmp_path / "f.png"), *args).returncode == 0
    assert run(str(tmp_path / "f.svg"), *args).returncode == 0
    png = QImage(str(tmp_path / "f.png")).convertToFormat(QImage.Format.Format_RGB32)
    svg = QImage(600, 400, QImage.Format.Format_RGB32)
    svg.fill(QColor("white"))
    painter = QPainter(svg)
    QSvgRenderer(str(tmp_path / "f.svg")).render(painter)
    painter.end()

    def array(img: QImage) -> np.ndarray:
        bits = img.constBits()
        return np.frombuffer(bits, np.uint8).reshape(img.height(), img.bytesPerLine())[:, : 600 * 4]

    def curves(img: QImage) -> np.ndarray:
        """Pixels of curve colour (saturated), grown by 2 px for antialiasing."""
        px = array(img).reshape(400, 600, 4)[:, :, :3].astype(int)
        mask = (px.max(axis=2) - px.min(axis=2)) > 80
        grown = mask.copy()
        for dy in (-2, -1, 0, 1, 2):
            for dx in (-2, -1, 0, 1, 2):
                grown |= np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
        return mask, grown

    p_mask, p_grown = curves(png)
    s_mask, s_grown = curves(svg)
    assert p_mask.sum() > 1000 and s_mask.sum() > 1000
    # nearly every curve pixel of each image lies on a curve of the other
    assert (s_mask & p_grown).sum() / s_mask.sum() > 0.97  # 0.94 before the fix
    assert (p_mask & s_grown).sum() / p_mask.sum() > 0.97
    # librsvg fills and misplaces strokes marked non-scaling inside scaled groups,
    # and axes replayed at 72/96 = 0.75 scale drift off the plots
    tree = ET.parse(tmp_path / "f.svg")
    ns = "{http://www.w3.org/2000/svg}"
    colours = {c.lower() for c in PALETTE[: len(specs)]}
    for g in tree.iter(ns + "g"):
        transform = g.get("transform") or ""
        assert not transform.startswith("matrix(0.75,"), transform
        if (g.get("stroke") or "").lower() in colours and any(c.tag == ns + "path" for c in g):
            assert transform.startswith("matrix(1,0,0,1,"), transform  # curves in output units
