"""An animated GIF of a parameter running across its range and back.

The frames are figures (:class:`~actgui.ui.figure.Figure`) of the state with the
parameter at each value; the y axes are fixed to what every frame needs, so
they stay put while the curve moves.  The GIF is written by the core's small
encoder (:mod:`actgui.core.gif`): Qt reads GIF but cannot write it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from ..core import gif, sweep
from ..core.io_atomic import atomic_write_bytes
from ..core.state import ExplorerState

DEFAULT_FRAMES = 30
#: hundredths of a second per frame
DELAY_CS = 6


@dataclass(frozen=True)
class Track:
    """One curve's animated parameter: from ``lo`` to ``hi``."""

    uid: int
    param: str
    lo: float
    hi: float


def tracks(
    state: ExplorerState, param: str, ranges: dict[int, tuple[float, float]] | None = None
) -> list[Track]:
    """Every curve of ``state`` that has the number parameter ``param``, each across
    its allowed range (or the range given for its uid); ValueError if none has it."""
    out = []
    ranges = ranges or {}
    for c in state.curves:
        if param not in {p.name for p in c.activation.params}:
            continue
        try:
            lo, hi = ranges.get(c.uid) or sweep.animation_range(c.activation, c.params, param)
        except ValueError:
            continue  # a choice parameter of that name: not animated
        out.append(Track(c.uid, param, lo, hi))
    if not out:
        names = sorted(
            {p.name for c in state.curves for p in c.activation.params if hasattr(p, "step")}
        )
        raise sweep.nothing_to_animate(param, names)
    return out


def frame_values(track: Track, frames: int) -> list[float]:
    """The parameter in each frame: across the range in ``frames`` steps and back."""
    return sweep.animation_values(track.lo, track.hi, frames)


def _rgb(image: QImage) -> np.ndarray:
    img = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).copy()


def render_frames(
    state: ExplorerState,
    track_list: list[Track],
    frames: int,
    width: int,
    height: int,
    theme: str = "light",
    style: str = "screen",
    progress: Callable[[int, int], None] | None = None,
) -> list[np.ndarray]:
    """RGB frames (h x w x 3) with every track's parameter at each of its values."""
    from .figure import Figure

    values = [frame_values(t, frames) for t in track_list]
    count = len(values[0])
    shown = [o for o in (0, 1, 2) if state.rows[o]] or [0]
    if state.overlay:
        shown = [0]
    # y ranges that hold every frame (the axes stay put)
    lo_x, hi_x = state.visible_range()
    bounds = {o: [np.inf, -np.inf] for o in shown}
    saved = {t.uid: dict(state.curve(t.uid).params) for t in track_list}
    # every frame's parameters through the state's setters (checked like any edit), in
    # one batch that ends with them as they were: listeners are told once, of curves
    # whose parameters are back where they started (an undo history records no step)
    with state.batch():
        for i in range(count):
            for t, vals in zip(track_list, values):
                state.set_params(t.uid, {**saved[t.uid], t.param: vals[i]})
            for c in state.drawn():
                if not c.visible:
                    continue
                s = state.sample(c.uid, lo_x, hi_x, min(state.points, 800))
                for o in shown:
                    rows = (0, 1, 2) if state.overlay else (o,)
                    for r in rows:
                        y = s.y[r][np.isfinite(s.y[r])]
                        y = y[np.abs(y) <= 1e12]
                        if y.size:
                            bounds[o][0] = min(bounds[o][0], float(y.min()))
                            bounds[o][1] = max(bounds[o][1], float(y.max()))
        for t in track_list:
            state.set_params(t.uid, saved[t.uid])
    out = []
    with Figure(state, width, height, theme, style) as fig:
        for o, (lo, hi) in bounds.items():
            if lo <= hi:
                pad = 0.05 * (hi - lo) if hi > lo else 0.5 * max(1.0, abs(lo))
                fig.canvas.fix_y(o, lo - pad, hi + pad)
        for i in range(count):
            with state.batch():
                for t, vals in zip(track_list, values):
                    state.set_param(t.uid, t.param, vals[i])
            fig.canvas.set_live(None)
            out.append(_rgb(fig.image()))
            if progress is not None:
                progress(i + 1, count)
    return out


def export_gif(
    state: ExplorerState,
    path: str | Path,
    param: str,
    frames: int = DEFAULT_FRAMES,
    width: int = 1000,
    height: int = 700,
    theme: str = "light",
    style: str = "screen",
    ranges: dict[int, tuple[float, float]] | None = None,
) -> int:
    """Write the animation; returns the number of frames written."""
    sweep.check_frames(frames)
    track_list = tracks(state, param, ranges)
    rgb = render_frames(state, track_list, frames, width, height, theme, style)
    atomic_write_bytes(path, gif.write_rgb_frames(rgb, delay_cs=DELAY_CS))
    return len(rgb)
