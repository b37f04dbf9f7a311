#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sub_9(x):
    return x - 9
PY
