"""What this machine's CPU is and which instruction-set extensions it has, from /proc/cpuinfo.

The C++ kernels are compiled for the CPU they run on (`-march=native`), so a build is only
safe on a CPU with the same features: the build cache is keyed by `CPUInfo.cache_key()`, and
a build that needs a feature (AVX-512) is only chosen where `flags` lists it. Without
/proc/cpuinfo (macOS, some containers) the flags are empty, which picks the portable build.
"""

import functools
import hashlib
import platform
from dataclasses import dataclass
from pathlib import Path

CPUINFO = Path("/proc/cpuinfo")


@dataclass(frozen=True)
class CPUInfo:
    """One CPU model and its feature flags, as Linux names them (`avx512f`, `fma`, `avx2`, ...)."""

    model_name: str
    """/proc/cpuinfo's "model name" (x86) or the machine type where there is none."""
    flags: frozenset[str]
    """/proc/cpuinfo's "flags" (x86) or "Features" (Arm) of the first processor."""

    def has(self, features: frozenset[str]) -> bool:
        """Whether every one of `features` is present."""
        return features <= self.flags

    def cache_key(self) -> str:
        """A digest of the model name and every flag: `-march=native` may use any of them."""
        text = self.model_name + "\n" + " ".join(sorted(self.flags))
        return hashlib.sha256(text.encode()).hexdigest()[:12]


def parse_cpuinfo(text: str) -> CPUInfo:
    """The first processor's model name and flags from the text of /proc/cpuinfo."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            if fields:
                break  # first processor only: all cores of one machine share a model here
            continue
        key, _, value = line.partition(":")
        fields.setdefault(key.strip(), value.strip())
    model = fields.get("model name") or fields.get("CPU part") or platform.machine()
    return CPUInfo(model, frozenset((fields.get("flags") or fields.get("Features") or "").split()))


@functools.cache
def host_cpu() -> CPUInfo:
    """This machine's CPU (read once per process)."""
    try:
        return parse_cpuinfo(CPUINFO.read_text())
    except OSError:
        return CPUInfo(platform.machine() or "unknown", frozenset())
