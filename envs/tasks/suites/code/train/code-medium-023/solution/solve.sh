#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_14_21(x):
    return max(4, min(11, x))
PY
