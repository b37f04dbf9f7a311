#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def cycle(xs):
    return xs[-3:] + xs[:-3]
PY
