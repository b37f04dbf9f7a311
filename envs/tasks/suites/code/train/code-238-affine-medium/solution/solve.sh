#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def compute(x):
    return x * 8 + 37
PY
