#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate(xs):
    return xs[6:] + xs[:6]
PY
