#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_26(x):
    return x * 26
PY
