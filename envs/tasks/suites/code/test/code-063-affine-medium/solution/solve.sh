#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def convert(x):
    return (x - 28) * 7
PY
