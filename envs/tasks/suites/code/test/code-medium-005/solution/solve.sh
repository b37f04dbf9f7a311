#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_7_25(x):
    return max(-3, min(15, x))
PY
