"""The llama.cpp peer of the benches: llama-cpp-python built for this CPU, and a record of how.

A native build (`GGML_NATIVE=ON`, the default) segfaults on the AMX CPUs of these machines,
and pip's wheel cache would hand a build made for one CPU to another. So the build is
`GGML_NATIVE=OFF` with each instruction set switched on only where /proc/cpuinfo lists it,
AMX always off, compiled from source without the wheel cache; `BUILD_RECORD` in the venv
says which flags and CPU it was built for, and is rebuilt when the CPU differs. The decode
bench prints that record beside llama.cpp's own system info, so every figure names the
build it measured.

    python -m loopwright.bench.llama_cpp_build            # build if missing or for another CPU
    python -m loopwright.bench.llama_cpp_build --show     # print the record
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from loopwright.kernels.cpu_features import CPUInfo, host_cpu

VERSION = "0.3.36"
"""The llama-cpp-python release measured against (llama.cpp vendored inside it)."""
BUILD_RECORD = Path(sys.prefix) / "llama_cpp_build.json"

ISA_OPTIONS = {
    "GGML_AVX": "avx",
    "GGML_AVX2": "avx2",
    "GGML_FMA": "fma",
    "GGML_F16C": "f16c",
    "GGML_AVX512": "avx512f",
    "GGML_AVX512_VBMI": "avx512vbmi",
    "GGML_AVX512_VNNI": "avx512_vnni",
    "GGML_AVX512_BF16": "avx512_bf16",
    "GGML_AVX_VNNI": "avx_vnni",
}
"""llama.cpp's CMake switch for each instruction set, and the /proc/cpuinfo flag it needs."""
ALWAYS_OFF = ("GGML_NATIVE", "GGML_AMX_TILE", "GGML_AMX_INT8", "GGML_AMX_BF16")
"""Native detection (segfaults on AMX CPUs here) and AMX itself (the same crash)."""


def cmake_args(cpu: CPUInfo) -> list[str]:
    """The CMake switches of a build for `cpu`: its instruction sets on, the rest off."""
    isa = [f"-D{option}={'ON' if flag in cpu.flags else 'OFF'}" for option, flag in ISA_OPTIONS.items()]
    return [f"-D{option}=OFF" for option in ALWAYS_OFF] + isa


def read_record() -> dict | None:
    """The record of the installed build, or None when none was made by this module."""
    try:
        return json.loads(BUILD_RECORD.read_text())
    except (OSError, ValueError):
        return None


def is_current(record: dict | None, cpu: CPUInfo) -> bool:
    """Whether the recorded build is this version, made for this CPU model and flags."""
    return record is not None and record.get("version") == VERSION and record.get("cpu_key") == cpu.cache_key()


def install(cpu: CPUInfo) -> dict:
    """Compiles and installs llama-cpp-python for `cpu` (~10 minutes on 2 cores), then records it."""
    args = cmake_args(cpu)
    print(f"building llama-cpp-python {VERSION} for {cpu.model_name}: {' '.join(args)}", file=sys.stderr)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-cache-dir", "--force-reinstall", "--no-deps",
         "--no-binary", "llama-cpp-python", f"llama-cpp-python=={VERSION}"],
        check=True, env={**os.environ, "CMAKE_ARGS": " ".join(args), "FORCE_CMAKE": "1"},
    )
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "diskcache>=5.6", "jinja2>=2.11",
                    "typing-extensions>=4.5"], check=True)  # its pure-Python dependencies, no torch
    record = {"version": VERSION, "cpu_model": cpu.model_name, "cpu_key": cpu.cache_key(), "cmake_args": args}
    BUILD_RECORD.write_text(json.dumps(record, indent=2) + "\n")
    return record


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="Print the installed build's record and exit.")
    parser.add_argument("--force", action="store_true", help="Rebuild even when the record matches this CPU.")
    args = parser.parse_args(argv)
    cpu, record = host_cpu(), read_record()
    if args.show:
        print(json.dumps(record) if record else "no llama-cpp-python build recorded: run without --show")
        return
    if is_current(record, cpu) and not args.force:
        print(f"llama-cpp-python {VERSION} already built for this CPU: {BUILD_RECORD}", file=sys.stderr)
        return
    install(cpu)


if __name__ == "__main__":
    main()
