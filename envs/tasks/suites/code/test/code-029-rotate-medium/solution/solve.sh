#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate(xs):
    return xs[-1:] + xs[:-1]
PY
