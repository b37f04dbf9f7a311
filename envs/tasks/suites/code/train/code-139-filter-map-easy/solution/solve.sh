#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform_some(xs):
    return [x + 5 for x in xs if x > 0]
PY
