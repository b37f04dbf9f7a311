#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_11_32(x):
    return max(1, min(22, x))
PY
