#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_13_20(x):
    return max(3, min(10, x))
PY
