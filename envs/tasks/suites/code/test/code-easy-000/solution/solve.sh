#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_50(x):
    return x * 50
PY
