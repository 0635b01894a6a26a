"""Start-up holds the cyclic garbage collector off and ends by freezing what it made
(actgui._startup); every entry point ends start-up, so collection always resumes."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from actgui import _startup

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def gc_restored():  # type: ignore[no-untyped-def]
    was = gc.isenabled()
    yield
    _startup._paused = False
    gc.unfreeze()
    if was:
        gc.enable()
    else:  # pragma: no cover
        gc.disable()


def test_resume_does_nothing_unless_paused(gc_restored) -> None:  # type: ignore[no-untyped-def]
    """Library use (tests, `import actgui`) never pauses: resuming freezes nothing."""
    frozen = gc.get_freeze_count()
    _startup.resume_gc()
    assert gc.isenabled() and gc.get_freeze_count() == frozen and not _startup.paused()


def test_pause_then_resume_freezes_and_collects_again(gc_restored) -> None:  # type: ignore[no-untyped-def]
    _startup.pause_gc()
    assert not gc.isenabled() and _startup.paused()
    made = [[i] for i in range(1000)]  # what start-up makes, kept
    _startup.resume_gc()
    assert gc.isenabled() and not _startup.paused()
    assert gc.get_freeze_count() >= len(made)
    _startup.resume_gc()  # a second end of start-up changes nothing
    assert gc.isenabled()


def test_pause_leaves_an_already_disabled_collector_alone(gc_restored) -> None:  # type: ignore[no-untyped-def]
    """Whoever disabled collection keeps it disabled: resume does not turn it on."""
    gc.disable()
    _startup.pause_gc()
    _startup.resume_gc()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def _run(code: str, tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    # the window's settings and autosave go to this test's folder
    env["HOME"] = env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=str(tmp_path),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("command", [["list"], ["code", "--target", "latex", "-f", "relu"]])
def test_a_command_collects_again_before_it_runs(command, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = f"""
        import gc, sys
        import actgui.cli._main as cli
        seen = []
        for name, module in cli.COMMANDS.items():
            run = module.run
            def spy(args, run=run):
                seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
                return run(args)
            module.run = spy
        from actgui.__main__ import main
        main({command!r})
        sys.stdout.flush()
        print(seen)
    """
    assert _run(code, tmp_path) == "[(True, True)]"


def test_screenshot_collects_again_once_the_window_is_drawn(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = """
        import gc
        from PySide6.QtWidgets import QWidget
        seen = []
        grab = QWidget.grab
        def spy(self, *args):
            seen.append(gc.isenabled())  # start-up: still off while the window is drawn
            return grab(self, *args)
        QWidget.grab = spy
        from actgui.__main__ import main
        assert main(["screenshot", "shot.png", "--width", "600", "--height", "400"]) == 0
        print(seen, gc.isenabled(), gc.get_freeze_count() > 0)
    """
    assert _run(code, tmp_path) == "[False] True True"
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_the_window_collects_again_before_its_event_loop(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = """
        import gc
        from PySide6.QtWidgets import QApplication
        seen = []
        def fake_exec(*args):
            seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
            return 0
        QApplication.exec = fake_exec
        from actgui.__main__ import main_gui
        assert main_gui() == 0
        print(seen)
    """
    assert _run(code, tmp_path) == "[(True, True)]"
