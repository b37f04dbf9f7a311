#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_14_24(x):
    return max(4, min(14, x))
PY
