#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def summarize(xs):
    return sum(sorted(xs)[:5])
PY
