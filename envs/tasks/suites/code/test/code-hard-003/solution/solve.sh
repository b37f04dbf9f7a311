#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_2(xs):
    if not xs:
        return []
    k = 2 % len(xs)
    return xs[k:] + xs[:k]
PY
