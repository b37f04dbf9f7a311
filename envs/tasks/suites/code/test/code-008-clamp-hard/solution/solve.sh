#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fit_range_all(xs):
    return [max(-2, min(42, x)) for x in xs]
PY
