#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keep(xs):
    return [x for x in xs if 9 <= x <= 25]
PY
