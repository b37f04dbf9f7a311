#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_23(xs):
    if not xs:
        return []
    k = 23 % len(xs)
    return xs[k:] + xs[:k]
PY
