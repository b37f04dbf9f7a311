#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def measure(xs):
    return sum(xs[:2])
PY
