#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_15(x):
    return x * 15
PY
