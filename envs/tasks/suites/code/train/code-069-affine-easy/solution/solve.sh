#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return x - 20
PY
