#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fit_range(x):
    return max(16, min(35, x))
PY
