"""build_stack: the coming runs' containers start while the model loads, and go with a failed load."""

import os
import time

import pytest

from tests.fixtures.docker import labelled_containers


class LoadStopped(Exception):
    pass


@pytest.mark.docker
def test_the_runs_containers_start_before_the_model_loads_and_close_when_it_fails(
    tmp_path, monkeypatch, docker_client, sandbox_image,
):
    import loopwright.models
    from loopwright.envs.sandbox.labels import OWNER_PID
    from loopwright.envs.tasks import load_suite
    from loopwright.train.stack import build_stack

    ours = f"{OWNER_PID}={os.getpid()}"
    before = {c["Id"] for c in labelled_containers(docker_client, ours)}

    def new_containers() -> list[dict]:
        return [c for c in labelled_containers(docker_client, ours) if c["Id"] not in before]

    seen_at_load: list[dict] = []

    def load(model: str):
        """Waits for the pool's first container, then fails as a missing model would."""
        deadline = time.monotonic() + 60
        while not (started := [c for c in new_containers() if c["State"] == "running"]) and time.monotonic() < deadline:
            time.sleep(0.2)
        seen_at_load.extend(started)
        raise LoadStopped(model)

    monkeypatch.setattr(loopwright.models, "load", load)
    tasks = load_suite("arith", "train", limit=2).tasks
    with pytest.raises(LoadStopped):
        build_stack("smollm2-135m", "ours", "docker", tmp_path / "traces", max_turns=2, pool_size=2, warm_for=tasks)
    assert seen_at_load, "no container of the coming runs was running while the model loaded"
    deadline = time.monotonic() + 30
    while (left := new_containers()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"containers left after the failed load: {[c['Id'][:12] for c in left]}"
