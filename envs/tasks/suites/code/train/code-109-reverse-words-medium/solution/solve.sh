#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def mirror_text(s):
    return '_'.join(w[::-1] for w in s.split())
PY
