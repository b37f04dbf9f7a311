"""Where traces go: the one configuration object of tracing, mapped from CLI flags."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TracingConfig:
    """Exporters of one process; frozen so `setup_tracing` can tell a repeat call from a change."""

    trace_dir: Path | None = Path(".loopwright/traces")
    """Directory of the append-only JSONL files (`<YYYY-MM-DD>.jsonl`); None disables them."""
    otlp_endpoint: str | None = None
    """OTLP/HTTP collector URL, e.g. `http://127.0.0.1:4318` (`/v1/traces` is added when the
    URL has no path); None sends nothing over the network."""
    console: bool = False
    """Print every finished span to stderr (stdout stays free for the agent's answer)."""
    service_name: str = "loopwright"
    """`service.name` of the OTel resource, so a shared collector can tell us apart."""
