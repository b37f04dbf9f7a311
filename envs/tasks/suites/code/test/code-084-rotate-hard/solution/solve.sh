#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shift_list(xs):
    if not xs:
        return []
    k = 3 % len(xs)
    return xs[len(xs) - k:] + xs[:len(xs) - k]
PY
