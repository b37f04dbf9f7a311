"""`--ray`, `--workers` and `--cpus-per-worker`, shared by `eval` and `batch`, and
`ray_runtime`, which puts the runs of a command on Ray rollout workers (`loopwright.scale`)."""

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import fail

if TYPE_CHECKING:
    from loopwright.scale.driver import Publish, RayRuntime
    from loopwright.scale.publish_mode import PublishMode

RayFlag = Annotated[str | None, typer.Option(
    "--ray", metavar="ADDRESS",
    help="Run on Ray rollout workers: 'local' starts a cluster on this machine for the command, 'auto' "
         "joins the one `ray start` runs here, or HOST:PORT. Each worker loads its own engine and runs "
         "its own sandboxes; --concurrency is then runs in flight per worker. Example: --ray local --workers 2")]
WorkersFlag = Annotated[int, typer.Option("--workers", min=1, help="Ray rollout workers (with --ray).")]
CpusPerWorkerFlag = Annotated[float, typer.Option(
    "--cpus-per-worker", min=0.1, help="CPUs each Ray worker reserves (its engine's threads).")]


def refuse_local_only(ray: str | None, mcp: list[str] | None, memory_on: bool) -> None:
    """`--mcp` servers and the `--memory` database live on this machine: not with `--ray` yet."""
    if ray and (mcp or memory_on):
        fail("--ray runs without --mcp and --memory for now (they live on this machine)")


@contextlib.contextmanager
def ray_runtime(address: str, workers: int, cpus_per_worker: float, slots: int,
                make_runtime: Callable[[Path], object], trace_dir: Path,
                publish: "PublishMode | None" = None) -> Iterator["RayRuntime"]:
    """Rollout workers for the block, on the cluster at `address`; prints each weight publish
    (`publish`: what a trainer sends) and the summary (runs retried, workers lost) at the end.
    Cluster errors exit with one line."""
    from loopwright.scale.cluster import ClusterError, ray_cluster
    from loopwright.scale.driver import RayRuntime, WorkerPool, WorkersLostError
    from loopwright.scale.publish_mode import PublishMode

    pool = WorkerPool(workers=workers, cpus_per_worker=cpus_per_worker, slots=slots,
                      publish=publish or PublishMode.lora)

    def said(p: "Publish") -> None:
        typer.echo(f"weights published: {p.nbytes / 1e6:.2f} MB ({pool.publish.value}) to the workers "
                   f"in {p.seconds:.2f} s", err=True)

    try:
        with ray_cluster(address, pool), RayRuntime(make_runtime, pool, trace_dir, on_publish=said) as runtime:
            yield runtime
            typer.echo(runtime.summary(), err=True)
    except (ClusterError, WorkersLostError) as exc:
        fail(str(exc))
