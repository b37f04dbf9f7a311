#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fit_range_all(xs):
    return [max(7, min(34, x)) for x in xs]
PY
