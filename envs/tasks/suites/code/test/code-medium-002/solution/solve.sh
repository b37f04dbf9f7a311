#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_5_29(x):
    return max(-5, min(19, x))
PY
