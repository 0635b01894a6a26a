"""Sessions: round trips of any state, and refusals that say what and where."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actgui.core import catalog, session
from actgui.core.state import LINE_STYLES, PALETTE, ExplorerState

from .strategies import valid_params


def _equal(a: ExplorerState, b: ExplorerState) -> bool:
    return session.to_dict(a) == session.to_dict(b)


@st.composite
def states(draw: st.DrawFn) -> ExplorerState:
    lo = draw(st.floats(-1e3, 1e3, allow_nan=False))
    width = draw(st.floats(1e-3, 1e3, allow_nan=False))
    s = ExplorerState(points=draw(st.integers(2, 100_000)))
    s.set_x_range(lo, lo + width)
    s.rows = draw(st.lists(st.booleans(), min_size=3, max_size=3))
    s.preset = draw(st.sampled_from(list(session.Preset)))
    for name in ("overlay", "grid", "legend", "shade_saturation", "shade_dead"):
        setattr(s, name, draw(st.booleans()))
    s.saturation_eps = draw(st.floats(1e-6, 1.0))
    for fid in draw(st.lists(st.sampled_from(catalog.ids()), max_size=6)):
        act = catalog.get(fid)
        c = s.add_curve(fid, draw(valid_params(act)))
        c.color = draw(st.sampled_from(PALETTE))
        c.style = draw(st.sampled_from(LINE_STYLES))
        c.visible = draw(st.booleans())
    if s.curves:
        s.select(draw(st.sampled_from(s.curves)).uid)
    if draw(st.booleans()):
        s.set_view(lo + width / 4, lo + width / 2)
    return s


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(states())
def test_every_state_round_trips(state: ExplorerState) -> None:
    again = session.loads(session.dumps(state))
    assert _equal(state, again)
    assert session.dumps(again) == session.dumps(state)


def test_save_and_load_file(tmp_path: Path) -> None:
    s = ExplorerState.first_launch()
    s.set_param(s.curves_of("leaky_relu")[0].uid, "negative_slope", 0.2)
    s.add_curve("relu_general", {"max_value": math.inf, "threshold": 0.5})
    path = tmp_path / "a.actgui.json"
    session.save(s, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "actgui-session" and data["version"] == 1
    assert data["curves"][-1]["params"]["max_value"] is None  # JSON has no inf
    assert _equal(session.load(path), s)


def _doc(**changes: object) -> str:
    d = session.to_dict(ExplorerState.first_launch())
    d.update(changes)
    return json.dumps(d)


@pytest.mark.parametrize(
    "text, pattern",
    [
        ('{"format": "actgui-session", "version": 1, "curves": [', "not valid JSON"),
        ("hello", "not valid JSON"),
        ("[1, 2]", "top level"),
        ('{"format": "other"}', "not an actgui session"),
        (
            _doc(version=2),
            "schema version 2, made by a newer actgui; this one reads versions up to 1",
        ),
        (_doc(version=0), "unknown schema version 0"),
        (_doc(version="1"), "version: expected a whole number"),
        (
            _doc(curves=[{"function": "sigmod"}]),
            r"curves\[0\]: unknown function 'sigmod'; did you mean 'sigmoid'",
        ),
        (
            _doc(curves=[{"function": "elu", "params": {"alpha": -3}}]),
            r"curves\[0\]: elu: parameter 'alpha' = -3.0 is not allowed",
        ),
        (
            _doc(curves=[{"function": "elu", "params": {"alpah": 1}}]),
            r"curves\[0\]: elu: unknown parameter 'alpah'",
        ),
        (
            _doc(curves=[{"function": "relu", "color": "red"}]),
            r"curves\[0\].color: expected a colour",
        ),
        (_doc(curves=[{"function": "relu", "style": "zigzag"}]), r"curves\[0\].style"),
        (_doc(x_range=[3, 1]), "x_range: x min"),
        (_doc(points=0), "points: expected a whole number"),
        (_doc(rows=[True]), "rows: expected three booleans"),
        (_doc(options={"fancy": True}), "options.fancy: unknown option"),
        (_doc(selected=99), "selected: expected an index"),
        (_doc(curves=[{"function": "__import__('os').system('x')"}]), "unknown function"),
        ('{"format": "actgui-session", "version": 1, "points": NaN}', "NaN is not allowed"),
        (
            '{"format": "actgui-session", "version": 1, "x_range": [0, Infinity]}',
            "Infinity is not allowed",
        ),
        ("[" * 100_000, "nested too deeply|not valid JSON"),
    ],
)
def test_refused_with_what_and_where(text: str, pattern: str) -> None:
    with pytest.raises(session.SessionError, match=pattern):
        session.loads(text)


def test_file_problems(tmp_path: Path) -> None:
    big = tmp_path / "big.actgui.json"
    with open(big, "wb") as fh:
        fh.truncate(100_000_000)  # sparse: 100 MB without writing them
    with pytest.raises(session.SessionError, match="too large"):
        session.load(big)
    with pytest.raises(session.SessionError, match="cannot read"):
        session.load(tmp_path / "missing.actgui.json")
    binary = tmp_path / "b.actgui.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(session.SessionError, match="not a UTF-8"):
        session.load(binary)


def test_failed_save_leaves_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.actgui.json"
    session.save(ExplorerState.first_launch(), path)
    before = path.read_bytes()

    def boom(state: ExplorerState) -> str:
        raise RuntimeError("killed mid-write")

    monkeypatch.setattr(session, "dumps", boom)
    with pytest.raises(RuntimeError):
        session.save(ExplorerState(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.actgui.json"]


def test_assign_takes_over_a_loaded_session() -> None:
    seen = []
    live = ExplorerState.first_launch()
    live.subscribe(lambda ch: seen.append(ch.kind))
    other = ExplorerState()
    other.set_x_range(-2, 3)
    other.add_curve("gelu", {"approximate": "tanh"})
    other.add_curve("relu")
    other.select(other.curves[1].uid)
    live.assign(other)
    assert session.to_dict(live) == session.to_dict(other)
    assert live.selected_curve is not None and live.selected_curve.function_id == "relu"
    assert {"curves", "selection", "range", "rows", "options"} <= set(seen)


def test_autosave_survives_kill_9_during_writes(tmp_path: Path) -> None:
    """A process saving in a tight loop is killed with SIGKILL at random moments;
    the file is always a whole session (the old one or the new one)."""
    import random
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "autosave.actgui.json"
    code = (
        "import sys\n"
        "from actgui.core import session\n"
        "from actgui.core.state import ExplorerState\n"
        "s = ExplorerState.first_launch()\n"
        "for fid in ['gelu', 'mish', 'silu', 'selu', 'softplus'] * 20:\n"
        "    s.add_curve(fid)\n"
        "i = 0\n"
        "print('saving', flush=True)\n"
        "while True:\n"
        "    s.set_points(2 + i % 5000); i += 1\n"
        "    session.save(s, sys.argv[1])\n"
    )
    rng = random.Random(9)
    for _ in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
        )
        # the kill lands while it saves, however long its imports took (0.65 s loaded)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "saving"
        time.sleep(0.1 + rng.random() * 0.4)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        assert path.exists()
        loaded = session.load(path)  # raises if the file were partial
        assert len(loaded.curves) == 105
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != path.name]
    # a kill between mkstemp and rename can leave one stray temporary file,
    # never a damaged session
    assert all(name.startswith(".autosave.actgui.json.") for name in leftovers)


def test_session_with_a_hostile_custom_expression_is_refused() -> None:
    d = session.to_dict(ExplorerState.first_launch())
    d["custom"] = [
        {
            "version": 1,
            "name": "evil",
            "text": "__import__('os').system('touch /tmp/pwned')",
            "params": [],
        }
    ]
    with pytest.raises(session.SessionError, match=r"custom\[0\]"):
        session.from_dict(d)
    assert not Path("/tmp/pwned").exists()
