#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def filtered_total(xs):
    return sum(x for x in xs if x % 4 == 0 and x % 3 != 0)
PY
