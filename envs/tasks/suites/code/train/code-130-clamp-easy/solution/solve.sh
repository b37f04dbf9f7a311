#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp(x):
    return min(x, 28)
PY
