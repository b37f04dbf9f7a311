#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_6_14(x):
    return max(-4, min(4, x))
PY
