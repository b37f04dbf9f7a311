#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def bound_all(xs):
    return [max(-11, min(33, x)) for x in xs]
PY
