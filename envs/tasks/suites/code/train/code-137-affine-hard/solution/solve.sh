#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return x * x + 3 * x - 1
PY
