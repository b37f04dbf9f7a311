#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_left_25(xs):
    if not xs:
        return []
    k = 25 % len(xs)
    return xs[k:] + xs[:k]
PY
