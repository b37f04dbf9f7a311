#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_44(x):
    return x + 44
PY
