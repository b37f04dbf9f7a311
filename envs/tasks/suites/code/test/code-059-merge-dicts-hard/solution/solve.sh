#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def common_combine(a, b):
    return {key: min(a[key], b[key]) for key in a if key in b}
PY
