#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bottom_value(xs):
    return min(xs)
PY
