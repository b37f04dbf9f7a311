#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return x * x + 5 * x - 33
PY
