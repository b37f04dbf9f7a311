#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate(xs):
    if not xs:
        return []
    k = 6 % len(xs)
    return xs[k:] + xs[:k]
PY
