"""actgui: a desktop explorer for neural-network activation functions."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # the version comes from the installed package's metadata; importlib.metadata
    # costs ~50 ms of start-up, so it is read only when asked for (About, --version)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("actgui")
        except PackageNotFoundError:  # running from a source tree that is not installed
            value = "0.0.0+unknown"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
