#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def score(xs):
    return min(xs[:3])
PY
