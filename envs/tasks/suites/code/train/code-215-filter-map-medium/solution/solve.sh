#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def select_and_change(xs):
    return [x * 2 for x in xs if x < 12]
PY
