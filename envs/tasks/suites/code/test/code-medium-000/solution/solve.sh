#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_6_29(x):
    return max(-4, min(19, x))
PY
