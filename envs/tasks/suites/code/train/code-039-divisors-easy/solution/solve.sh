#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_multiple(n):
    return n % 6 == 0
PY
