"""Where loopwright caches what it derives on this machine: built kernels, de-quantized models.

One rule for every cache: `LOOPWRIGHT_CACHE_DIR` when set, else `~/.cache/loopwright`, with
one folder per kind of thing below it. It lives in `kernels/`, the lowest layer, so the
kernel builder and `models/` both read it from here.
"""

import os
from pathlib import Path

CACHE_DIR_ENV = "LOOPWRIGHT_CACHE_DIR"


def user_cache_dir(kind: str) -> Path:
    """The cache folder for one kind of thing ("kernels", "models"); not created here."""
    root = os.environ.get(CACHE_DIR_ENV)
    return (Path(root) if root else Path.home() / ".cache" / "loopwright") / kind
