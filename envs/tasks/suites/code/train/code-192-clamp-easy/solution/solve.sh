#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def limit(x):
    return max(x, 14)
PY
