#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def convert(x):
    return (x * 7 + 45) // 5
PY
