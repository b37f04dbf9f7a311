#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_10_28(x):
    return max(0, min(18, x))
PY
