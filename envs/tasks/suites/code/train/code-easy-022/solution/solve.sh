#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mul_40(x):
    return x * 40
PY
