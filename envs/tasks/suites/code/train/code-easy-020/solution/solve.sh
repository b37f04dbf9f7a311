#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_26(x):
    return x + 26
PY
