#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def measure(xs):
    return min(xs[:4])
PY
