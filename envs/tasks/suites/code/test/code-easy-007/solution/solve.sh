#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_25(x):
    return x - 25
PY
