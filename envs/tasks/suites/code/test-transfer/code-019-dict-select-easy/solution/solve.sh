#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def above(d):
    return {key: value for key, value in d.items() if value > 10}
PY
