#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_46(x):
    return x + 46
PY
