#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def clamp_all(xs):
    return [max(-7, min(18, x)) for x in xs]
PY
