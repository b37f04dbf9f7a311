#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return (x + 3) * (x - 8)
PY
