#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_42(x):
    return x * 42
PY
