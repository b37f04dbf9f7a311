#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound(x):
    return max(4, min(33, x))
PY
