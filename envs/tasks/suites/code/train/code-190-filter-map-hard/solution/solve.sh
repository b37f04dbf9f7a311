#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def select_and_change(xs):
    return [x + -1 for x in xs if x % 4 == 0 and x > -1]
PY
