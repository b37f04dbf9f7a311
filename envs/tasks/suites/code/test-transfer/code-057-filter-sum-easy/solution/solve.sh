#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def filtered_total(xs):
    return sum(x for x in xs if x % 2 == 0)
PY
