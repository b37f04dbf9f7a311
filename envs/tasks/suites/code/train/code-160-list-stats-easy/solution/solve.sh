#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def total(xs):
    return sum(xs)
PY
