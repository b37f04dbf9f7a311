#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_17_29(x):
    return max(7, min(19, x))
PY
