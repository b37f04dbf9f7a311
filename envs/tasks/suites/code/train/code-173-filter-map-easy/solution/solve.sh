#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform_some(xs):
    return [x * x for x in xs if x % 2 == 0]
PY
