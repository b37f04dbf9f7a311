#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_all(xs):
    return [max(10, min(44, x)) for x in xs]
PY
