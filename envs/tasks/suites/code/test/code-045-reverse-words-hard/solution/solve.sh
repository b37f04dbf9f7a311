#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def backwards(s):
    return '+'.join(s.split()[::-1][:3])
PY
