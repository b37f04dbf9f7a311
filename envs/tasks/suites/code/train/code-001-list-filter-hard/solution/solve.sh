#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keep(xs):
    return [x for x in xs if x % 4 == 0 and x % 5 != 0]
PY
