"""Builds and loads the C++ CPU kernels in `csrc/` (GGUF block matmuls, layer stack), per variant.

Variants of the same sources, by the hand-written code they hold (`loopwright.h` picks it from
what the compiler targets): `AMX` (the VNNI build plus AMX-BF16 tiles for batches), `AVX512_VNNI` (AVX-512 fp32 paths, int8 dot products by
`vpdpbusd`), `AVX512` (AVX-512 fp32 paths, int8 by AVX2), `AVX2` (int8 by `vpmaddubsw`, fp32
in plain loops) and `PORTABLE` (`-DLOOPWRIGHT_PORTABLE`: plain loops the compiler vectorises
for whatever this CPU has). Which one runs is chosen in `backends.py`. All are compiled with
`-march=native`, so a build is only valid on the CPU it was built for: the cache folder is
keyed by the sources, the flags, the torch version and the CPU's model and flags, and lives
under `user_cache_dir("kernels")` (LOOPWRIGHT_CACHE_DIR honoured). torch's extension builder
takes ~1 min per variant on two cores, once per machine.
"""

import fcntl
import functools
import hashlib
import importlib.util
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import torch

from loopwright.kernels.cpu_features import CPUInfo, host_cpu
from loopwright.kernels.user_cache import user_cache_dir

log = logging.getLogger(__name__)

SOURCES = sorted((Path(__file__).parent / "csrc").glob("*.cpp"))
HEADERS = sorted((Path(__file__).parent / "csrc").glob("*.h"))
BUILT_STAMP = "built.sha256"
"""Written in a build folder once its module has loaded, holding the library's digest: a folder
without it (a build killed half way) or whose library differs is built again, not imported."""
BASE_CFLAGS = ("-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno", "-fno-trapping-math", "-fopenmp")
"""`-ffp-contract=off` keeps de-quantization a mul then an add, bit for bit gguf-py's. Nothing
reads errno or floating-point exception flags, and without `-fno-math-errno -fno-trapping-math`
GCC 12 keeps a loop's float compares, selects and min/max as branches and leaves it scalar
(sampling.cpp's 49k-token loops ran 4x slower); neither changes a result."""


class CPUKernelsUnavailable(RuntimeError):
    """The extension could not be built or loaded here; the message says why."""


@dataclass(frozen=True)
class CPUBuild:
    """One compiled variant of the kernels and the CPU features its code needs."""

    name: str
    """"avx512" or "portable"; also names the extension module and its cache folder."""
    isa: tuple[str, ...] = ()
    """CPU flags (Linux /proc/cpuinfo names) the code is compiled to use, each passed as `-m<flag>`:
    the build executes their instructions, so it must never run on a CPU without them."""
    excluded: tuple[str, ...] = ()
    """CPU flags the code must not use even where this CPU has them (`-mno-<flag>`, after
    `-march=native`): a build holds the same hand-written paths on every machine, so the tests
    can run each build the CPU can run and know which code they ran."""
    defines: tuple[str, ...] = field(default=())
    """Preprocessor switches, e.g. LOOPWRIGHT_PORTABLE (no hand-written SIMD code)."""

    @property
    def required_features(self) -> frozenset[str]:
        return frozenset(self.isa)

    @property
    def cflags(self) -> list[str]:
        return [*BASE_CFLAGS, *(f"-m{_gcc_name(flag)}" for flag in self.isa),
                *(f"-mno-{_gcc_name(flag)}" for flag in self.excluded), *(f"-D{name}" for name in self.defines)]


GCC_NAMES = {"avx512_vnni": "avx512vnni", "avx512_bf16": "avx512bf16", "amx_tile": "amx-tile", "amx_bf16": "amx-bf16"}
"""/proc/cpuinfo names that g++'s `-m` options spell differently."""


def _gcc_name(flag: str) -> str:
    return GCC_NAMES.get(flag, flag)


AMX = CPUBuild("amx", isa=("avx512f", "avx512bw", "avx512_vnni", "avx512_bf16", "amx_tile", "amx_bf16", "avx2", "fma"))
"""The AVX-512 VNNI build plus batches of `MATRIX_UNIT_MIN_ROWS` or more on AMX-BF16 tiles
(Sapphire Rapids on)."""
AVX512_BF16 = CPUBuild("avx512_bf16", isa=("avx512f", "avx512bw", "avx512_vnni", "avx512_bf16", "avx2", "fma"),
                       excluded=("amx_tile",))
"""The AVX-512 VNNI build plus prefill, decode steps of 8+ rows and the LM head's batches on bf16
panels by `vdpbf16ps` (bf16_panels.cpp), and attention over a bf16 cache by `vdpbf16ps`
(attention_bf16.cpp); Zen 4 on, Cooper Lake: AVX512-BF16 without AMX."""
AVX512_VNNI = CPUBuild("avx512_vnni", isa=("avx512f", "avx512bw", "avx512_vnni", "avx2", "fma"),
                       excluded=("amx_tile", "avx512_bf16"))
"""AVX-512 fp32 paths and int8 dot products by `vpdpbusd`, decode batches on int8 panels
(int8_panels.cpp; Ice Lake, Sapphire Rapids, Zen 4 on)."""
AVX512 = CPUBuild("avx512", isa=("avx512f", "avx2", "fma"), excluded=("avx512_vnni",))
"""AVX-512F fp32 paths, int8 dot products by AVX2 (Skylake-X: AVX-512 without VNNI)."""
AVX2 = CPUBuild("avx2", isa=("avx2", "fma", "f16c"), excluded=("avx512f",))
"""Int8 dot products by `vpmaddubsw` + `vpmaddwd` (laptops, AVX2-only servers); fp32 in plain loops."""
PORTABLE = CPUBuild("portable", defines=("LOOPWRIGHT_PORTABLE",))
"""Runs on any CPU g++ can target; the fallback without AVX2 and FMA."""
BUILDS = (AMX, AVX512_BF16, AVX512_VNNI, AVX512, AVX2, PORTABLE)
"""Every variant, fastest first: `backends.cpu_build_for` takes the first the CPU can run."""


def build_dir(build: CPUBuild, cpu: CPUInfo) -> Path:
    """The cache folder of `build` for `cpu`: a new one whenever anything that shapes the
    machine code changes (sources, flags, torch, Python's ABI, the CPU's model or flags), so a
    folder that holds a finished build can be imported as it is."""
    digest = hashlib.sha256()
    for path in SOURCES + HEADERS:
        digest.update(path.read_bytes())
    digest.update(f"{torch.__version__}\n{sys.implementation.cache_tag}\n{build.cflags}\n{cpu.cache_key()}".encode())
    return user_cache_dir("kernels") / f"cpu-{build.name}-{digest.hexdigest()[:12]}"


def load_build(build: CPUBuild) -> ModuleType:
    """The compiled `build` for this CPU (built on first use); refuses a build whose
    instructions this CPU lacks (it would die with SIGILL), naming the missing flags."""
    cpu = host_cpu()
    if missing := build.required_features - cpu.flags:
        raise CPUKernelsUnavailable(
            f"the {build.name} build of the CPU kernels needs {', '.join(sorted(missing))}, "
            f"which this CPU ({cpu.model_name}) lacks"
        )
    return _compiled(build, cpu)


@functools.cache
def _compiled(build: CPUBuild, cpu: CPUInfo) -> ModuleType:
    """Imports the finished build in its folder, or builds it first. Processes take turns
    under an flock, which the kernel drops when its holder dies: torch's own build lock is a
    file that a process killed while holding it leaves behind, and every later start then
    waited for it forever, silently."""
    from torch.utils.cpp_extension import load

    directory = build_dir(build, cpu)
    name = f"loopwright_cpu_{build.name}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory / ".flock", "w") as turn:
            fcntl.flock(turn, fcntl.LOCK_EX)
            (directory / "lock").unlink(missing_ok=True)  # torch's, left by a killed build: we hold the turn
            library, stamp = directory / f"{name}.so", directory / BUILT_STAMP
            if stamp.is_file() and library.is_file():
                if stamp.read_text() == _digest(library):
                    return _import(name, library)
                log.warning("rebuilding the CPU kernels in %s: %s is not the library that was built", directory, library)
                stamp.unlink()
                library.unlink(missing_ok=True)  # else ninja finds it newer than its objects and keeps it
            module = load(name, [str(s) for s in SOURCES], extra_cflags=build.cflags,
                          extra_ldflags=["-fopenmp"], build_directory=str(directory))
            if library.is_file():  # else torch named it another version (`_v1`): no stamp, built again next time
                stamp.write_text(_digest(library))
            return module
    except Exception as exc:  # compiler, ninja or headers missing: all mean "stay on PyTorch"
        raise CPUKernelsUnavailable(
            f"could not build loopwright's C++ CPU kernels ({type(exc).__name__}: {str(exc).strip()[-400:]}); "
            "install g++ and ninja (scripts/setup does) or set LOOPWRIGHT_CPU_KERNELS=off"
        ) from exc


def _digest(library: Path) -> str:
    """The library's SHA-256: a torn file is caught here, because importing one dies of SIGBUS
    instead of raising."""
    return hashlib.sha256(library.read_bytes()).hexdigest()


def _import(name: str, library: Path) -> ModuleType:
    """The built extension module, imported as torch's builder would once it finished (torch
    is imported first, so the module finds libtorch's symbols)."""
    spec = importlib.util.spec_from_file_location(name, library)
    if spec is None or spec.loader is None:
        raise ImportError(f"{library} is not an importable extension module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
