#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_2_39(x):
    return max(-8, min(29, x))
PY
