#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def divisible(n):
    return n % 23 == 0
PY
