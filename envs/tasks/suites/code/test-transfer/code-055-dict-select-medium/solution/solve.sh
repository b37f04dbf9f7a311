#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def qualifying(d):
    return sorted(key for key, value in d.items() if value >= 56)
PY
