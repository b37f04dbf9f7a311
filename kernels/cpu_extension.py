"""`python -m loopwright.kernels.cpu_extension`: builds the C++ kernels this CPU will run, ahead
of the first engine (scripts/setup calls it; a build takes ~1 min on two cores).
"""

from loopwright.kernels.backends import cpu_build_for, cpu_kernels
from loopwright.kernels.cpu_features import host_cpu

if __name__ == "__main__":
    print(f"loopwright CPU kernels ({cpu_build_for(host_cpu()).name} build) ready: {cpu_kernels().__file__}")
