#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_check(n):
    return sum(1 for d in range(1, n + 1) if n % d == 0) == 4
PY
