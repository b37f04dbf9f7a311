#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound_all(xs):
    return [max(6, min(17, x)) for x in xs]
PY
