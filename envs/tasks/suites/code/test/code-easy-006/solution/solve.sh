#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_15(x):
    return x + 15
PY
