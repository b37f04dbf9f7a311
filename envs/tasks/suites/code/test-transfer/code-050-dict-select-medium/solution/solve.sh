#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keys_at_least(d):
    return sorted(key for key, value in d.items() if value >= 53)
PY
