#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def check(n):
    return n % 12 == 0 and n % 8 == 0
PY
