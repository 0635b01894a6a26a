"""Figures from a state: PNG, SVG and PDF, as on screen or in publication style.

A figure is a :class:`PlotCanvas` of its own, laid out offscreen at the asked
size and rendered with Qt's painters: QImage for PNG, QSvgGenerator for SVG and
QPdfWriter for PDF.  In SVG and PDF every curve is a vector path and every label
is text.  Files are written to a temporary file and renamed, so a failed export
leaves nothing behind.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from ..core.io_atomic import atomic_write_with
from ..core.state import ExplorerState, Subscription
from . import i18n
from .plot_canvas import PlotCanvas
from .png_writer import write_png
from .svg_export import write_svg

STYLES = ("screen", "publication")


MAX_PNG_SIDE = 20_000
MAX_PNG_PIXELS = 200_000_000


def check_png_size(width: int, height: int, scale: float) -> None:
    """ValueError before drawing when the PNG would be too large to allocate."""
    w, h = round(width * scale), round(height * scale)
    if w > MAX_PNG_SIDE or h > MAX_PNG_SIDE or w * h > MAX_PNG_PIXELS:
        raise ValueError(
            f"a {w} x {h} pixel PNG is too large: at most {MAX_PNG_SIDE:,} pixels a side and "
            f"{MAX_PNG_PIXELS // 1_000_000} megapixels (lower --width, --height or --scale)"
        )


class _FigureCanvas(PlotCanvas):
    """A figure's canvas: built held (its rows are arranged once, at the figure's size,
    not first at a default size and again for the legend), every curve in the layers
    (plain vector paths, no live item for the selected curve), and no pointer's items
    (crosshair, dots, hover)."""

    _held = True
    live_selection = False
    interactive = False


class Figure:
    """An offscreen canvas of ``width`` x ``height`` logical pixels showing ``state``."""

    def __init__(
        self,
        state: ExplorerState,
        width: int,
        height: int,
        theme: str = "light",
        style: str = "screen",
    ) -> None:
        if style not in STYLES:
            raise ValueError(f"style must be one of {', '.join(STYLES)}, got {style!r}")
        self.state = state
        self.width, self.height = width, height
        self.canvas = _FigureCanvas(
            state,
            theme=theme,
            publication=style == "publication",
            follow_app_theme=False,
            list_hidden=False,
        )
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        # laid out but never painted as a widget: the exporters render the scene
        self.canvas.layout_widget.viewport().setUpdatesEnabled(False)
        self.canvas.resize(width, height)
        self.canvas.release()
        self.canvas.show()
        for _ in range(3):
            QApplication.processEvents()
        self.canvas.flush_view()
        self.canvas.fit_axes()
        self.canvas.update_overlaps()  # at the laid-out size: coinciding curves dashed
        QApplication.processEvents()

    def close(self) -> None:
        self.canvas.dispose()
        self.canvas.close()
        self.canvas.deleteLater()

    def __enter__(self) -> Figure:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _render(
        self,
        painter: QPainter,
        target: QRectF,
        transparent: bool = False,
        pen_scale: float = 1.0,
    ) -> None:
        """The figure into ``target``; ``pen_scale``: how many output units a pixel of
        the figure takes (a 2x PNG 2, a 300 dpi PDF 300/96), which the lines' widths
        follow as the rest does (their pens are cosmetic: a painter's scale leaves
        them as wide). Kept for the next render, which mostly asks the same again: a
        change of pen redraws the curves' cached pictures."""
        self.canvas.set_pen_scale(pen_scale)
        view = self.canvas.layout_widget
        scene = view.scene()
        if transparent:
            view.setBackground(None)
        try:
            source = QRectF(view.viewport().rect())
            scene.render(painter, target, view.mapToScene(source.toRect()).boundingRect())
        finally:
            if transparent:
                view.setBackground(self.canvas.theme["background"])

    def image(self, scale: float = 1.0, transparent: bool = False) -> QImage:
        size = QSize(round(self.width * scale), round(self.height * scale))
        img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(0, 0, 0, 0) if transparent else QColor(self.canvas.theme["background"]))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        try:
            self._render(p, QRectF(0, 0, size.width(), size.height()), transparent, scale)
        finally:
            p.end()
        dots_per_metre = round(96 * scale / 0.0254)
        img.setDotsPerMeterX(dots_per_metre)
        img.setDotsPerMeterY(dots_per_metre)
        return img

    def save_png(self, path: str | Path, scale: float = 1.0, transparent: bool = False) -> None:
        check_png_size(self.width, self.height, scale)
        img = self.image(scale, transparent)

        def write(tmp: str) -> None:
            # RGB (RGBA when transparent), one light zlib pass: see png_writer
            write_png(img, tmp, alpha=transparent)

        atomic_write_with(path, write)

    def save_svg(self, path: str | Path) -> None:
        """Vector SVG at 96 dpi (pyqtgraph's axes are recorded at the screen's 96: at
        SVG's default 72 they replay scaled by 0.75), shared with the depth lab."""
        write_svg(
            path,
            self.width,
            self.height,
            self._render,
            scene=self.canvas.layout_widget.scene(),
            background=self.canvas.theme["background"],
            title="actgui figure",
            description=", ".join(c.spec() for c in self.state.curves if c.visible),
        )

    def save_pdf(self, path: str | Path, dpi: int = 96) -> None:
        """One page exactly the figure's size (width/dpi x height/dpi inches)."""

        def write(tmp: str) -> None:
            pdf = QPdfWriter(tmp)
            pdf.setTitle("actgui figure")
            pdf.setCreator("actgui")
            pdf.setResolution(dpi)
            size_pt = QSizeF(self.width * 72.0 / dpi, self.height * 72.0 / dpi)
            page = QPageSize(
                size_pt, QPageSize.Unit.Point, "figure", QPageSize.SizeMatchPolicy.ExactMatch
            )
            pdf.setPageLayout(
                QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
            )
            p = QPainter(pdf)
            target = QRectF(0, 0, pdf.width(), pdf.height())
            p.fillRect(target, QColor(self.canvas.theme["background"]))
            self._render(p, target, pen_scale=pdf.width() / self.width)
            p.end()

        atomic_write_with(path, write)


def export_figure(
    state: ExplorerState,
    path: str | Path,
    width: int = 1000,
    height: int = 700,
    theme: str = "light",
    style: str = "screen",
    scale: float = 1.0,
    transparent: bool = False,
    dpi: int = 96,
) -> None:
    """Write ``state`` as a figure; the format comes from the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        got = suffix or "a file without suffix"
        raise ValueError(f"cannot export a figure as {got!r}; use .png, .svg or .pdf")
    fig = _reused_figure(state, width, height, theme, style)
    done = False
    try:
        if suffix == ".png":
            fig.save_png(path, scale, transparent)
        elif suffix == ".svg":
            fig.save_svg(path)
        else:
            fig.save_pdf(path, dpi)
        done = True
    finally:
        if not done:
            drop_reused()


# --- the last exported figure, kept for the next export of the same state -------------
# Laying out a fresh canvas is ~3/4 of an SVG export.  Exporting the same figure again
# (another format, another file, a scale) reuses it, as long as the state has not
# changed since: the kept canvas does not follow the state (no cost to the window),
# a change of the state only marks it stale, and it is dropped at the next export of
# anything else or REUSE_SECONDS after its last use.  Renders leave a canvas as it
# was, so a reused figure writes the same bytes as a fresh one (tests/ui/test_export_reuse.py).

#: how long an exported figure is kept for the next export
REUSE_SECONDS = 10.0


class _Reused:
    fig: Figure | None = None
    key: tuple[object, ...] = ()
    stale = True
    used = 0.0
    watch: Subscription | None = None


def _reused_figure(state: ExplorerState, width: int, height: int, theme: str, style: str) -> Figure:
    """A laid-out figure of ``state`` as it is now: the kept one when it matches."""
    key = (id(state), width, height, theme, style, i18n.current())
    r = _Reused
    if r.fig is not None and r.fig.state is state and r.key == key and not r.stale:
        r.used = time.monotonic()
        return r.fig
    drop_reused()
    fig = Figure(state, width, height, theme, style)
    fig.canvas.subscription.close()  # kept as it is now; a change makes it stale
    r.fig, r.key, r.stale, r.used = fig, key, False, time.monotonic()
    r.watch = state.subscribe(_mark_stale)
    QTimer.singleShot(round(REUSE_SECONDS * 1000), _expire)
    return fig


def _mark_stale(_change: object) -> None:
    _Reused.stale = True
    if _Reused.watch is not None:
        _Reused.watch.close()
        _Reused.watch = None


def drop_reused() -> None:
    """Close the figure kept for the next export (if any): the next export lays a
    canvas out afresh."""
    r = _Reused
    fig, r.fig, r.stale = r.fig, None, True
    _mark_stale(None)
    if fig is not None:
        fig.close()


def _expire() -> None:
    left = _Reused.used + REUSE_SECONDS - time.monotonic()
    if _Reused.fig is None:
        return
    if left > 0.05:
        QTimer.singleShot(round(left * 1000), _expire)
    else:
        drop_reused()
