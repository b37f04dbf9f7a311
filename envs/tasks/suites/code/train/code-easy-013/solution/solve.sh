#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_40(x):
    return x - 40
PY
