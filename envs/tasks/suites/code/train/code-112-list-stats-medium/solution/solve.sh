#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def aggregate(xs):
    return min(xs[:3])
PY
