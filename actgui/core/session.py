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
      "selected": 0 | null,                    # index into curves
      "sweeps": [{"id": 1, "param": "negative_slope", "lo": 0.01, "hi": 0.3,
                  "n": 5, "log": false}],      # parameter families; a member
                                               # curve has "group": its id
      "compares": [{"a": 0, "b": 1, "mode": "difference" | "ratio" | "ulps",
                    "color": "#4E79A7", "style": "dash", "visible": true}]
    }

"sweeps" and "compares" are optional (older files have neither) and older
versions of actgui ignore them.

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

from . import catalog
from .messages import mark, message
from .spec import Preset
from .state import LINE_STYLES, MAX_POINTS, MIN_POINTS, ExplorerState
from .sweep import MAX_MEMBERS, MIN_MEMBERS, Sweep

FORMAT = "actgui-session"
VERSION = 1
SUFFIX = ".actgui.json"
#: sessions are small (a few kB); refuse anything larger before reading it
MAX_BYTES = 5_000_000
MAX_CURVES = 500
MAX_CUSTOM = 100
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_OPTIONS = ("overlay", "grid", "legend", "shade_saturation", "shade_dead")
#: the json module's messages, in the user's language
_JSON = {
    "Expecting value": mark("Expecting value"),
    "Expecting property name enclosed in double quotes": mark(
        "Expecting property name enclosed in double quotes"
    ),
    "Expecting ':' delimiter": mark("Expecting ':' delimiter"),
    "Expecting ',' delimiter": mark("Expecting ',' delimiter"),
    "Unterminated string starting at": mark("Unterminated string starting at"),
    "Invalid control character at": mark("Invalid control character at"),
    "Extra data": mark("Extra data"),
}


class SessionError(ValueError):
    """A session file that cannot be loaded; the message says what and where."""


def _at(where: object, what: object) -> SessionError:
    """``where: what``: the place in the file (a key path or the file) and the problem."""
    return SessionError(message("{where}: {what}", where=where, what=what))


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
        entry = {
            "function": c.function_id,
            "params": params,
            "color": c.color,
            "style": c.style,
            "visible": c.visible,
        }
        if c.group is not None:
            entry["group"] = c.group
        curves.append(entry)
    index = {c.uid: i for i, c in enumerate(state.curves)}
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
        "sweeps": [
            {"id": gid, "param": sw.param, "lo": sw.lo, "hi": sw.hi, "n": sw.n, "log": sw.log}
            for gid, sw in state.sweeps.items()
        ],
        "compares": [
            {
                "a": index[k.a],
                "b": index[k.b],
                "mode": k.mode,
                "color": k.color,
                "style": k.style,
                "visible": k.visible,
            }
            for k in state.compares
        ],
    }


def dumps(state: ExplorerState) -> str:
    return json.dumps(to_dict(state), indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def _expect(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise _at(where, what)


def _number(v: Any, where: str) -> float:
    _expect(
        isinstance(v, (int, float)) and not isinstance(v, bool),
        where,
        message("expected a number, got {value}", value=repr(v)),
    )
    _expect(
        math.isfinite(v), where, message("expected a finite number, got {value}", value=repr(v))
    )
    return float(v)


def _bool(v: Any, where: str) -> bool:
    _expect(
        isinstance(v, bool), where, message("expected true or false, got {value}", value=repr(v))
    )
    return bool(v)


def from_dict(data: Any) -> ExplorerState:
    """Build a new state from session data; SessionError on anything invalid."""
    _expect(
        isinstance(data, dict),
        message("session"),
        message("expected a JSON object at the top level"),
    )
    _expect(
        data.get("format") == FORMAT,
        "format",
        message("not an actgui session (expected {format})", format=repr(FORMAT)),
    )
    version = data.get("version")
    _expect(
        isinstance(version, int) and not isinstance(version, bool),
        "version",
        message("expected a whole number, got {value}", value=repr(version)),
    )
    if version > VERSION:
        raise _at(
            "version",
            message(
                "this session has schema version {version}, made by a newer actgui; "
                "this one reads versions up to {supported}",
                version=version,
                supported=VERSION,
            ),
        )
    _expect(version >= 1, "version", message("unknown schema version {version}", version=version))

    xr = data.get("x_range", [-6.0, 6.0])
    _expect(
        isinstance(xr, list) and len(xr) == 2,
        "x_range",
        message("expected [min, max], got {value}", value=repr(xr)),
    )
    x_min, x_max = _number(xr[0], "x_range[0]"), _number(xr[1], "x_range[1]")
    points = data.get("points", 2000)
    _expect(
        isinstance(points, int)
        and not isinstance(points, bool)
        and MIN_POINTS <= points <= MAX_POINTS,
        "points",
        message(
            "expected a whole number in [{low}, {high}], got {value}",
            low=MIN_POINTS,
            high=MAX_POINTS,
            value=repr(points),
        ),
    )
    state = ExplorerState(points=points)
    try:
        state.set_x_range(x_min, x_max)
    except ValueError as exc:
        raise _at("x_range", exc) from None
    view = data.get("view")
    if view is not None:
        _expect(
            isinstance(view, list) and len(view) == 2,
            "view",
            message("expected [lo, hi] or null, got {value}", value=repr(view)),
        )
        lo, hi = _number(view[0], "view[0]"), _number(view[1], "view[1]")
        _expect(lo < hi, "view", message("lo ({lo}) must be less than hi ({hi})", lo=lo, hi=hi))
        state.set_view(lo, hi)
    rows = data.get("rows", [True, True, False])
    _expect(
        isinstance(rows, list) and len(rows) == 3,
        "rows",
        message("expected three booleans, got {value}", value=repr(rows)),
    )
    state.set_rows([_bool(r, f"rows[{i}]") for i, r in enumerate(rows)])
    preset = data.get("preset", "pytorch")
    _expect(
        preset in ("pytorch", "keras"),
        "preset",
        message("expected 'pytorch' or 'keras', got {value}", value=repr(preset)),
    )
    state.set_preset(Preset(preset))  # no curves yet: only the preset changes
    options = data.get("options", {})
    _expect(isinstance(options, dict), "options", message("expected an object"))
    for key, value in options.items():
        if key in _OPTIONS:
            state.set_option(key, _bool(value, f"options.{key}"))
        elif key == "saturation_eps":
            eps = _number(value, "options.saturation_eps")
            _expect(
                0 < eps <= 1,
                "options.saturation_eps",
                message("expected a number in (0, 1], got {value}", value=repr(eps)),
            )
            state.set_option("saturation_eps", eps)
        else:
            raise _at(f"options.{key}", message("unknown option"))
    custom = data.get("custom", [])
    _expect(isinstance(custom, list), "custom", message("expected a list"))
    _expect(
        len(custom) <= MAX_CUSTOM,
        "custom",
        message(
            "at most {limit} custom functions, got {count}", limit=MAX_CUSTOM, count=len(custom)
        ),
    )
    from .expressions import CustomFunction

    for i, entry in enumerate(custom):
        try:
            state.register_custom(CustomFunction.from_dict(entry))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise _at(f"custom[{i}]", exc) from None
    sweeps = _read_sweeps(data.get("sweeps", []))
    state.restore_sweeps(sweeps)
    curves = data.get("curves", [])
    _expect(isinstance(curves, list), "curves", message("expected a list"))
    _expect(
        len(curves) <= MAX_CURVES,
        "curves",
        message("at most {limit} curves, got {count}", limit=MAX_CURVES, count=len(curves)),
    )
    for i, entry in enumerate(curves):
        where = f"curves[{i}]"
        _expect(isinstance(entry, dict), where, message("expected an object"))
        fid = entry.get("function")
        _expect(
            isinstance(fid, str),
            f"{where}.function",
            message("expected a function id, got {value}", value=repr(fid)),
        )
        params = entry.get("params", {})
        _expect(isinstance(params, dict), f"{where}.params", message("expected an object"))
        params = {k: (math.inf if v is None else v) for k, v in params.items()}
        try:  # the function and its parameters first, as add_curve checks them
            params = catalog.resolve_params(state.resolve(fid), params, state.preset)
        except ValueError as exc:
            raise _at(where, exc) from None
        color = entry.get("color")  # absent: the next colour, as add_curve chooses it
        _expect(
            ("color" not in entry) or (isinstance(color, str) and bool(_COLOR.match(color))),
            f"{where}.color",
            message(
                "expected a colour like {example}, got {value}",
                example="'#4E79A7'",
                value=repr(color),
            ),
        )
        style = entry.get("style")
        _expect(
            ("style" not in entry) or style in LINE_STYLES,
            f"{where}.style",
            message(
                "expected one of {choices}, got {value}",
                choices=", ".join(LINE_STYLES),
                value=repr(style),
            ),
        )
        visible = _bool(entry.get("visible", True), f"{where}.visible")
        group = entry.get("group")
        if group is not None:
            _expect(
                group in sweeps and not isinstance(group, bool),
                f"{where}.group",
                message("expected the id of one of the sweeps, got {value}", value=repr(group)),
            )
        state.add_curve(fid, params, color=color, style=style, visible=visible, group=group)
    # a family none of whose curves is left is dropped
    state.restore_sweeps({g: sw for g, sw in sweeps.items() if state.group_members(g)})
    _read_compares(state, data.get("compares", []))
    selected = data.get("selected")
    if selected is not None:
        _expect(
            isinstance(selected, int)
            and not isinstance(selected, bool)
            and 0 <= selected < len(state.curves),
            "selected",
            message("expected an index into curves or null, got {value}", value=repr(selected)),
        )
        state.select(state.curves[selected].uid)
    elif state.curves:
        state.select(None)
    return state


def _read_sweeps(data: Any) -> dict[int, Sweep]:
    _expect(isinstance(data, list), "sweeps", message("expected a list"))
    out: dict[int, Sweep] = {}
    for i, entry in enumerate(data):
        where = f"sweeps[{i}]"
        _expect(isinstance(entry, dict), where, message("expected an object"))
        gid = entry.get("id")
        _expect(
            isinstance(gid, int) and not isinstance(gid, bool) and gid > 0 and gid not in out,
            f"{where}.id",
            message(
                "expected a whole number above 0, not used before, got {value}", value=repr(gid)
            ),
        )
        param = entry.get("param")
        _expect(
            isinstance(param, str),
            f"{where}.param",
            message("expected a parameter name, got {value}", value=repr(param)),
        )
        lo = _number(entry.get("lo"), f"{where}.lo")
        hi = _number(entry.get("hi"), f"{where}.hi")
        n = entry.get("n")
        _expect(
            isinstance(n, int) and not isinstance(n, bool) and MIN_MEMBERS <= n <= MAX_MEMBERS,
            f"{where}.n",
            message(
                "expected a whole number in [{low}, {high}], got {value}",
                low=MIN_MEMBERS,
                high=MAX_MEMBERS,
                value=repr(n),
            ),
        )
        out[gid] = Sweep(param, lo, hi, n, _bool(entry.get("log", False), f"{where}.log"))
    return out


def _read_compares(state: ExplorerState, data: Any) -> None:
    _expect(isinstance(data, list), "compares", message("expected a list"))
    _expect(
        len(data) <= MAX_CURVES,
        "compares",
        message("at most {limit} curves, got {count}", limit=MAX_CURVES, count=len(data)),
    )
    n = len(state.curves)
    for i, entry in enumerate(data):
        where = f"compares[{i}]"
        _expect(isinstance(entry, dict), where, message("expected an object"))
        ends = []
        for key in ("a", "b"):
            v = entry.get(key)
            _expect(
                isinstance(v, int) and not isinstance(v, bool) and 0 <= v < n,
                f"{where}.{key}",
                message("expected an index into curves, got {value}", value=repr(v)),
            )
            ends.append(state.curves[v].uid)
        try:
            k = state.add_compare(ends[0], ends[1], entry.get("mode", "difference"))
        except ValueError as exc:
            raise _at(where, exc) from None
        color = entry.get("color", k.color)
        _expect(
            isinstance(color, str) and bool(_COLOR.match(color)),
            f"{where}.color",
            message(
                "expected a colour like {example}, got {value}",
                example="'#4E79A7'",
                value=repr(color),
            ),
        )
        style = entry.get("style", k.style)
        _expect(
            style in LINE_STYLES,
            f"{where}.style",
            message(
                "expected one of {choices}, got {value}",
                choices=", ".join(LINE_STYLES),
                value=repr(style),
            ),
        )
        k.color, k.style = color, style
        k.visible = _bool(entry.get("visible", True), f"{where}.visible")


def loads(text: str) -> ExplorerState:
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise SessionError(
            message(
                "not valid JSON (line {line}, column {column}): {reason}",
                line=exc.lineno,
                column=exc.colno,
                reason=message(_JSON[exc.msg]) if exc.msg in _JSON else exc.msg,
            )
        ) from None
    except RecursionError:
        raise SessionError(message("not a session: JSON nested too deeply")) from None
    return from_dict(data)


def _reject_constant(name: str) -> float:
    raise SessionError(
        message("{name} is not allowed in a session (numbers must be finite)", name=name)
    )


def load(path: str | os.PathLike[str]) -> ExplorerState:
    """Read a session file; SessionError naming the file and the problem."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _at(
                p,
                message(
                    "{size} bytes is too large for a session (at most {limit})",
                    size=f"{size:,}",
                    limit=f"{MAX_BYTES:,}",
                ),
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise SessionError(
            message("cannot read {path}: {reason}", path=p, reason=exc.strerror or exc)
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _at(p, message("not a UTF-8 text file")) from None
    try:
        return loads(text)
    except SessionError as exc:
        raise _at(p, exc) from None


def save(state: ExplorerState, path: str | os.PathLike[str]) -> None:
    """Write atomically: a crash mid-write leaves the previous file intact."""
    from .io_atomic import atomic_write_bytes

    atomic_write_bytes(path, dumps(state).encode("utf-8"))
