"""Which C++ build runs on which CPU, where builds are cached, and the constants C++ exports."""

import platform
import subprocess
import sysconfig
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from loopwright.kernels import backends, cpu_build, linear
from loopwright.kernels.cpu_build import (
    AMX,
    AVX2,
    AVX512,
    AVX512_BF16,
    AVX512_VNNI,
    BUILDS,
    PORTABLE,
    CPUKernelsUnavailable,
    build_dir,
    load_build,
)
from loopwright.kernels.cpu_features import CPUInfo, host_cpu, parse_cpuinfo
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS
from tests.kernels.test_gguf_matmul import random_blocks

ICE_LAKE = CPUInfo("Intel(R) Xeon(R) Platinum 8375C CPU",
                   frozenset(["sse2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl", "avx512_vnni"]))
ZEN4 = CPUInfo("AMD EPYC 9454 48-Core Processor", ICE_LAKE.flags | {"avx512_bf16"})
SKYLAKE_X = CPUInfo("Intel(R) Xeon(R) Gold 6140 CPU", frozenset(["sse2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw"]))
SAPPHIRE_RAPIDS = CPUInfo("Intel(R) Xeon(R) Platinum 8480+", ZEN4.flags | {"amx_tile", "amx_bf16", "amx_int8"})
ZEN3 = CPUInfo("AMD EPYC 7763 64-Core Processor", frozenset(["sse2", "avx", "avx2", "fma", "f16c"]))
ZEN4_IN_A_VM_WITHOUT_AVX512 = CPUInfo(ZEN4.model_name, ZEN3.flags)
INT8_DOT = {"amx": "vnni", "avx512_bf16": "vnni", "avx512_vnni": "vnni", "avx512": "avx2", "avx2": "avx2", "portable": "portable"}
"""How each build's int8 path multiplies (the extension's INT8_DOT)."""

CPUINFO_X86 = """processor\t: 0
vendor_id\t: AuthenticAMD
model name\t: AMD EPYC 9454 48-Core Processor
flags\t\t: fpu sse2 avx2 fma avx512f

processor\t: 1
model name\t: something else
flags\t\t: fpu
"""
CPUINFO_ARM = "processor\t: 0\nFeatures\t: fp asimd sve\nCPU part\t: 0xd40\n"


def test_cpuinfo_gives_the_first_processors_model_and_flags():
    assert parse_cpuinfo(CPUINFO_X86) == CPUInfo("AMD EPYC 9454 48-Core Processor",
                                                 frozenset({"fpu", "sse2", "avx2", "fma", "avx512f"}))
    assert parse_cpuinfo(CPUINFO_ARM) == CPUInfo("0xd40", frozenset({"fp", "asimd", "sve"}))


def test_each_build_is_chosen_only_where_the_cpu_has_its_instructions(monkeypatch):
    monkeypatch.delenv(backends.CPU_BUILD_ENV, raising=False)
    assert backends.cpu_build_for(SAPPHIRE_RAPIDS) is AMX
    assert backends.cpu_build_for(ZEN4) is AVX512_BF16
    assert backends.cpu_build_for(ICE_LAKE) is AVX512_VNNI
    assert backends.cpu_build_for(SKYLAKE_X) is AVX512
    assert backends.cpu_build_for(ZEN3) is AVX2
    assert backends.cpu_build_for(ZEN4_IN_A_VM_WITHOUT_AVX512) is AVX2
    assert backends.cpu_build_for(CPUInfo("AVX-512 without FMA flags", frozenset({"avx512f"}))) is PORTABLE
    assert backends.cpu_build_for(CPUInfo("no /proc/cpuinfo", frozenset())) is PORTABLE
    assert AVX512.required_features == {"avx512f", "avx2", "fma"}
    assert {"-mavx512f", "-mavx2", "-mfma"} <= set(AVX512.cflags)


def test_the_environment_names_another_build_and_an_unknown_name_is_refused(monkeypatch):
    monkeypatch.setenv(backends.CPU_BUILD_ENV, "AVX2")
    assert backends.cpu_build_for(SAPPHIRE_RAPIDS) is AVX2
    monkeypatch.setenv(backends.CPU_BUILD_ENV, "amx")
    assert backends.cpu_build_for(ZEN3) is AMX  # load_build refuses it there, naming the missing flags
    monkeypatch.setenv(backends.CPU_BUILD_ENV, "sse9")
    with pytest.raises(ValueError, match="LOOPWRIGHT_CPU_BUILD='sse9' is not one of auto, amx, avx512_bf16, avx512_vnni"):
        backends.cpu_build_for(ZEN3)


def test_build_flags_name_what_each_build_may_and_may_not_use():
    """g++ spells avx512_vnni without the underscore; -mno- flags come after -march=native, so a
    build never holds code of a wider instruction set than its name says, even on a CPU that has it."""
    assert {"-mavx512f", "-mavx512bw", "-mavx512vnni"} <= set(AVX512_VNNI.cflags)
    assert {"-mavx512bf16", "-mamx-tile", "-mamx-bf16"} <= set(AMX.cflags)
    assert "-mavx512bf16" in AVX512_BF16.cflags and AVX512_BF16.cflags[-1] == "-mno-amx-tile"
    assert AVX512_VNNI.cflags[-2:] == ["-mno-amx-tile", "-mno-avx512bf16"]
    assert AVX512.cflags[-1] == "-mno-avx512vnni" and AVX2.cflags[-1] == "-mno-avx512f"
    assert AVX2.cflags.index("-march=native") < AVX2.cflags.index("-mno-avx512f")


def test_a_build_needing_missing_instructions_is_refused_before_compiling(monkeypatch, tmp_path):
    monkeypatch.setenv("LOOPWRIGHT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cpu_build, "host_cpu", lambda: ZEN3)
    with pytest.raises(CPUKernelsUnavailable, match="avx512f, which this CPU .AMD EPYC 7763.* lacks"):
        load_build(AVX512)
    assert not (tmp_path / "kernels").exists()  # nothing was built for it


def test_cache_key_changes_with_the_cpu_model_flags_and_build():
    dirs = {build_dir(b, cpu) for b in BUILDS for cpu in (ZEN4, ZEN3, ZEN4_IN_A_VM_WITHOUT_AVX512)}
    assert len(dirs) == len(BUILDS) * 3
    assert build_dir(PORTABLE, ZEN3) == build_dir(PORTABLE, CPUInfo(ZEN3.model_name, frozenset(ZEN3.flags)))


def test_cache_root_honours_loopwright_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("LOOPWRIGHT_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert build_dir(PORTABLE, ZEN3).parent == tmp_path / "elsewhere" / "kernels"
    monkeypatch.delenv("LOOPWRIGHT_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert build_dir(PORTABLE, ZEN3).parent == tmp_path / "home" / ".cache" / "loopwright" / "kernels"


def test_the_loaded_build_is_the_one_chosen_for_this_cpu():
    chosen = backends.cpu_build_for(host_cpu())
    assert INT8_DOT[chosen.name] == backends.cpu_kernels().INT8_DOT
    assert (chosen in (AMX, AVX512_BF16, AVX512_VNNI, AVX512)) == backends.cpu_kernels().AVX512


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
def test_every_build_holds_the_code_its_name_says(build):
    kernels = load_build(build)
    assert INT8_DOT[build.name] == kernels.INT8_DOT
    assert (build in (AMX, AVX512_BF16, AVX512_VNNI, AVX512)) == kernels.AVX512
    assert ("amx_bf16" if build is AMX else "none") == kernels.MATRIX_UNIT
    assert (build is AVX512_BF16) == kernels.BF16_PANELS


def test_linear_switches_from_blocks_to_dense_past_the_kernels_row_limit():
    """The PyTorch path follows the C++ rule: a dense weight that differs from the blocks shows
    which one each row count used. Past the limit the exact path goes dense; the fast path stays
    on the blocks only where the matrix units take the batch."""
    kernels = backends.cpu_kernels()
    limit = kernels.QUANTIZED_MAX_ROWS
    fast = QuantizedMatrix.from_blocks("Q8_0", random_blocks("Q8_0", 8, 64), 64)
    exact = replace(fast, exact=True)
    dense = torch.zeros(8, 64)
    assert linear(torch.ones(limit, 64), dense, exact).abs().sum() > 0  # from the blocks
    assert linear(torch.ones(limit + 1, 64), dense, exact).abs().sum() == 0  # from `dense`
    on_tiles = linear(torch.ones(limit + 1, 64), dense, fast).abs().sum() > 0
    assert on_tiles == (kernels.MATRIX_UNIT != "none")
    assert torch.equal(linear(torch.ones(2, 64), dense, None, torch.ones(8)), torch.ones(2, 8))


@pytest.mark.skipif(platform.machine() != "x86_64", reason="the SIMD builds target x86-64")
@pytest.mark.parametrize(("build", "source", "instruction"), [
    pytest.param(AVX512, "gguf_matmul.cpp", b"zmm", id="avx512-gguf_matmul"),
    pytest.param(AVX512, "layer_stack.cpp", b"zmm", id="avx512-layer_stack"),
    pytest.param(AVX512_VNNI, "gguf_int8.cpp", b"vpdpbusd", id="avx512_vnni-gguf_int8"),
    pytest.param(AVX2, "gguf_int8.cpp", b"vpmaddubsw", id="avx2-gguf_int8"),
    pytest.param(AMX, "gguf_amx.cpp", b"tdpbf16ps", id="amx-gguf_amx"),
])
def test_simd_code_compiles_on_any_x86_machine(tmp_path, build, source, instruction):
    """Where the CPU cannot run it, each build's hand-written code is still compiled (not loaded),
    so an edit that breaks it shows here, not on the next machine with that CPU."""
    from torch.utils.cpp_extension import include_paths

    includes = [f"-I{p}" for p in [*include_paths(), sysconfig.get_paths()["include"]]]
    source_path = Path(cpu_build.__file__).parent / "csrc" / source
    flags = [f for f in build.cflags if f != "-march=native"]  # the ISA flags alone, as on a foreign CPU
    result = subprocess.run(["g++", "-std=c++20", "-c", *flags, *includes, str(source_path), "-o", str(tmp_path / "o.o")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert instruction in subprocess.run(["objdump", "-d", str(tmp_path / "o.o")], capture_output=True).stdout
