#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def check(n):
    return n % 5 == 0 or n % 4 == 0
PY
