"""Maps the design's top-level folders onto the one import namespace `loopwright`.

`kernels/` becomes `loopwright.kernels`, `envs/tasks/` becomes `loopwright.envs.tasks`, and
so on, so nothing generic like `tools` lands in a user's site-packages. The package list is
computed from the tree so a new subpackage needs no edit here.
"""

from setuptools import find_packages, setup

SUBPACKAGES = ["kernels", "models", "tools", "envs", "agent", "memory", "train", "tui", "bench", "scale"]

packages = ["loopwright", *find_packages(include=["loopwright.*"])]
for top in SUBPACKAGES:
    packages += [f"loopwright.{p}" for p in find_packages(include=[top, f"{top}.*"])]

setup(
    packages=packages,
    package_dir={"loopwright": "loopwright", **{f"loopwright.{t}": t for t in SUBPACKAGES}},
    # Files the code opens at run time; a non-editable install (a wheel) must carry them.
    package_data={
        "loopwright.tui": ["*.tcss"],
        "loopwright.kernels": ["csrc/*.cpp", "csrc/*.h"],
        "loopwright.envs.tasks": ["suites/**/*"],
    },
)
