#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_13(xs):
    if not xs:
        return []
    k = 13 % len(xs)
    return xs[k:] + xs[:k]
PY
