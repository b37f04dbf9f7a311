#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_multiple(n):
    return n % 16 == 0
PY
