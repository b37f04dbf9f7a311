#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound(x):
    return max(16, min(62, x))
PY
