#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_36(x):
    return x * 36
PY
