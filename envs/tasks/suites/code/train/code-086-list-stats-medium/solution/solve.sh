#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def summarize(xs):
    return sum(xs[:2])
PY
