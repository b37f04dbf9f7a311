#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fit_range_all(xs):
    return [max(17, min(48, x)) for x in xs]
PY
