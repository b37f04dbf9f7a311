#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_12_46(x):
    return max(2, min(36, x))
PY
