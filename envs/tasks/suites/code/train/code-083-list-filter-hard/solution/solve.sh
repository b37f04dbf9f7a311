#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keep(xs):
    return [x for x in xs if x % 2 == 0 and x > 13]
PY
