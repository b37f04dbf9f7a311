#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate(xs):
    return xs[5:] + xs[:5]
PY
