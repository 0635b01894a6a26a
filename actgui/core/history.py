"""Undo and redo for an :class:`~actgui.core.state.ExplorerState`, without Qt.

A :class:`History` listens to the state and keeps snapshots of it, each the
session dict (:func:`actgui.core.session.to_dict`).  Whatever a session holds is
therefore undone and redone, including fields added to the session format later:
curves added and removed, parameters, colours, visibility, custom functions, the
x range and sample count, rows, options and the PyTorch/Keras preset.  Undo
restores a snapshot through :func:`~actgui.core.session.from_dict` and
:meth:`ExplorerState.assign`, the path that opens a session.

Steps
    After each change notification the state is compared with the last snapshot.
    A change of the zoom/pan view or of the selected curve alone is not a step
    of its own (it is navigation, not an edit): it is folded into the current
    snapshot, so undoing the next edit brings the view and selection back as
    they were just before it.  Anything else is a step, with a description
    derived from what differs ("add ReLU", "change negative_slope of Leaky
    ReLU", "hide f′ row"), in the user's language (:func:`messages.message`).

Coalescing
    Consecutive edits of the same number (one parameter of one curve, the x range,
    the sample count, ε) are one step while a gesture lasts
    (:meth:`begin_gesture` / :meth:`end_gesture`: the window brackets every mouse
    press and release, so a slider drag is one step) and when they follow each
    other within :data:`COALESCE_SECONDS` (keyboard steps, a spin box held down).
    :meth:`seal` ends a run.  A run that comes back to where it started leaves no
    step.

Depth
    At most ``limit`` steps (:data:`DEPTH`) are kept; the oldest go first.  A new
    step after an undo drops the steps that could have been redone.

Sessions
    The history is not part of a session: saving writes the state only (session
    files stay small, deterministic and shareable) and leaves the history as it
    is; opening a session is itself a step that can be undone; the history of a
    window ends when it closes (the autosave restores the state, not its
    history).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from . import catalog, session
from .messages import mark, message
from .state import Change, ExplorerState

#: steps kept (each a session dict of a few kB)
DEPTH = 200
#: edits of the same number closer than this in time are one step
COALESCE_SECONDS = 1.0

#: option names as they read in a step's description
_OPTION_NAMES = {
    "overlay": mark("overlay derivatives"),
    "grid": mark("grid"),
    "legend": mark("legend"),
    "shade_saturation": mark("saturation shading"),
    "shade_dead": mark("dead-zone shading"),
}
_ROW_NAMES = ("f", "f′", "f″")
#: the description of opening a session (the window's :meth:`History.labelled`)
OPEN_SESSION = mark("open {name}")
_PRESET_NAMES = {"pytorch": "PyTorch", "keras": "Keras"}

Snapshot = dict[str, Any]


@dataclass
class Step:
    """One undoable edit: the state before and after it, and what it was."""

    before: Snapshot
    after: Snapshot
    #: the description's template and fields (translated when asked for)
    template: str
    fields: dict[str, Any]
    #: what a following edit must touch to be merged into this step (None: never)
    key: tuple[Any, ...] | None
    #: monotonic time of the last edit merged into this step
    time: float

    def text(self) -> str:
        fields = {k: message(v) if isinstance(v, Word) else v for k, v in self.fields.items()}
        return message(self.template, **fields)


class Word(str):
    """A field of a description that is itself translated (an option's name)."""


class History:
    """Undo/redo stacks of snapshots of ``state``; subscribes to it on creation."""

    def __init__(
        self,
        state: ExplorerState,
        limit: int = DEPTH,
        clock: Callable[[], float] = time.monotonic,
        coalesce_seconds: float = COALESCE_SECONDS,
    ) -> None:
        self.state = state
        self.limit = max(1, int(limit))
        self.clock = clock
        self.coalesce_seconds = coalesce_seconds
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._current: Snapshot = session.to_dict(state)
        self._restoring = False
        self._sealed = True
        self._gesture = False
        self._label: tuple[str, dict[str, Any]] | None = None
        self._listeners: list[Callable[[], None]] = []
        self._subscription = state.subscribe(self._on_change)

    # --- listeners (the Edit menu) ------------------------------------------------

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` whenever what can be undone or redone changes."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def detach(self) -> None:
        """Stop listening to the state (and let the state let go of this history)."""
        self._subscription.close()

    # --- queries --------------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str:
        """What Undo would undo ("add ReLU"), or "" when there is nothing."""
        return self._undo[-1].text() if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].text() if self._redo else ""

    def __len__(self) -> int:
        return len(self._undo)

    # --- gestures and coalescing --------------------------------------------------------

    def begin_gesture(self) -> None:
        """A mouse button went down: edits until :meth:`end_gesture` may merge."""
        self._gesture = True

    def end_gesture(self) -> None:
        """The mouse button came up: the next edit starts a new step."""
        self._gesture = False
        self.seal()

    def seal(self) -> None:
        """The next edit starts a new step, whatever it touches."""
        self._sealed = True

    @contextmanager
    def labelled(self, template: str, /, **fields: Any) -> Iterator[None]:
        """Edits inside are one step described by ``message(template, **fields)``
        (opening a session: "open lecture.actgui.json")."""
        self.seal()
        self._label = (template, fields)
        try:
            yield
        finally:
            self._label = None
            self.seal()

    def clear(self) -> None:
        """Forget every step; the current state is the new start."""
        self._undo.clear()
        self._redo.clear()
        self._current = session.to_dict(self.state)
        self.seal()
        self._changed()

    # --- recording ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._restoring:
            return
        now = session.to_dict(self.state)
        before = self._current
        if now == before:
            return
        self._current = now
        if _only_navigation(before, now):
            return  # the view or the selection: no step of its own
        t = self.clock()
        if self._label is not None:
            template, fields = self._label
            key: tuple[Any, ...] | None = ("label", template, repr(sorted(fields.items())))
        else:
            template, fields, key = describe(before, now)
        last = self._undo[-1] if self._undo else None
        merge = (
            last is not None
            and not self._redo
            and not self._sealed
            and (
                (key is not None and key == last.key)
                # a custom function is defined, then plotted: one step
                or last.key == _DEFINE
            )
            and (self._label is not None or self._gesture or t - last.time <= self.coalesce_seconds)
        )
        if merge and last is not None:
            last.after = now
            last.time = t
            if self._label is None and last.key == _DEFINE:
                last.template, last.fields, last.key = describe(last.before, now)
            if _only_navigation(last.before, now):
                self._undo.pop()  # back where the run started: nothing to undo
        else:
            self._undo.append(Step(before, now, template, fields, key, t))
            del self._undo[: -self.limit]
        self._redo.clear()
        self._sealed = False
        self._changed()

    # --- undo and redo ----------------------------------------------------------------

    def undo(self) -> bool:
        """Bring back the state before the last step; False when there is none."""
        if not self._undo:
            return False
        step = self._undo.pop()
        step.after = self._current  # with the view/selection as they are now
        self._restore(step.before)
        self._redo.append(step)
        self.seal()
        self._changed()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        self._restore(step.after)
        self._undo.append(step)
        self.seal()
        self._changed()
        return True

    def _restore(self, snapshot: Snapshot) -> None:
        """Make the state equal ``snapshot``: by the few edits that differ where it can
        (an undone toggle repaints one thing, not every curve), else as a session
        opens (:meth:`ExplorerState.assign`); the result is checked either way."""
        self._restoring = True
        try:
            patched = False
            try:
                with self.state.batch():
                    patched = _patch(self.state, snapshot)
            except ValueError:
                patched = False
            if not patched or session.to_dict(self.state) != snapshot:
                self.state.assign(session.from_dict(snapshot))
        finally:
            self._restoring = False
        self._current = session.to_dict(self.state)


_NAVIGATION = ("view", "selected")
#: what :func:`_patch` knows how to edit; a snapshot differing elsewhere is assigned
_PATCHABLE = frozenset(
    {"format", "version", "x_range", "points", "view", "rows", "preset", "options", "curves"}
    | {"selected", "custom"}
)


def _patch(state: ExplorerState, target: Snapshot) -> bool:
    """Edit ``state`` towards ``target`` through its setters; False where it cannot
    (other custom functions, a line style it cannot give, a field it does not know)."""
    now = session.to_dict(state)
    keys = set(now) | set(target)
    if any(now.get(k) != target.get(k) for k in keys - _PATCHABLE):
        return False
    if now.get("custom") != target.get("custom"):
        return False
    have = [c["function"] for c in now["curves"]]
    want = [c["function"] for c in target["curves"]]
    if have != want:
        # remove and insert where the lists differ, from the end (indices stay valid)
        import difflib  # not at start-up (~5 ms): only when a history is rebuilt

        ops = difflib.SequenceMatcher(None, have, want, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in reversed(ops):
            if tag == "equal":
                continue
            for c in state.curves[i1:i2]:
                state.remove_curve(c.uid)
            for k, entry in enumerate(target["curves"][j1:j2]):
                state.add_curve(entry["function"], _params(entry["params"]), index=i1 + k)
    # the selection before the edits: a panel that follows the selected curve hears
    # which curve that is before it hears of its parameters
    index = target["selected"]
    state.select(None if index is None else state.curves[index].uid)
    if now["preset"] != target["preset"]:
        state.set_preset(target["preset"])
    for c, entry in zip(state.curves, target["curves"]):
        params = _params(entry["params"])
        if c.params != params:
            state.set_params(c.uid, params)
        if c.color != entry["color"]:
            state.set_color(c.uid, entry["color"])
        if c.style != entry["style"]:
            return False
        state.set_curve_visible(c.uid, entry["visible"])
    if now["x_range"] != target["x_range"]:
        state.set_x_range(*target["x_range"])
    state.set_points(target["points"])
    for order, on in enumerate(target["rows"]):
        state.set_row_visible(order, on)
    for name, value in target["options"].items():
        state.set_option(name, value)
    if target["view"] is None:
        state.reset_view()
    else:
        state.set_view(*target["view"])
    return True


def _params(params: dict[str, Any]) -> dict[str, Any]:
    """A session's parameters as the state holds them (None is an infinite bound)."""
    return {k: (math.inf if v is None else v) for k, v in params.items()}


def _only_navigation(before: Snapshot, after: Snapshot) -> bool:
    """Only the zoom/pan view or the selected curve differ."""
    keys = set(before) | set(after)
    return all(before.get(k) == after.get(k) for k in keys if k not in _NAVIGATION)


#: the key of a step that only defines a custom function (a curve of it follows)
_DEFINE = ("define",)


def _name(fid: str, *snapshots: Snapshot) -> str:
    """A function's name: the catalog's, or a custom function's as defined in one of
    ``snapshots`` (custom functions belong to the state, not to the catalog)."""
    if fid.startswith("custom:"):
        from .expressions import CustomFunction

        for snapshot in snapshots:
            for entry in snapshot.get("custom", []):
                try:
                    fn = CustomFunction.from_dict(entry)
                except (ValueError, TypeError, KeyError, AttributeError):
                    continue
                if fn.activation.id == fid:
                    return str(fn.activation.name)
        return fid
    try:
        return catalog.get(fid).name
    except ValueError:
        return fid


def describe(before: Snapshot, after: Snapshot) -> tuple[str, dict[str, Any], tuple | None]:
    """(template, fields, coalescing key) of the edit that took ``before`` to ``after``."""
    cb, ca = before.get("curves", []), after.get("curves", [])
    fb = [c["function"] for c in cb]
    fa = [c["function"] for c in ca]
    sb, sa = before.get("sweeps", []), after.get("sweeps", [])
    if len(sa) > len(sb):
        sweep = sa[-1]
        members = [c for c in ca if c.get("group") == sweep.get("id")]
        name = _name(members[0]["function"]) if members else "?"
        return (
            mark("sweep {param} of {name}"),
            {"param": sweep.get("param", "?"), "name": name},
            None,
        )
    if len(sa) < len(sb):
        return mark("remove a family"), {}, None
    kb, ka = before.get("compares", []), after.get("compares", [])
    if len(ka) > len(kb) and fb == fa:
        k = ka[-1]
        names = [_name(fa[i]) if 0 <= i < len(fa) else "?" for i in (k.get("a"), k.get("b"))]
        return mark("compare {a} and {b}"), {"a": names[0], "b": names[1]}, None
    if len(ka) < len(kb) and fb == fa:
        return mark("remove a comparison"), {}, None
    if kb != ka and fb == fa and cb == ca:
        changed = [i for i, (p, q) in enumerate(zip(kb, ka)) if p != q]
        if len(changed) == 1 and kb[changed[0]].get("mode") != ka[changed[0]].get("mode"):
            return mark("change a comparison's mode"), {}, None
        if len(changed) == 1 and kb[changed[0]].get("visible") != ka[changed[0]].get("visible"):
            if ka[changed[0]].get("visible"):
                return mark("show a comparison"), {}, None
            return mark("hide a comparison"), {}, None
    groups = {c.get("group") for c in ca if c.get("group") is not None}
    if fb == fa and len(cb) == len(ca) and groups:
        vis = [i for i, (p, q) in enumerate(zip(cb, ca)) if p != q]
        gids = {ca[i].get("group") for i in vis}
        if (
            len(vis) > 1
            and len(gids) == 1
            and None not in gids
            and all(set(cb[i]) == set(ca[i]) for i in vis)
            and all(cb[i][k] == ca[i][k] for i in vis for k in ca[i] if k != "visible")
        ):
            name = _name(ca[vis[0]]["function"])
            if ca[vis[0]].get("visible"):
                return mark("show the family of {name}"), {"name": name}, None
            return mark("hide the family of {name}"), {"name": name}, None
    if len(ca) > len(cb) and _is_subsequence(fb, fa):
        added = _extra(fb, fa)
        if len(added) == 1:
            return mark("add {name}"), {"name": _name(added[0], after)}, None
        return mark("add {count} curves"), {"count": len(added)}, None
    if len(ca) < len(cb) and _is_subsequence(fa, fb):
        removed = _extra(fa, fb)
        if len(removed) == 1:
            return mark("remove {name}"), {"name": _name(removed[0], before)}, None
        return mark("remove {count} curves"), {"count": len(removed)}, None
    if before.get("preset") != after.get("preset"):
        preset = _PRESET_NAMES.get(str(after.get("preset")), str(after.get("preset")))
        return mark("switch to {preset} defaults"), {"preset": preset}, None
    if before.get("custom") != after.get("custom") and fb == fa:
        return mark("define a custom function"), {}, _DEFINE
    if fb == fa and cb != ca:
        changed = [i for i, (p, q) in enumerate(zip(cb, ca)) if p != q]
        if len(changed) == 1:
            i = changed[0]
            p, q = cb[i], ca[i]
            name = _name(fa[i], after)
            if p["params"] != q["params"] and all(p[k] == q[k] for k in p if k != "params"):
                names = [k for k in q["params"] if p["params"].get(k) != q["params"][k]]
                if len(names) == 1:
                    return (
                        mark("change {param} of {name}"),
                        {"param": names[0], "name": name},
                        ("param", i, names[0]),
                    )
                return mark("change the parameters of {name}"), {"name": name}, None
            if p.get("visible") != q.get("visible") and all(
                p[k] == q[k] for k in p if k != "visible"
            ):
                if q.get("visible"):
                    return mark("show {name}"), {"name": name}, None
                return mark("hide {name}"), {"name": name}, None
            if p.get("color") != q.get("color") or p.get("style") != q.get("style"):
                return mark("change the look of {name}"), {"name": name}, ("look", i)
        return mark("change {count} curves"), {"count": len(changed)}, None
    if fb != fa:
        return mark("replace the curves"), {}, None
    rest = [k for k in (set(before) | set(after)) if before.get(k) != after.get(k)]
    rest = [k for k in rest if k not in _NAVIGATION]
    if rest == ["x_range"]:
        return mark("change the x range"), {}, ("x_range",)
    if rest == ["points"]:
        return mark("change the sample count"), {}, ("points",)
    if rest == ["rows"]:
        rb, ra = before["rows"], after["rows"]
        flips = [i for i in range(min(len(rb), len(ra))) if rb[i] != ra[i]]
        if len(flips) == 1:
            row = _ROW_NAMES[flips[0]] if flips[0] < len(_ROW_NAMES) else str(flips[0])
            if ra[flips[0]]:
                return mark("show the {row} row"), {"row": row}, None
            return mark("hide the {row} row"), {"row": row}, None
        return mark("change the rows"), {}, None
    if rest == ["options"]:
        ob, oa = before["options"], after["options"]
        keys = [k for k in oa if ob.get(k) != oa[k]]
        if keys == ["saturation_eps"]:
            return mark("change ε"), {}, ("option", "saturation_eps")
        if len(keys) == 1 and keys[0] in _OPTION_NAMES:
            option = Word(_OPTION_NAMES[keys[0]])
            if oa[keys[0]]:
                return mark("turn on {option}"), {"option": option}, None
            return mark("turn off {option}"), {"option": option}, None
    return mark("change"), {}, None


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(s == x for x in it) for s in short)


def _extra(short: list[str], long: list[str]) -> list[str]:
    """Items of ``long`` that are not matched by the subsequence ``short``."""
    out, j = [], 0
    for x in long:
        if j < len(short) and short[j] == x:
            j += 1
        else:
            out.append(x)
    return out
