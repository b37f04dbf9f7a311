#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def accept(n):
    return n % 9 == 0 or n % 2 == 0
PY
