#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def aggregate(xs):
    return max(xs[-4:])
PY
