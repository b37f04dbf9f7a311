#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_0_15(x):
    return max(-10, min(5, x))
PY
