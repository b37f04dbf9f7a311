#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def headline(s):
    return ' '.join(w.capitalize() if len(w) >= 5 else w for w in s.split())
PY
