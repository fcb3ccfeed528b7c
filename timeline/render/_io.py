"""Atomic file output: write a temporary file beside the target, then ``os.replace`` it."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from timeline.errors import TimelineError

__all__ = ["OutputError", "atomic_write"]


class OutputError(TimelineError, OSError):
    """An output file could not be written (nothing was left behind).

    Example:
        >>> isinstance(OutputError("x"), OSError)
        True
    """


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` atomically: readers see the old file or the whole new one.

    The data goes to a temporary file in the same folder, which then replaces ``path``; on
    any failure the temporary file is removed and :class:`OutputError` says what went wrong.

    Example:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> atomic_write(folder / "a.txt", "hello").read_text()
        'hello'
        >>> atomic_write(folder / "missing" / "a.txt", "x")
        Traceback (most recent call last):
        ...
        timeline.render._io.OutputError: cannot write .../missing/a.txt: folder .../missing does not exist
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {_reason(exc)}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {target}: {_reason(exc)}") from exc
        raise
    return target


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    return exc.strerror or str(exc)
