#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mirror_text(s):
    return '+'.join(w[::-1] for w in s.split())
PY
