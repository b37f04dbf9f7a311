#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform_some(xs):
    return [x * x for x in xs if x % 5 == 0 and x > -3]
PY
