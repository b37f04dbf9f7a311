#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def limit(x):
    return max(x, -9)
PY
