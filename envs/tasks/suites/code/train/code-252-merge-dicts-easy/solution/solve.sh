#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def union(a, b):
    return {**a, **b}
PY
