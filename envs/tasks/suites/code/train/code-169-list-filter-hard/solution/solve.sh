#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keep(xs):
    return [x for x in xs if x % 5 == 0 and x % 3 != 0]
PY
