"""The GIF export's y-range pass edits the parameters through the state's setters."""

from __future__ import annotations

from actgui.core.state import Change, ExplorerState
from actgui.ui.animation import render_frames, tracks


def test_the_range_pass_is_heard_and_ends_where_it_began(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Listeners hear of the pass (it goes through set_params, in one batch) and what
    they hear first is the curve's parameters back as they were: no frame's value
    leaks out of it, and an undo history would see no step."""
    state = ExplorerState()
    curve = state.add_curve("leaky_relu")
    start = dict(curve.params)
    heard: list[dict] = []

    def listener(change: Change) -> None:
        if change.uid == curve.uid:
            heard.append(dict(state.curve(curve.uid).params))

    state.subscribe(listener)
    frames = render_frames(state, tracks(state, "negative_slope"), 3, 160, 120)
    assert len(frames) >= 3
    assert heard and heard[0] == start  # the pass, told once, at its end
    assert start["negative_slope"] not in (0.0, 1.0)  # else the frames could look the same
