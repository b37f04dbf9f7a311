#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def smallest(xs):
    return min(xs)
PY
