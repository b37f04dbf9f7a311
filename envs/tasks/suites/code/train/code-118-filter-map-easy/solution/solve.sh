#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def map_selected(xs):
    return [x * 5 for x in xs if x % 2 == 0]
PY
