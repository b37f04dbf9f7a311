"""files: interim placeholder (being rebuilt)."""

import random

from loopwright.envs.tasks.generate.spec import Family, Level, TaskSpec


def answer_task(key: str, instruction: str, value: int, expr: str) -> TaskSpec:
    """A task whose answer is one integer in /workspace/answer.txt; the oracle computes
    `expr` with python3."""
    return TaskSpec(
        key=key,
        instruction=instruction + "\nWrite only the resulting integer to /workspace/answer.txt, then finish.",
        check=f'[ "$(tr -d "[:space:]" < /workspace/answer.txt 2>/dev/null)" = "{value}" ]',
        solution=f"python3 -c 'print({expr})' > /workspace/answer.txt",
    )


def expression(rng: random.Random, level: Level) -> TaskSpec:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    expr = f"{a} {rng.choice('+-*')} {b}"
    value = eval(expr, {"__builtins__": {}})
    return answer_task(expr, f"Compute the exact value of the Python expression `{expr}`.", value, expr)


def product(rng: random.Random, level: Level) -> TaskSpec:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    return answer_task(f"p{a}*{b}", f"Multiply {a} by {b}.", a * b, f"{a} * {b}")


FAMILIES = [Family("expression", expression), Family("product", product, transfer=True)]
