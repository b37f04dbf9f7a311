#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_1(xs):
    if not xs:
        return []
    k = 1 % len(xs)
    return xs[k:] + xs[:k]
PY
