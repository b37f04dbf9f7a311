#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def transform_some(xs):
    return [x + 26 for x in xs if x % 3 == 0 and x > 26]
PY
