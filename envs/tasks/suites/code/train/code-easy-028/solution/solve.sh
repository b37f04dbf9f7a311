#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_8(x):
    return x * 8
PY
