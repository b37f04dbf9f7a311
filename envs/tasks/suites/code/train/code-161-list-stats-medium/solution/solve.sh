#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def summarize(xs):
    return max(xs[-4:])
PY
