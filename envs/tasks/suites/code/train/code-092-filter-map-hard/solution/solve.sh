#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def select_and_change(xs):
    return [x + 25 for x in xs if x % 5 == 0 and x > 25]
PY
