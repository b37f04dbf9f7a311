#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_1_9(x):
    return max(-9, min(-1, x))
PY
