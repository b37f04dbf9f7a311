#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def sorted_title(s):
    return '|'.join(w.capitalize() for w in sorted(s.split()))
PY
