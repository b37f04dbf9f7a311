#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def check(n):
    return n % 3 == 0 or n % 5 == 0
PY
