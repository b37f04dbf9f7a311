#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def largest_key(d):
    return max(sorted(d), key=lambda key: d[key])
PY
