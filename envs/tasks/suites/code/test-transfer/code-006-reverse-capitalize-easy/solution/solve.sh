#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reverse_title(s):
    return '/'.join(w.capitalize() for w in reversed(s.split()))
PY
