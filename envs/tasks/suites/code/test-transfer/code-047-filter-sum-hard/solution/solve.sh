#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sum_selected(xs):
    return sum(x for x in xs if x % 5 == 0 and x % 4 != 0)
PY
