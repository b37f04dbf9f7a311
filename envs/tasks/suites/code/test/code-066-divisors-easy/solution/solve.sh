#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_divisible(n):
    return n % 20 == 0
PY
