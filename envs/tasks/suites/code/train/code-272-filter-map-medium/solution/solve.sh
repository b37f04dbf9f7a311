#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform_some(xs):
    return [x + 1 for x in xs if 3 <= x <= 21]
PY
