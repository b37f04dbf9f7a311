#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def convert(x):
    return (x * 6 + 60) // 4
PY
