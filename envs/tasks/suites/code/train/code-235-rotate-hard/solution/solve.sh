#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def cycle(xs):
    if not xs:
        return []
    k = 7 % len(xs)
    return xs[len(xs) - k:] + xs[:len(xs) - k]
PY
