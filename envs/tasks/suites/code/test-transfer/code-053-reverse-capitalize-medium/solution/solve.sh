#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reverse_title(s):
    return '-'.join(w.capitalize() for w in s.split()[::-1][:4])
PY
