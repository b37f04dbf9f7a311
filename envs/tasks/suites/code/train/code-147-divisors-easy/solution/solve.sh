#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_multiple(n):
    return n % 2 == 0
PY
