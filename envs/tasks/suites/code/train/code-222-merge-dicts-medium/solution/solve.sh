#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def overlay(a, b):
    out = dict(a)
    for key, value in b.items():
        out[key] = out.get(key, 0) + value
    return out
PY
