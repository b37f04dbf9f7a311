#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fib_mod_334(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 334
    return a
PY
