#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp(x):
    return max(4, min(51, x))
PY
