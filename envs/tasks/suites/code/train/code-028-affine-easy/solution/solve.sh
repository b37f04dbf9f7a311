#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return x - 14
PY
