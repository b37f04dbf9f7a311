#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def compute(x):
    return x * x + 6 * x - 35
PY
