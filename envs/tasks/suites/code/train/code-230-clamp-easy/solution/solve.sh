#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp(x):
    return max(x, 19)
PY
