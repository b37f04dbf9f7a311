#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def score(xs):
    return sum(sorted(xs)[-5:])
PY
