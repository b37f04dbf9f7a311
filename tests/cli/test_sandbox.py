"""`loopwright sandbox ls|prune` show and remove session workspace volumes (real Docker)."""

import uuid

import pytest
from typer.testing import CliRunner

from loopwright.cli import app
from loopwright.envs.sandbox import DockerSandbox
from loopwright.envs.sandbox.volumes import ensure_volume, list_volumes, parse_age, remove_volume

pytestmark = pytest.mark.docker


def _sandbox(*args: str):
    return CliRunner().invoke(app, ["sandbox", *args])


@pytest.fixture
def session(docker_client):
    """A session id whose volume exists (made now), removed after the test."""
    session_id = f"test-cli-{uuid.uuid4().hex[:8]}"
    name = ensure_volume(docker_client, session_id)
    yield session_id
    remove_volume(docker_client, name)


def _names(client) -> set[str]:
    return {v.name for v in list_volumes(client)}


def test_ls_lists_a_session_volume_with_its_size_and_age(session):
    result = _sandbox("ls")
    assert result.exit_code == 0, result.output
    name, listed, size, age, in_use = next(
        line.split() for line in result.output.splitlines() if session in line)
    assert name.startswith("loopwright-ws-test-cli-") and listed == session
    assert size == "0B" and age.endswith("s") and in_use == "no"


def test_prune_keeps_young_volumes_and_removes_older_ones(docker_client, session):
    name = next(v.name for v in list_volumes(docker_client) if v.session == session)
    assert _sandbox("prune", "--older-than", "1h").exit_code == 0
    assert name in _names(docker_client)
    result = _sandbox("prune", "--older-than", "0")
    assert result.exit_code == 0 and f"removed volume {name}" in result.output
    assert name not in _names(docker_client)


def test_prune_never_removes_a_volume_a_sandbox_mounts(docker_client, sandbox_image, session):
    name = next(v.name for v in list_volumes(docker_client) if v.session == session)
    with DockerSandbox(sandbox_image, volume=name):
        assert _sandbox("prune", "--older-than", "0").exit_code == 0
        assert name in _names(docker_client)
        refused = _sandbox("prune", "--session", session)
        assert refused.exit_code == 1 and "in use" in refused.output


def test_prune_session_removes_that_sessions_volume(docker_client, session):
    result = _sandbox("prune", "--session", session)
    assert result.exit_code == 0, result.output
    assert not any(v.session == session for v in list_volumes(docker_client))


def test_ages_read_as_people_write_them():
    assert [parse_age(a) for a in ("7d", "12h", "30m", "45s", "90", "1.5h")] == [
        604800, 43200, 1800, 45, 90, 5400]
    with pytest.raises(ValueError, match="like 7d"):
        parse_age("a week")
    assert "like 7d" in _sandbox("prune", "--older-than", "soon").output
