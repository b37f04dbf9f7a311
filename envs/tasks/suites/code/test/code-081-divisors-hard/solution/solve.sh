#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def has_divisors(n):
    return sum(1 for d in range(1, n + 1) if n % d == 0) == 8
PY
