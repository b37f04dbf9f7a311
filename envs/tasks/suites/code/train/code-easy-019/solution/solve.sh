#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_12(x):
    return x - 12
PY
