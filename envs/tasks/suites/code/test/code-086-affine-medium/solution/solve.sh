#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return x * 8 - 31
PY
