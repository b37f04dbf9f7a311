#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_49(x):
    return x - 49
PY
