"""`actgui` without a display: one clear line and exit 1, never Qt's abort (exit 134).

The commands (list, export, screenshot, depth) render offscreen and keep working.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from actgui.ui.app import _x_socket_reachable, display_problem

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="display servers are checked on Linux and BSD"
)


def bare_env(**extra: str) -> dict[str, str]:
    """This environment with no display at all, English messages, and ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES")
    }
    env["LANG"] = "C.UTF-8"
    env.update(extra)
    return env


def actgui(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def free_display() -> str:
    """A local X display number that no server answers on."""
    for n in range(97, 200):
        if _x_socket_reachable(f":{n}") is False:
            return f":{n}"
    pytest.skip("every X display number from 97 to 199 is in use")


def assert_one_clear_line(r: subprocess.CompletedProcess[str], reason: str) -> None:
    assert r.returncode == 1, (r.returncode, r.stderr)
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    line = lines[0]
    assert line.startswith("actgui: error: no display found"), line
    assert reason in line
    assert "set DISPLAY" in line and "QT_QPA_PLATFORM=offscreen" in line
    assert "actgui export" in line
    assert "xcb-cursor" not in r.stderr and "Reinstalling" not in r.stderr


def test_no_display_one_line_exit_1() -> None:
    r = actgui(env=bare_env())
    assert_one_clear_line(r, "neither DISPLAY nor WAYLAND_DISPLAY is set")


def test_unreachable_local_x_display_one_line_exit_1() -> None:
    display = free_display()
    r = actgui(env=bare_env(DISPLAY=display))
    assert_one_clear_line(r, f"DISPLAY={display}")


def test_unreachable_remote_x_display_caught_when_qt_gives_up() -> None:
    # a TCP display is not probed beforehand; Qt's failure becomes the same line
    n = free_display()[1:]
    r = actgui(env=bare_env(DISPLAY=f"localhost:{n}", QT_QPA_PLATFORM="xcb"))
    assert_one_clear_line(r, f"cannot connect to DISPLAY=localhost:{n}")


def test_lang_option_does_not_bypass_the_check() -> None:
    r = actgui("--lang", "en", env=bare_env())
    assert_one_clear_line(r, "neither DISPLAY nor WAYLAND_DISPLAY is set")


def test_commands_work_without_a_display(tmp_path: Path) -> None:
    env = bare_env()
    r = actgui("list", env=env)
    assert r.returncode == 0 and "relu" in r.stdout, r.stderr
    out = tmp_path / "f.png"
    r = actgui("export", str(out), "-f", "relu", "--width", "300", "--height", "200", env=env)
    assert r.returncode == 0 and out.stat().st_size > 1000, r.stderr
    shot = tmp_path / "s.png"
    r = actgui("screenshot", str(shot), "--width", "800", "--height", "500", env=env)
    assert r.returncode == 0 and shot.stat().st_size > 1000, r.stderr
    table = tmp_path / "d.csv"
    r = actgui("depth", "-f", "relu", "--layers", "3", "--width", "8", "--out", str(table), env=env)
    assert r.returncode == 0 and table.read_text().startswith("function,layer"), r.stderr


@pytest.mark.parametrize(
    ("env", "expect"),
    [
        ({}, "neither DISPLAY nor WAYLAND_DISPLAY"),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "QT_QPA_PLATFORM"),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "QT_QPA_PLATFORM"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "QT_QPA_PLATFORM"),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "QT_QPA_PLATFORM"),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"QT_QPA_PLATFORM": "vnc"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"DISPLAY": "remote.example:0"}, None),  # TCP: left to Qt, caught at start-up
    ],
)
def test_which_environments_have_no_display(env: dict[str, str], expect: str | None) -> None:
    problem = display_problem(env)
    if expect is None:
        assert problem is None
    else:
        assert problem is not None
        template, fields = problem
        assert expect in template.format(**fields)


def test_local_display_without_server_is_a_problem() -> None:
    display = free_display()
    problem = display_problem({"DISPLAY": display})
    assert problem is not None and problem[1] == {"display": display}
    assert display_problem({"DISPLAY": display, "WAYLAND_DISPLAY": "wayland-0"}) is None
