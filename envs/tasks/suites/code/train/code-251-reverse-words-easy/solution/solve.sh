#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def backwards(s):
    return '-'.join(reversed(s.split()))
PY
