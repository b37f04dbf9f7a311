#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def aggregate(xs):
    return sum(sorted(xs)[-4:])
PY
