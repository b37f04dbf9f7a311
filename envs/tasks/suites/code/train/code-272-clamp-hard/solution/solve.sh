#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_all(xs):
    return [max(13, min(20, x)) for x in xs]
PY
