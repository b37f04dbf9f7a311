#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform_some(xs):
    return [x * 3 for x in xs if x < 15]
PY
