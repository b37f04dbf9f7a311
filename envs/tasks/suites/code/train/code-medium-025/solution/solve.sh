#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_3_36(x):
    return max(-7, min(26, x))
PY
