#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keep(xs):
    return [x for x in xs if x < 6]
PY
