#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def map_selected(xs):
    return [x * 3 for x in xs if x < 15]
PY
