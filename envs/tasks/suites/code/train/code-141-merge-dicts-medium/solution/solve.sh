#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def combine(a, b):
    out = dict(a)
    for key, value in b.items():
        out[key] = max(out.get(key, value), value)
    return out
PY
