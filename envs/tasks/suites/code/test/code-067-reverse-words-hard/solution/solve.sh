#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mirror_text(s):
    return ','.join(s.split()[::-1][:5])
PY
