#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def aggregate(xs):
    return sum(xs[:3])
PY
