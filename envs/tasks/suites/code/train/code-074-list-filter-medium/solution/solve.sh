#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def pick(xs):
    return [x for x in xs if 11 <= x <= 24]
PY
