"""Builds and loads the C++ CPU kernels in `csrc/` (GGUF block matmul, fused decode stack).

torch's extension builder compiles them once per machine with `-march=native` into the
user cache (~1 min on two cores; `scripts/setup` does it ahead of time), keyed by the
sources, flags and torch version so an edit never loads a stale build. Without a
compiler the engine keeps its PyTorch path and says why once.
"""

import functools
import hashlib
import os
from pathlib import Path
from types import ModuleType

import torch

SOURCES = sorted((Path(__file__).parent / "csrc").glob("*.cpp"))
HEADERS = sorted((Path(__file__).parent / "csrc").glob("*.h"))
CFLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno", "-fopenmp"]
"""`-ffp-contract=off` keeps de-quantization a mul then an add, bit for bit gguf-py's;
`-fno-math-errno` lets `omp simd` loops call glibc's vector `expf`."""
ENV_VAR = "LOOPWRIGHT_CPU_KERNELS"
"""`off` keeps the engine on its PyTorch path (for A/B measurements and as an escape hatch)."""


class CPUKernelsUnavailable(RuntimeError):
    """The extension could not be built or loaded here; the message says why."""


def kernels_enabled() -> bool:
    """Whether the engine should use the C++ kernels at all (LOOPWRIGHT_CPU_KERNELS=off says no)."""
    return os.environ.get(ENV_VAR, "on").lower() not in ("off", "0", "false", "no")


def _build_dir(portable: bool) -> Path:
    digest = hashlib.sha256()
    for path in SOURCES + HEADERS:
        digest.update(path.read_bytes())
    digest.update(f"{torch.__version__}{CFLAGS}{portable}".encode())
    return Path.home() / ".cache" / "loopwright" / "kernels" / f"cpu-{digest.hexdigest()[:12]}"


@functools.cache
def load_extension(portable: bool = False) -> ModuleType:
    """The compiled kernels (built on first use); `portable` drops the AVX-512 paths (tests)."""
    from torch.utils.cpp_extension import load

    directory = _build_dir(portable)
    directory.mkdir(parents=True, exist_ok=True)
    name = "loopwright_cpu_portable" if portable else "loopwright_cpu"
    flags = CFLAGS + (["-DLOOPWRIGHT_PORTABLE"] if portable else [])
    try:
        return load(name, [str(s) for s in SOURCES], extra_cflags=flags, extra_ldflags=["-fopenmp"],
                    build_directory=str(directory))
    except Exception as exc:  # compiler, ninja or headers missing: all mean "stay on PyTorch"
        raise CPUKernelsUnavailable(
            f"could not build loopwright's C++ CPU kernels ({type(exc).__name__}: {str(exc).strip()[-400:]}); "
            f"install g++ and ninja (scripts/setup does) or set {ENV_VAR}=off"
        ) from exc


if __name__ == "__main__":  # scripts/setup: build ahead of the first engine
    print(f"loopwright CPU kernels ready: {load_extension().__file__}")
