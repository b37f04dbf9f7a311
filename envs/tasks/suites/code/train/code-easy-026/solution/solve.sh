#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_20(x):
    return x + 20
PY
