#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sum_of(xs):
    return sum(xs)
PY
