#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_30(x):
    return x - 30
PY
