#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def convert(x):
    return x * x + 4 * x - 34
PY
