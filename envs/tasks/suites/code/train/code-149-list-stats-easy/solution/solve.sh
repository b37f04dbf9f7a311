#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def lowest(xs):
    return min(xs)
PY
