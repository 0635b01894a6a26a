"""Sessions: an :class:`ExplorerState` as versioned JSON (``.actgui.json``).

Schema, version 1::

    {
      "format": "actgui-session",
      "version": 1,
      "x_range": [-6.0, 6.0],
      "points": 2000,
      "view": null | [lo, hi],
      "rows": [true, true, false],            # f, f', f''
      "preset": "pytorch" | "keras",
      "options": {"overlay": false, "grid": true, "legend": true,
                  "shade_saturation": false, "saturation_eps": 0.01,
                  "shade_dead": false},
      "curves": [{"function": "leaky_relu", "params": {"negative_slope": 0.2},
                  "color": "#4E79A7", "style": "solid", "visible": true}],
      "selected": 0 | null                     # index into curves
    }

Loading validates everything (unknown function, out-of-range parameter,
NaN, wrong types) and raises :class:`SessionError` naming what and where
(``curves[2].params.alpha``); the caller's state is never touched by a
session that fails to load.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any

from .spec import Preset
from .state import LINE_STYLES, MAX_POINTS, MIN_POINTS, ExplorerState

FORMAT = "actgui-session"
VERSION = 1
SUFFIX = ".actgui.json"
#: sessions are small (a few kB); refuse anything larger before reading it
MAX_BYTES = 5_000_000
MAX_CURVES = 500
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_OPTIONS = ("overlay", "grid", "legend", "shade_saturation", "shade_dead")


class SessionError(ValueError):
    """A session file that cannot be loaded; the message says what and where."""


def to_dict(state: ExplorerState) -> dict[str, Any]:
    """The state as plain JSON-able data (the current schema version)."""
    selected = None
    curves = []
    for i, c in enumerate(state.curves):
        if c.uid == state.selected:
            selected = i
        params = {
            k: (None if isinstance(v, float) and math.isinf(v) else v) for k, v in c.params.items()
        }
        curves.append(
            {
                "function": c.function_id,
                "params": params,
                "color": c.color,
                "style": c.style,
                "visible": c.visible,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "x_range": [state.x_min, state.x_max],
        "points": state.points,
        "view": list(state.view) if state.view is not None else None,
        "rows": list(state.rows),
        "preset": state.preset.value,
        "options": {
            **{k: getattr(state, k) for k in _OPTIONS},
            "saturation_eps": state.saturation_eps,
        },
        "curves": curves,
        "selected": selected,
        "custom": [fn.to_dict() for fn in state.custom.values()],
    }


def dumps(state: ExplorerState) -> str:
    return json.dumps(to_dict(state), indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def _expect(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise SessionError(f"{where}: {what}")


def _number(v: Any, where: str) -> float:
    _expect(
        isinstance(v, (int, float)) and not isinstance(v, bool),
        where,
        f"expected a number, got {v!r}",
    )
    _expect(math.isfinite(v), where, f"expected a finite number, got {v!r}")
    return float(v)


def _bool(v: Any, where: str) -> bool:
    _expect(isinstance(v, bool), where, f"expected true or false, got {v!r}")
    return bool(v)


def from_dict(data: Any) -> ExplorerState:
    """Build a new state from session data; SessionError on anything invalid."""
    _expect(isinstance(data, dict), "session", "expected a JSON object at the top level")
    _expect(data.get("format") == FORMAT, "format", f"not an actgui session (expected {FORMAT!r})")
    version = data.get("version")
    _expect(
        isinstance(version, int) and not isinstance(version, bool),
        "version",
        f"expected a whole number, got {version!r}",
    )
    if version > VERSION:
        raise SessionError(
            f"version: this session has schema version {version}, made by a newer actgui; "
            f"this one reads versions up to {VERSION}"
        )
    _expect(version >= 1, "version", f"unknown schema version {version}")

    xr = data.get("x_range", [-6.0, 6.0])
    _expect(isinstance(xr, list) and len(xr) == 2, "x_range", f"expected [min, max], got {xr!r}")
    x_min, x_max = _number(xr[0], "x_range[0]"), _number(xr[1], "x_range[1]")
    points = data.get("points", 2000)
    _expect(
        isinstance(points, int)
        and not isinstance(points, bool)
        and MIN_POINTS <= points <= MAX_POINTS,
        "points",
        f"expected a whole number in [{MIN_POINTS}, {MAX_POINTS}], got {points!r}",
    )
    state = ExplorerState(points=points)
    try:
        state.set_x_range(x_min, x_max)
    except ValueError as exc:
        raise SessionError(f"x_range: {exc}") from None
    view = data.get("view")
    if view is not None:
        _expect(
            isinstance(view, list) and len(view) == 2,
            "view",
            f"expected [lo, hi] or null, got {view!r}",
        )
        lo, hi = _number(view[0], "view[0]"), _number(view[1], "view[1]")
        _expect(lo < hi, "view", f"lo ({lo}) must be less than hi ({hi})")
        state.set_view(lo, hi)
    rows = data.get("rows", [True, True, False])
    _expect(
        isinstance(rows, list) and len(rows) == 3, "rows", f"expected three booleans, got {rows!r}"
    )
    state.rows = [_bool(r, f"rows[{i}]") for i, r in enumerate(rows)]
    preset = data.get("preset", "pytorch")
    _expect(
        preset in ("pytorch", "keras"), "preset", f"expected 'pytorch' or 'keras', got {preset!r}"
    )
    state.preset = Preset(preset)
    options = data.get("options", {})
    _expect(isinstance(options, dict), "options", "expected an object")
    for key, value in options.items():
        if key in _OPTIONS:
            setattr(state, key, _bool(value, f"options.{key}"))
        elif key == "saturation_eps":
            eps = _number(value, "options.saturation_eps")
            _expect(
                0 < eps <= 1, "options.saturation_eps", f"expected a number in (0, 1], got {eps!r}"
            )
            state.saturation_eps = eps
        else:
            raise SessionError(f"options.{key}: unknown option")
    custom = data.get("custom", [])
    _expect(isinstance(custom, list), "custom", "expected a list")
    _expect(len(custom) <= 100, "custom", f"at most 100 custom functions, got {len(custom)}")
    from .expressions import CustomFunction

    for i, entry in enumerate(custom):
        try:
            state.register_custom(CustomFunction.from_dict(entry))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise SessionError(f"custom[{i}]: {exc}") from None
    curves = data.get("curves", [])
    _expect(isinstance(curves, list), "curves", "expected a list")
    _expect(len(curves) <= MAX_CURVES, "curves", f"at most {MAX_CURVES} curves, got {len(curves)}")
    for i, entry in enumerate(curves):
        where = f"curves[{i}]"
        _expect(isinstance(entry, dict), where, "expected an object")
        fid = entry.get("function")
        _expect(isinstance(fid, str), f"{where}.function", f"expected a function id, got {fid!r}")
        params = entry.get("params", {})
        _expect(isinstance(params, dict), f"{where}.params", "expected an object")
        params = {k: (math.inf if v is None else v) for k, v in params.items()}
        try:
            c = state.add_curve(fid, params)
        except ValueError as exc:
            raise SessionError(f"{where}: {exc}") from None
        color = entry.get("color", c.color)
        _expect(
            isinstance(color, str) and bool(_COLOR.match(color)),
            f"{where}.color",
            f"expected a colour like '#4E79A7', got {color!r}",
        )
        style = entry.get("style", c.style)
        _expect(
            style in LINE_STYLES,
            f"{where}.style",
            f"expected one of {', '.join(LINE_STYLES)}, got {style!r}",
        )
        c.color, c.style = color, style
        c.visible = _bool(entry.get("visible", True), f"{where}.visible")
    selected = data.get("selected")
    if selected is not None:
        _expect(
            isinstance(selected, int)
            and not isinstance(selected, bool)
            and 0 <= selected < len(state.curves),
            "selected",
            f"expected an index into curves or null, got {selected!r}",
        )
        state.selected = state.curves[selected].uid
    elif state.curves:
        state.selected = None
    return state


def loads(text: str) -> ExplorerState:
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise SessionError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
    except RecursionError:
        raise SessionError("not a session: JSON nested too deeply") from None
    return from_dict(data)


def _reject_constant(name: str) -> float:
    raise SessionError(f"{name} is not allowed in a session (numbers must be finite)")


def load(path: str | os.PathLike[str]) -> ExplorerState:
    """Read a session file; SessionError naming the file and the problem."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise SessionError(
                f"{p}: {size:,} bytes is too large for a session (at most {MAX_BYTES:,})"
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise SessionError(f"cannot read {p}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(f"{p}: not a UTF-8 text file") from None
    try:
        return loads(text)
    except SessionError as exc:
        raise SessionError(f"{p}: {exc}") from None


def save(state: ExplorerState, path: str | os.PathLike[str]) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    from ..io_atomic import atomic_write_bytes

    atomic_write_bytes(path, dumps(state).encode("utf-8"))
