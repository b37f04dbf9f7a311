#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_16(x):
    return x * 16
PY
