#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def shared_invert(d):
    groups = {}
    for key, value in d.items():
        groups.setdefault(value, []).append(key)
    return {value: sorted(keys) for value, keys in groups.items() if len(keys) >= 3}
PY
