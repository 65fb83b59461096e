"""Reading raw bytes safely: size limit, binary detection, encoding fallback."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from crossbrief.errors import InputError

# A text file has almost no control characters; a binary one has many (and usually NULs).
_CONTROL = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"")
_CONTROL_TABLE = bytes.maketrans(b"", b"")


@dataclass
class Decoded:
    text: str
    warnings: list[InputError] = field(default_factory=list)


def read_bytes(path: str, max_bytes: int) -> Decoded:
    """Read ``path`` as text, refusing empty, oversized and binary files.

    Text that is not valid UTF-8 is decoded as Windows-1252 / Latin-1 with a warning, so the
    article is kept and the user learns why its characters may look odd.
    """
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    if size > max_bytes:
        raise InputError(
            path,
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one input",
        )
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    if not raw.strip():
        raise InputError(path, "file is empty")
    sample = raw[:8192]
    if b"\x00" in sample or len(sample.translate(_CONTROL_TABLE, _CONTROL)) < 0.9 * len(sample):
        raise InputError(path, "binary file, not text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
        label = "Windows-1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        label = "Latin-1"
    return Decoded(text, [InputError(path, f"not valid UTF-8; read as {label}")])
