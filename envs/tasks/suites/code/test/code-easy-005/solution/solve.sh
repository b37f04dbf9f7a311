#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_22(x):
    return x * 22
PY
