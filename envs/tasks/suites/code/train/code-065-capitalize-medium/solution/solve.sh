#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def headline(s):
    return ' '.join(w.capitalize() for w in s.split())
PY
