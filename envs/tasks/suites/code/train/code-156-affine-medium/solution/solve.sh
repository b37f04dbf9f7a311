#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def adjust(x):
    return x * 6 - 9
PY
