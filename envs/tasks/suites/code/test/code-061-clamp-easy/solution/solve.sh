#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def limit(x):
    return min(x, 52)
PY
