#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def check(n):
    return n % 3 == 0 and n % 7 == 0
PY
