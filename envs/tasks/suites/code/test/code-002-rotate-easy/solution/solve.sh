#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shift_list(xs):
    return xs[2:] + xs[:2]
PY
