#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def adjust(x):
    return x * x + 8 * x - 39
PY
