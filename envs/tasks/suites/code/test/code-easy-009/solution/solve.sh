#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_3(x):
    return x - 3
PY
