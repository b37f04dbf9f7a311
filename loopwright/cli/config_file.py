"""The user's config file: TOML, read once per command; today it holds the `[mcp]` table.

Found at $LOOPWRIGHT_CONFIG, else ./loopwright.toml, else
$XDG_CONFIG_HOME/loopwright/config.toml (~/.config/...); no file is an empty config.
Flags given on the command line are added to what the file says.
"""

import os
import tomllib
from pathlib import Path
from typing import Any

CONFIG_ENV = "LOOPWRIGHT_CONFIG"


def config_path() -> Path | None:
    """The config file in effect, or None when there is none."""
    if explicit := os.environ.get(CONFIG_ENV):
        return Path(explicit)
    xdg = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    for candidate in (Path("loopwright.toml"), xdg / "loopwright" / "config.toml"):
        if candidate.is_file():
            return candidate
    return None


def read_config() -> dict[str, Any]:
    """The config file's tables; ValueError names the file when it cannot be read."""
    path = config_path()
    if path is None:
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"config file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"config file {path}: not valid TOML ({exc})") from None
