#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def flip(d):
    return {v: k for k, v in d.items()}
PY
