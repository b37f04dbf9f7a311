#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_12(xs):
    if not xs:
        return []
    k = 12 % len(xs)
    return xs[k:] + xs[:k]
PY
