#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def how_many(xs):
    return sum(1 for x in xs if x % 5 == 0 and x % 7 != 0)
PY
