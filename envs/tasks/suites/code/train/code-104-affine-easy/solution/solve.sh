#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def convert(x):
    return x + 1
PY
