#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound(x):
    return max(12, min(64, x))
PY
