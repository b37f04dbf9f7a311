#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_divisible(n):
    return n % 3 == 0
PY
