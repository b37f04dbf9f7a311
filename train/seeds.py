"""Seeds derived from names, stable across processes, so a resumed or repeated run draws
the same tasks and samples the same tokens."""

import zlib


def derived_seed(*parts: object) -> int:
    """A stable 31-bit seed from any parts (hash() is salted per process; crc32 is not)."""
    return zlib.crc32(":".join(map(str, parts)).encode()) & 0x7FFFFFFF
