#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def common_merge(a, b):
    return {key: a[key] - b[key] for key in a if key in b}
PY
