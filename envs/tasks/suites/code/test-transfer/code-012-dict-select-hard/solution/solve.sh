#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def pick_key(d):
    return min(sorted(d), key=lambda key: d[key])
PY
