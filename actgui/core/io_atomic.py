"""Write files atomically: to a temporary file beside the target, then rename.

Every failure names the user's path (never the hidden temporary file) and says
why, in the user's language (:mod:`actgui.core.messages`): the folder does not
exist, permission denied, read-only file system, disk full.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .messages import message


class WriteError(OSError):
    """A file could not be written; ``str()`` names the user's path and the reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str, code: int | None = None) -> None:
        super().__init__(code, reason, str(path))
        self.text = message("cannot write {path}: {reason}", path=str(path), reason=reason)

    def __str__(self) -> str:
        return self.text


def _reason(code: int | None, folder: Path) -> str:
    """Why writing into ``folder`` failed, from the errno (or the folder's state)."""
    if code in (errno.EACCES, errno.EPERM):
        return message("permission denied")
    if code == errno.EROFS:
        return message("read-only file system")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return message("disk full")
    if code == errno.ENOENT:
        return message("no such folder")
    if code == errno.ENAMETOOLONG:
        return message("the name is too long")
    try:  # no errno (a writer that only knows it failed): look at the folder
        st = os.statvfs(folder)
    except OSError:
        return message("the file could not be written")
    if st.f_flag & getattr(os, "ST_RDONLY", 1):
        return message("read-only file system")
    if st.f_bavail == 0:
        return message("disk full")
    if code is not None:
        return os.strerror(code)
    return message("the file could not be written")


def check_writable_target(path: str | os.PathLike[str]) -> Path:
    """The target's path; ValueError naming the problem if it cannot be written."""
    p = Path(path).expanduser()
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.exists():
        raise ValueError(
            message("cannot write {path}: folder {folder} does not exist", path=p, folder=parent)
        )
    if not parent.is_dir():
        raise ValueError(
            message("cannot write {path}: {folder} is not a directory", path=p, folder=parent)
        )
    if p.is_dir():
        raise ValueError(message("cannot write {path}: it is a directory", path=p))
    if not os.access(parent, os.W_OK):
        code = errno.EACCES
        try:
            if os.statvfs(parent).f_flag & getattr(os, "ST_RDONLY", 1):
                code = errno.EROFS
        except OSError:
            pass
        raise ValueError(
            message(
                "cannot write {path}: {reason} (folder {folder})",
                path=p,
                reason=_reason(code, parent),
                folder=parent,
            )
        )
    return p


def atomic_write_with(path: str | os.PathLike[str], writer: Callable[[str], None]) -> None:
    """Call ``writer(tmp_path)`` then move the file to ``path``; no partial file is left.

    :class:`WriteError` (an OSError) names ``path`` and why when the system
    refuses: the temporary file's name never reaches the user.
    """
    target = check_writable_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise WriteError(target, _reason(exc.errno, target.parent), exc.errno) from None
    os.close(fd)
    try:
        try:
            writer(tmp)
            if not os.path.exists(tmp) or os.path.getsize(tmp) == 0:
                raise WriteError(target, _reason(None, target.parent))
            # mkstemp makes 0600 files: give the result the usual mode (0666 less umask)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, target)
        except WriteError:
            raise
        except OSError as exc:
            raise WriteError(target, _reason(exc.errno, target.parent), exc.errno) from exc
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
