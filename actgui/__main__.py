"""Entry point for ``actgui`` and ``python -m actgui``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from ._startup import pause_gc

    pause_gc()  # until start-up is over (actgui._startup)
    from .cli import run

    return run(sys.argv[1:] if argv is None else argv)


def main_gui() -> int:
    """The window only (the gui-script entry point: no console on Windows)."""
    from ._startup import pause_gc

    pause_gc()
    from .ui import app

    return app.main()


if __name__ == "__main__":
    sys.exit(main())
