#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def turn(xs):
    if not xs:
        return []
    k = 3 % len(xs)
    return xs[k:] + xs[:k]
PY
