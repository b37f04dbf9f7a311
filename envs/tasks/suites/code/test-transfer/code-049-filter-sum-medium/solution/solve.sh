#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sum_selected(xs):
    return sum(x for x in xs if x > 18)
PY
