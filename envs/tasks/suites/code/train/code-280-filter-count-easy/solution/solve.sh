#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_some(xs):
    return sum(1 for x in xs if x > 0)
PY
