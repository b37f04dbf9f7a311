#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def swap(d):
    return {v: k for k, v in d.items()}
PY
