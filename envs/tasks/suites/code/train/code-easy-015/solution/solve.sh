#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_38(x):
    return x - 38
PY
