#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_36(x):
    return x - 36
PY
