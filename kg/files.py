"""Output files written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write every file whole or not at all: each to a temporary file beside it, then all renamed
    into place (so an interrupted run never leaves a new file beside a stale one it goes with).
    Raises OSError naming the file."""
    written: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            if target.is_dir():
                raise IsADirectoryError(21, "is a folder", str(target))
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            written.append((temporary, target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
        for temporary, target in written:
            os.replace(temporary, target)
    except OSError as error:
        if error.filename is None:
            error.filename = str(target)
        raise
    finally:
        for temporary, _ in written:
            with contextlib.suppress(OSError):
                os.unlink(temporary)

