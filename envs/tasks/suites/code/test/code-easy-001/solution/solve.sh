#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_35(x):
    return x * 35
PY
