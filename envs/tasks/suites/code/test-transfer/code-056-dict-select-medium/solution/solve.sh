#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def select_keys(d):
    return sorted(key for key, value in d.items() if value >= 36)
PY
