#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound(x):
    return max(-10, min(22, x))
PY
