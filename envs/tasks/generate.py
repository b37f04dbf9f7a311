"""Generates the shipped suites (arith, files, code) reproducibly from a seed.

    python -m loopwright.envs.tasks.generate --seed 0 --out envs/tasks/suites

Each suite holds the same number of tasks per difficulty (easy, medium, hard); every task
is unique within its suite (by content), and each difficulty is shuffled with the seed and
cut into train and test, so the splits never overlap and both span the whole range.
"""

import argparse
import random
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(slots=True)
class TaskSpec:
    key: str
    """Content identity, used to drop duplicates."""
    instruction: str
    check: str
    """A bash condition (exit 0 = pass) run by tests/test.sh."""
    solution: str
    """The oracle's shell commands (solution/solve.sh)."""
    tests: dict[str, str] = field(default_factory=dict)
    """Extra files in tests/ besides test.sh."""
    environment: dict[str, str] = field(default_factory=dict)
    """Files copied into /workspace before the run."""


Maker = Callable[[random.Random], TaskSpec]

# ---- arith ------------------------------------------------------------------------------


def _arith(expr: str) -> TaskSpec:
    value = eval(expr, {"__builtins__": {}})  # our own generated integer expression
    return TaskSpec(
        key=expr,
        instruction=(
            f"Compute the exact value of the Python expression `{expr}` (use the python tool).\n"
            "Write only the resulting integer to /workspace/answer.txt, then finish."
        ),
        check=f'[ "$(tr -d "[:space:]" < /workspace/answer.txt 2>/dev/null)" = "{value}" ]',
        solution=f"python3 -c 'print({expr})' > /workspace/answer.txt",
    )


def arith_easy(rng: random.Random) -> TaskSpec:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    return _arith(f"{a} {rng.choice('+-*')} {b}")


def arith_medium(rng: random.Random) -> TaskSpec:
    a, b, c = rng.randint(10, 999), rng.randint(2, 99), rng.randint(2, 99)
    return _arith(rng.choice([f"{a} * {b} + {c}", f"({a} - {b}) * {c}", f"{a} // {b} + {c}"]))


def arith_hard(rng: random.Random) -> TaskSpec:
    a, b, c, d = (rng.randint(100, 9999) for _ in range(4))
    e = rng.randint(2, 5)
    return _arith(
        rng.choice(
            [f"({a} * {b} - {c}) % {d}", f"{a} ** {e} - {b} * {c}", f"({a} + {b}) * ({c} - {d}) // 7"]
        )
    )


# ---- files ------------------------------------------------------------------------------

WORDS = ["apple", "river", "stone", "cloud", "maple", "ember", "frost", "coral", "amber", "lotus"]
WORDS += ["cedar", "delta"]


def _expect_file(path: str, content: str) -> str:
    return f'[ -f {path} ] && [ "$(cat {path})" = "{content}" ]'


def files_easy(rng: random.Random) -> TaskSpec:
    name, word = f"{rng.choice(WORDS)}.txt", rng.choice(WORDS)
    n = rng.randint(1, 99)
    content = f"{word} {n}"
    return TaskSpec(
        key=f"create {name} {content}",
        instruction=f"Create the file /workspace/{name} containing exactly `{content}`, then finish.",
        check=_expect_file(f"/workspace/{name}", content),
        solution=f"printf '%s\\n' '{content}' > /workspace/{name}",
    )


def files_medium(rng: random.Random) -> TaskSpec:
    name = f"{rng.choice(WORDS)}.txt"
    old, new = rng.sample(WORDS, 2)
    n = rng.randint(1, 99)
    before, after = f"{old} {n}", f"{new} {n}"
    return TaskSpec(
        key=f"edit {name} {old} {new} {n}",
        instruction=(
            f"The file /workspace/{name} contains `{before}`. Replace the word `{old}` with "
            f"`{new}` so the file contains exactly `{after}`, then finish."
        ),
        check=_expect_file(f"/workspace/{name}", after),
        solution=f"printf '%s\\n' '{after}' > /workspace/{name}",
        environment={name: before + "\n"},
    )


def files_hard(rng: random.Random) -> TaskSpec:
    src, dst_dir, word = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)
    n = rng.randint(1, 99)
    dst = f"/workspace/{dst_dir}/{src}.txt"
    content = f"{word} {n}"
    return TaskSpec(
        key=f"move {src} {dst_dir} {content}",
        instruction=(
            f"Move /workspace/{src}.txt into a new directory /workspace/{dst_dir}/ (keep its "
            f"name), then append a second line `{content}` to it. Finish when done."
        ),
        check=(
            f'[ ! -e /workspace/{src}.txt ] && [ -f {dst} ] '
            f'&& [ "$(sed -n 2p {dst})" = "{content}" ] && [ "$(sed -n 1p {dst})" = "{src}" ]'
        ),
        solution=(
            f"mkdir -p /workspace/{dst_dir} && mv /workspace/{src}.txt {dst} "
            f"&& printf '%s\\n' '{content}' >> {dst}"
        ),
        environment={f"{src}.txt": f"{src}\n"},
    )


# ---- code -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Function:
    signature: str
    doc: str
    body: str
    cases: list[tuple[str, str]]
    """(call arguments, expected value) as Python source."""


def _code(fn: Function) -> TaskSpec:
    name = fn.signature.split("(")[0]
    asserts = "\n".join(f"assert solution.{name}({a}) == {e}, {a!r}" for a, e in fn.cases)
    test_py = (
        "import importlib.util\n\n"
        'spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")\n'
        "solution = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(solution)\n\n" + asserts + "\n"
    )
    source = f"def {fn.signature}:\n{textwrap.indent(fn.body, '    ')}\n"
    return TaskSpec(
        key=fn.signature + fn.doc,
        instruction=(
            f"Write /workspace/solution.py defining `def {fn.signature}` that {fn.doc}. "
            "Hidden unit tests will import it. Finish when done."
        ),
        check="python3 /tests/test_solution.py",
        solution=f"cat > /workspace/solution.py <<'PY'\n{source}PY",
        tests={"test_solution.py": test_py},
    )


def code_easy(rng: random.Random) -> TaskSpec:
    k = rng.randint(2, 50)
    kind = rng.choice(["add", "mul", "sub"])
    op = {"add": "+", "mul": "*", "sub": "-"}[kind]
    xs = rng.sample(range(-20, 100), 4)
    return _code(
        Function(
            f"{kind}_{k}(x)",
            f"returns x {op} {k}",
            f"return x {op} {k}",
            [(str(x), str(eval(f"{x} {op} {k}"))) for x in xs],
        )
    )


def code_medium(rng: random.Random) -> TaskSpec:
    lo = rng.randint(-10, 10)
    hi = lo + rng.randint(5, 40)
    if rng.random() < 0.5:
        xs = [lo - 3, lo, (lo + hi) // 2, hi + 7]
        return _code(
            Function(
                f"clamp_{lo + 10}_{hi + 10}(x)".replace("-", "m"),
                f"returns x limited to the range [{lo}, {hi}]",
                f"return max({lo}, min({hi}, x))",
                [(str(x), str(max(lo, min(hi, x)))) for x in xs],
            )
        )
    ch = rng.choice("aeiou")
    words = ["banana", "queue", "sky", "education", "aardvark"]
    return _code(
        Function(
            f"count_{ch}(s)",
            f"returns how many times the letter {ch!r} occurs in the string s",
            f"return s.count({ch!r})",
            [(repr(w), str(w.count(ch))) for w in words],
        )
    )


def code_hard(rng: random.Random) -> TaskSpec:
    kind = rng.choice(["fib", "caesar", "rotate"])
    if kind == "fib":
        m = rng.randint(7, 997)
        cases = [(str(n), str(_fib(n) % m)) for n in (0, 1, 10, 30)]
        return _code(
            Function(
                f"fib_mod_{m}(n)",
                f"returns the n-th Fibonacci number (fib(0)=0, fib(1)=1) modulo {m}",
                f"a, b = 0, 1\nfor _ in range(n):\n    a, b = b, (a + b) % {m}\nreturn a",
                cases,
            )
        )
    k = rng.randint(1, 25)
    if kind == "caesar":
        words = ["hello", "xyz", "loopwright"]
        return _code(
            Function(
                f"caesar_{k}(s)",
                f"shifts every lowercase letter of s forward by {k} places in the alphabet "
                "(wrapping from z to a)",
                f"return ''.join(chr((ord(c) - 97 + {k}) % 26 + 97) for c in s)",
                [(repr(w), repr("".join(chr((ord(c) - 97 + k) % 26 + 97) for c in w))) for w in words],
            )
        )
    lists = [[1, 2, 3, 4, 5], [9, 8], [7]]
    return _code(
        Function(
            f"rotate_left_{k}(xs)",
            f"returns a new list with the items of xs rotated left by {k} places "
            "(an empty list stays empty)",
            f"if not xs:\n    return []\nk = {k} % len(xs)\nreturn xs[k:] + xs[:k]",
            [(repr(xs), repr(xs[k % len(xs):] + xs[: k % len(xs)])) for xs in lists] + [("[]", "[]")],
        )
    )


def _fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


SUITES: dict[str, dict[str, Maker]] = {
    "arith": {"easy": arith_easy, "medium": arith_medium, "hard": arith_hard},
    "files": {"easy": files_easy, "medium": files_medium, "hard": files_hard},
    "code": {"easy": code_easy, "medium": code_medium, "hard": code_hard},
}

# ---- writing ----------------------------------------------------------------------------


def test_script(check: str) -> str:
    return (
        "#!/usr/bin/env bash\n"
        "# Verifier: reward 1 when the check passes, else 0.\n"
        "mkdir -p /logs/verifier\n"
        f"if {check}; then echo 1 > /logs/verifier/reward.txt; "
        "else echo 0 > /logs/verifier/reward.txt; fi\n"
    )


def task_toml(suite: str, difficulty: str) -> str:
    return (
        'version = "1.0"\n\n[metadata]\n'
        f'difficulty = "{difficulty}"\ncategory = "{suite}"\ntags = ["loopwright", "{suite}"]\n\n'
        "[agent]\ntimeout_sec = 300.0\n\n[verifier]\ntimeout_sec = 60.0\n\n"
        "[environment]\ncpus = 1\nmemory_mb = 512\nallow_internet = false\n"
    )


def write_task(root: Path, suite: str, difficulty: str, spec: TaskSpec) -> None:
    root.mkdir(parents=True)
    (root / "instruction.md").write_text(spec.instruction + "\n")
    (root / "task.toml").write_text(task_toml(suite, difficulty))
    (root / "tests").mkdir()
    (root / "tests" / "test.sh").write_text(test_script(spec.check))
    for name, content in spec.tests.items():
        (root / "tests" / name).write_text(content)
    if spec.environment:
        (root / "environment").mkdir()
        for name, content in spec.environment.items():
            (root / "environment" / name).write_text(content)
    (root / "solution").mkdir()
    (root / "solution" / "solve.sh").write_text(f"#!/usr/bin/env bash\n{spec.solution}\n")


def unique_specs(maker: Maker, count: int, rng: random.Random) -> list[TaskSpec]:
    specs: dict[str, TaskSpec] = {}
    for _ in range(count * 200):
        spec = maker(rng)
        specs.setdefault(spec.key, spec)
        if len(specs) == count:
            return list(specs.values())
    raise RuntimeError(f"{maker.__name__} cannot make {count} distinct tasks")


def generate_suite(
    suite: str, out: Path, seed: int, per_difficulty: int = 30, test_fraction: float = 1 / 3
) -> None:
    """Writes `<out>/<suite>/{train,test}/<suite>-<difficulty>-<nnn>/` (replacing old ones)."""
    target = out / suite
    if target.exists():
        shutil.rmtree(target)
    for difficulty in DIFFICULTIES:
        rng = random.Random(f"{seed}:{suite}:{difficulty}")
        specs = unique_specs(SUITES[suite][difficulty], per_difficulty, rng)
        rng.shuffle(specs)
        n_test = round(per_difficulty * test_fraction)
        for i, spec in enumerate(specs):
            split = "test" if i < n_test else "train"
            task_id = f"{suite}-{difficulty}-{i:03d}"
            write_task(target / split / task_id, suite, difficulty, spec)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "suites")
    parser.add_argument("--per-difficulty", type=int, default=30)
    parser.add_argument("--suite", action="append", choices=sorted(SUITES))
    args = parser.parse_args()
    for suite in args.suite or sorted(SUITES):
        generate_suite(suite, args.out, args.seed, args.per_difficulty)
        print(f"wrote {args.out / suite}")


if __name__ == "__main__":
    main()
