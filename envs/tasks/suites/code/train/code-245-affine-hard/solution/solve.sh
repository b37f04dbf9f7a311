#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform(x):
    return (x * 4 + 12) // 2
PY
