"""`python -m loopwright.envs.tasks.generate`: rewrites the shipped suites from a seed."""

import argparse
from pathlib import Path

from loopwright.envs.tasks.generate import SUITES, generate_suite
from loopwright.envs.tasks.suite import SUITES_ROOT


def main() -> None:
    parser = argparse.ArgumentParser(
        description="Generates the shipped task suites reproducibly from a seed.",
        epilog="example: python -m loopwright.envs.tasks.generate --suite shell --seed 0",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=SUITES_ROOT)
    parser.add_argument("--suite", action="append", choices=sorted(SUITES),
                        help="Suite to write (repeatable; default: all).")
    args = parser.parse_args()
    for suite in args.suite or sorted(SUITES):
        counts = generate_suite(suite, args.out, args.seed)
        print(f"wrote {args.out / suite}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
