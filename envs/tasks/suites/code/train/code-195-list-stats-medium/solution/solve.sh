#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def score(xs):
    return max(xs[-4:])
PY
