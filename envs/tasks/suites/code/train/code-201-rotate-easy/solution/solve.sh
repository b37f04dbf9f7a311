#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shift_list(xs):
    return xs[6:] + xs[:6]
PY
