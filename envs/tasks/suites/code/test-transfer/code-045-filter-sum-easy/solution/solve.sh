#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def add_some(xs):
    return sum(x for x in xs if x % 2 == 0)
PY
