#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def count_matching(xs):
    return sum(1 for x in xs if x % 2 == 0)
PY
