#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def select_and_change(xs):
    return [x + 15 for x in xs if 1 <= x <= 11]
PY
