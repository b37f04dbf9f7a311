#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_25(x):
    return x * 25
PY
