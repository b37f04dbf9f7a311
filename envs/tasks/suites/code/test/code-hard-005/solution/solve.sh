#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_14(xs):
    if not xs:
        return []
    k = 14 % len(xs)
    return xs[k:] + xs[:k]
PY
