#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_20_46(x):
    return max(10, min(36, x))
PY
