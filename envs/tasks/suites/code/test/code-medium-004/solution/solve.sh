#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_13_34(x):
    return max(3, min(24, x))
PY
