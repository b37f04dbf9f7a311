#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_18_35(x):
    return max(8, min(25, x))
PY
