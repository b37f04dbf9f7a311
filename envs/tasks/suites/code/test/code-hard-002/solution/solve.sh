#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fib_mod_44(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 44
    return a
PY
