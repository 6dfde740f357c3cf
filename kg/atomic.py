"""Atomic file output: a reader sees the previous complete file or the new one, never half.

Public API: ``write_atomically(path, data, *, durable=True, label=None)`` (str, bytes, or an
iterable of str pieces written as they come);
``remove_stale_temporaries(folder)`` (what a killed writer left behind);
``crash_point(name)``, the hook the crash tests use to kill a build at a named point.
"""
from __future__ import annotations

import os
import re
import signal
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: Set to ``NAME`` or ``NAME#N`` to SIGKILL the process at the N-th (default first)
#: ``crash_point(NAME)``; only tests set it.
CRASH_ENV = "DIPLOGRAPH_CRASH_AT"
_crash_counts: dict[str, int] = {}
# mkstemp(prefix=".NAME.", suffix=".tmp") names, as every writer in kg uses.
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


def crash_point(name: str) -> None:
    """Kill this process here if ``DIPLOGRAPH_CRASH_AT`` names this point (a test hook)."""
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    target, _, nth = wanted.partition("#")
    if target != name:
        return
    _crash_counts[name] = _crash_counts.get(name, 0) + 1
    if _crash_counts[name] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def write_atomically(path: str | Path, data: str | bytes | Iterable[str], *, durable: bool = True,
                     label: str | None = None) -> None:
    """Write to a temporary file in the same folder, flush, fsync, then rename over ``path``.

    ``data`` may be an iterable of str pieces (a generator), so that a large file is never
    held whole in memory; if it raises, ``path`` is left as it was.
    ``durable=False`` skips the fsync, for files that may be lost (not garbled) in a power
    cut; ``label`` names the file's crash points (default: its name).
    """
    path = Path(path)
    point = f"write:{label or path.name}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, (str, bytes)):
        payload = data.encode("utf-8") if isinstance(data, str) else data
        half = len(payload) // 2
        pieces: Iterable[bytes] = (payload[:half], payload[half:])
    else:
        pieces = (piece.encode("utf-8") for piece in data)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            crash_point(f"{point}:start")
            for n, piece in enumerate(pieces):
                out.write(piece)
                if n == 0:
                    out.flush()
                    crash_point(f"{point}:half")
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the output is an ordinary file
        crash_point(f"{point}:written")
        os.replace(tmp, path)
        crash_point(f"{point}:replaced")
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Delete the temporary files a killed writer left in ``folder``; returns them.

    Call it only while no other writer works in ``folder`` (``kg.state.lock``).
    """
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if _TEMPORARY.match(name):
            stale = Path(folder) / name
            try:
                if stale.is_file() and not stale.is_symlink():
                    stale.unlink()
                    removed.append(stale)
            except OSError:
                pass
    return removed
