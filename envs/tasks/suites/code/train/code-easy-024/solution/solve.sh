#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_4(x):
    return x - 4
PY
