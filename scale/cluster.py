"""Joining or starting the Ray cluster the rollout workers run on (`--ray ADDRESS`).

`local` starts a one-machine cluster inside the command and stops it at the end; `auto` or
an address (`ray://…`, `HOST:PORT`) joins a cluster someone started with `ray start`, and
leaves it running. Ray places the workers; we only check the cluster can hold them, so a
request it cannot place is an error now rather than a hang.
"""

import contextlib
import os
from collections.abc import Iterator

from loopwright.scale.driver import WorkerPool


class ClusterError(RuntimeError):
    """The cluster cannot be reached, or cannot hold the workers asked for."""


@contextlib.contextmanager
def ray_cluster(address: str, pool: WorkerPool) -> Iterator[None]:
    """Connected to (or running) the cluster for the block; checks its CPUs fit `pool`."""
    try:
        import ray
    except ImportError as exc:
        raise ClusterError("--ray needs Ray: pip install 'loopwright[scale]'") from exc
    if ray.is_initialized():  # a caller (a test, a notebook) already connected
        _check_fits(ray.cluster_resources(), pool, address)
        yield
        return
    local = address == "local"
    try:
        ray.init(address=None if local else address, num_cpus=os.cpu_count() if local else None,
                 include_dashboard=False, log_to_driver=False, configure_logging=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ClusterError(f"--ray {address}: cannot join the cluster ({str(exc).splitlines()[0]}); "
                           "start one with `ray start --head`, or use --ray local") from exc
    try:
        _check_fits(ray.cluster_resources(), pool, address)
        yield
    finally:
        ray.shutdown()


def _check_fits(resources: dict, pool: WorkerPool, address: str) -> None:
    wanted = pool.workers * pool.cpus_per_worker
    cpus = resources.get("CPU", 0)
    if wanted > cpus:
        raise ClusterError(f"--workers {pool.workers} x --cpus-per-worker {pool.cpus_per_worker:g} needs "
                           f"{wanted:g} CPUs; the cluster at {address} has {cpus:g}: lower one of them "
                           "or add nodes")
