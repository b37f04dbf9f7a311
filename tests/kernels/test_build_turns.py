"""A process killed while it held the kernels' build folder costs later starts nothing: they
neither wait for it nor import what it left half built. torch's own build lock is a file that
a killed holder leaves behind; before, every later start waited on it forever, silently (a CI
run's subprocess hung 300 s after loading its weights)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loopwright.kernels import backends
from loopwright.kernels.cpu_build import BUILT_STAMP, build_dir
from loopwright.kernels.cpu_features import host_cpu

LOAD = "from loopwright.kernels.backends import cpu_kernels; print(cpu_kernels().__file__)"


@pytest.fixture
def copied_build(tmp_path) -> tuple[Path, dict[str, str]]:
    """A copy of this CPU's finished build under a cache of its own (mtimes kept, so torch's
    builder finds it up to date), and the environment that points a process at it."""
    backends.cpu_kernels()  # built here if it was not yet
    build = backends.cpu_build_for(host_cpu())
    env = {**os.environ, "LOOPWRIGHT_CACHE_DIR": str(tmp_path / "cache")}
    original = build_dir(build, host_cpu())
    copy = tmp_path / "cache" / "kernels" / original.name
    shutil.copytree(original, copy, ignore=shutil.ignore_patterns(".flock", "lock"))
    return copy, env


def start(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, timeout=240)


@pytest.mark.parametrize("finished", [True, False], ids=["finished-build", "unfinished-build"])
def test_a_stale_torch_build_lock_does_not_block_the_next_start(copied_build, finished):
    folder, env = copied_build
    (folder / "lock").touch()  # what a process killed inside torch's builder leaves
    if not finished:
        (folder / BUILT_STAMP).unlink()  # killed before its module loaded: built (here: checked) again
    loaded = start(env)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert Path(loaded.stdout.strip()).parent == folder
    assert (folder / BUILT_STAMP).is_file() and not (folder / "lock").exists()


def test_a_torn_library_is_built_again_not_imported(copied_build):
    """A finished build whose library was cut short later (a disk that filled, a copy) is built
    again with a warning: importing it would die of SIGBUS at every start."""
    folder, env = copied_build
    library = next(folder.glob("*.so"))
    library.write_bytes(library.read_bytes()[:4096])
    loaded = start(env)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert library.stat().st_size > 4096


def test_a_stamp_without_its_library_builds_the_library_again(copied_build):
    folder, env = copied_build
    library = next(folder.glob("*.so"))
    library.unlink()
    loaded = start(env)
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert library.is_file() and (folder / BUILT_STAMP).is_file()
