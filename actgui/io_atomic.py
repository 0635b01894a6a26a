"""Write files atomically: to a temporary file beside the target, then rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def check_writable_target(path: str | os.PathLike[str]) -> Path:
    """The target's path; ValueError naming the problem if it cannot be written."""
    p = Path(path).expanduser()
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.exists():
        raise ValueError(f"cannot write {p}: directory {parent} does not exist")
    if not parent.is_dir():
        raise ValueError(f"cannot write {p}: {parent} is not a directory")
    if p.is_dir():
        raise ValueError(f"cannot write {p}: it is a directory")
    if not os.access(parent, os.W_OK):
        raise ValueError(f"cannot write {p}: directory {parent} is not writable")
    return p


def atomic_write_with(path: str | os.PathLike[str], writer: Callable[[str], None]) -> None:
    """Call ``writer(tmp_path)`` then move the file to ``path``; no partial file is left."""
    target = check_writable_target(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        writer(tmp)
        if not os.path.exists(tmp) or os.path.getsize(tmp) == 0:
            raise OSError(f"nothing was written to {target}")
        # mkstemp makes 0600 files: give the result the usual mode (0666 less umask)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    atomic_write_with(path, write)
