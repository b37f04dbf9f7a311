#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def measure(xs):
    return sum(xs[:5])
PY
