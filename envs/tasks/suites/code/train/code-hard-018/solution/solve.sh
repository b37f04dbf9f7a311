#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_18(xs):
    if not xs:
        return []
    k = 18 % len(xs)
    return xs[k:] + xs[:k]
PY
