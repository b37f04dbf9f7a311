#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def measure(xs):
    return sum(sorted(xs)[-2:])
PY
