#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def turn(xs):
    return xs[-6:] + xs[:-6]
PY
