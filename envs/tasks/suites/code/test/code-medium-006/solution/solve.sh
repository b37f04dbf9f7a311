#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_2_27(x):
    return max(-8, min(17, x))
PY
