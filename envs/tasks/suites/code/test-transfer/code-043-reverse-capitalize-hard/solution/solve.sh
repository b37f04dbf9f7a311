#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def flip_and_capitalize(s):
    return ' '.join(w.capitalize() if len(w) >= 4 else w for w in reversed(s.split()))
PY
