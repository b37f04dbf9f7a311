#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fit_range_all(xs):
    return [max(-13, min(21, x)) for x in xs]
PY
