#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_4_14(x):
    return max(-6, min(4, x))
PY
