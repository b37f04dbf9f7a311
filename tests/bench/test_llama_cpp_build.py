"""The llama.cpp peer's build switches follow /proc/cpuinfo: AMX and native detection always off."""

from loopwright.bench.llama_cpp_build import VERSION, cmake_args, is_current
from loopwright.kernels.cpu_features import CPUInfo

AMX_XEON = CPUInfo("Intel Xeon", frozenset(
    ["avx", "avx2", "fma", "f16c", "avx512f", "avx512_vnni", "avx512_bf16", "avx512vbmi", "amx_tile", "amx_int8", "amx_bf16"]))
LAPTOP = CPUInfo("AMD EPYC", frozenset(["avx", "avx2", "fma", "f16c"]))


def test_an_amx_cpu_gets_its_avx512_sets_and_no_amx():
    args = cmake_args(AMX_XEON)
    assert {"-DGGML_AVX512=ON", "-DGGML_AVX512_VNNI=ON", "-DGGML_AVX512_BF16=ON", "-DGGML_AVX512_VBMI=ON"} <= set(args)
    assert {"-DGGML_NATIVE=OFF", "-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF", "-DGGML_AMX_BF16=OFF"} <= set(args)


def test_an_avx2_cpu_gets_no_avx512():
    args = cmake_args(LAPTOP)
    assert {"-DGGML_AVX2=ON", "-DGGML_FMA=ON", "-DGGML_AVX512=OFF", "-DGGML_AVX512_VNNI=OFF"} <= set(args)


def test_a_build_for_another_cpu_or_version_is_not_current():
    record = {"version": VERSION, "cpu_key": LAPTOP.cache_key()}
    assert is_current(record, LAPTOP)
    assert not is_current(record, AMX_XEON)
    assert not is_current({**record, "version": "0.0.1"}, LAPTOP)
    assert not is_current(None, LAPTOP)
