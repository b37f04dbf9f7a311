#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_5_33(x):
    return max(-5, min(23, x))
PY
