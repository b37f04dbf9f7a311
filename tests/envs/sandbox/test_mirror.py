"""The command server's workspace mirror on plain folders (no Docker): the same code the
server runs in a container, checked against the folder it copies."""

import os
from pathlib import Path

import pytest

from loopwright.envs.sandbox.server import Mirror, scan


def tree(root: Path) -> dict:
    """Every entry under `root`: type, mode, size, mtime, link target, content."""
    found = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        rel = str(path.relative_to(root))
        if path.is_symlink():
            found[rel] = ("l", os.readlink(path))
        elif path.is_dir():
            found[rel] = ("d", st.st_mode & 0o7777, st.st_mtime_ns)
        else:
            found[rel] = ("f", st.st_mode & 0o7777, st.st_mtime_ns, path.read_bytes())
    return found


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    workspace, volume = tmp_path / "workspace", tmp_path / "volume"
    workspace.mkdir()
    volume.mkdir()
    return workspace, volume


def test_the_store_follows_every_kind_of_change(folders):
    workspace, volume = folders
    mirror = Mirror(str(workspace), str(volume))
    (workspace / "a" / "b").mkdir(parents=True)
    (workspace / "a" / "b" / "f.txt").write_text("one")
    (workspace / "run.sh").write_text("#!/bin/sh\n")
    (workspace / "run.sh").chmod(0o755)
    (workspace / "l").symlink_to("a/b/f.txt")
    assert mirror.flush()["copied"] == 5
    assert tree(volume / "workspace") == tree(workspace)

    (workspace / "a" / "b" / "f.txt").write_text("one, longer")
    (workspace / "run.sh").rename(workspace / "start.sh")
    (workspace / "l").unlink()
    (workspace / "l").mkdir()
    os.utime(workspace / "a", ns=(10**18, 10**18))
    result = mirror.flush()
    assert result["removed"] == 1  # run.sh (l is now a folder: replaced, not removed)
    assert tree(volume / "workspace") == tree(workspace)
    assert mirror.flush()["copied"] == 0  # nothing changed since


def test_restore_brings_back_the_same_tree_and_hard_links(folders, tmp_path):
    workspace, volume = folders
    (workspace / "d").mkdir()
    (workspace / "d" / "data").write_bytes(b"x" * 10_000)
    for i in range(5):
        os.link(workspace / "d" / "data", workspace / f"link{i}")
    Mirror(str(workspace), str(volume)).flush()
    assert (volume / "workspace" / "link0").stat().st_nlink == 6

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    assert Mirror(str(fresh), str(volume)).restore() == 7
    assert tree(fresh) == tree(workspace)
    assert (fresh / "d" / "data").stat().st_nlink == 6


def test_a_sparse_file_stays_sparse_in_the_store(folders):
    workspace, volume = folders
    with open(workspace / "sparse", "wb") as f:
        f.truncate(1 << 30)
        f.seek(1 << 20)
        f.write(b"middle")
    Mirror(str(workspace), str(volume)).flush()
    stored = volume / "workspace" / "sparse"
    assert stored.stat().st_size == 1 << 30 and stored.stat().st_blocks * 512 < 1 << 20
    with open(stored, "rb") as f:
        f.seek(1 << 20)
        assert f.read(6) == b"middle"


def test_what_others_put_in_the_volume_goes(folders):
    workspace, volume = folders
    (workspace / "kept").write_text("kept")
    mirror = Mirror(str(workspace), str(volume))
    mirror.flush()
    (volume / "stash").write_bytes(b"0" * 1000)
    (volume / "workspace" / "extra").write_text("extra")
    with open(volume / "workspace" / "kept", "a") as f:
        f.write(" and grown")
    mirror.flush()
    assert sorted(os.listdir(volume)) == ["workspace"]
    assert tree(volume / "workspace") == tree(workspace)


def test_a_background_pass_gives_way_to_a_request(folders):
    workspace, volume = folders
    for i in range(50):
        (workspace / f"f{i}").write_text(str(i))
    mirror = Mirror(str(workspace), str(volume))
    mirror.serving(True)
    assert mirror.flush(give_way=True)["interrupted"]
    mirror.serving(False)
    assert not mirror.flush(give_way=True)["interrupted"]
    assert set(scan(str(volume / "workspace"))) == set(scan(str(workspace)))
