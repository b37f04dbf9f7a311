#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_15_38(x):
    return max(5, min(28, x))
PY
