#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def adjust(x):
    return x * x + 6 * x - 18
PY
