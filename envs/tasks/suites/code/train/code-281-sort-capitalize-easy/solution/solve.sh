#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def ordered_caps(s):
    return '|'.join(w.capitalize() for w in sorted(s.split()))
PY
