#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def cycle(xs):
    return xs[-5:] + xs[:-5]
PY
