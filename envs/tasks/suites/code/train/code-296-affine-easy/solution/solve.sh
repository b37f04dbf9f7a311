#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def compute(x):
    return x + 59
PY
