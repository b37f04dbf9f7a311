#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reverse_lookup(d):
    return {v: k for k, v in d.items()}
PY
