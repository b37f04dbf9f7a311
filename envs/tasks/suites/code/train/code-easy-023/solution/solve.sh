#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_20(x):
    return x - 20
PY
