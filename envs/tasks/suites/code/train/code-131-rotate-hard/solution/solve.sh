#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def cycle(xs):
    if not xs:
        return []
    k = 5 % len(xs)
    return xs[k:] + xs[:k]
PY
