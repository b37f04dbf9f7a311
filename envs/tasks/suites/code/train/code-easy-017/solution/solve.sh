#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_5(x):
    return x + 5
PY
