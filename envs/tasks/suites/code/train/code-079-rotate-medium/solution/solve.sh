#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def turn(xs):
    return xs[-1:] + xs[:-1]
PY
