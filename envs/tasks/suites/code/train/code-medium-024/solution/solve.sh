#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_13_32(x):
    return max(3, min(22, x))
PY
