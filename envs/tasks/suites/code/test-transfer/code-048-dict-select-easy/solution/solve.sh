#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def keep_large(d):
    return {key: value for key, value in d.items() if value > 41}
PY
