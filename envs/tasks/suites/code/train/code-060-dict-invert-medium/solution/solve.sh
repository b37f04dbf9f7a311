#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def group_flip(d):
    out = {}
    for key, value in d.items():
        out.setdefault(value, []).append(key)
    return out
PY
