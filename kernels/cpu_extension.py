"""`python -m loopwright.kernels.cpu_extension`: builds the C++ kernels this CPU will run, ahead
of the first engine (scripts/setup calls it; a build takes ~1 min on two cores).

It also still answers the engine's old import of `CPUKernelsUnavailable` and `kernels_enabled`
until models/engine.py takes them from `loopwright.kernels` (issue 11; then drop them here).
"""

from loopwright.kernels.backends import cpu_build_for, cpu_kernels, kernels_enabled
from loopwright.kernels.cpu_build import CPUKernelsUnavailable
from loopwright.kernels.cpu_features import host_cpu

__all__ = ["CPUKernelsUnavailable", "kernels_enabled"]

if __name__ == "__main__":
    print(f"loopwright CPU kernels ({cpu_build_for(host_cpu()).name} build) ready: {cpu_kernels().__file__}")
