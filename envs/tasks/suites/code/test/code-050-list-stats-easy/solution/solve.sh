#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def list_min(xs):
    return min(xs)
PY
