#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fit_range(x):
    return max(-1, min(45, x))
PY
