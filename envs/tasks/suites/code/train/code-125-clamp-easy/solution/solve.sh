#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound(x):
    return max(x, -19)
PY
