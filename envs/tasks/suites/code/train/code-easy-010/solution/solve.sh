#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_3(x):
    return x * 3
PY
