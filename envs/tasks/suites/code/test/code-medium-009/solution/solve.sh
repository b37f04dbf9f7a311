#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_10_15(x):
    return max(0, min(5, x))
PY
