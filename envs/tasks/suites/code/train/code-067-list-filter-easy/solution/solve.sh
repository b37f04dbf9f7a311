#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def pick(xs):
    return [x for x in xs if x < 5]
PY
