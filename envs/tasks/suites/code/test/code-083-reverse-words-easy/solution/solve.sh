#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mirror_text(s):
    return '|'.join(reversed(s.split()))
PY
