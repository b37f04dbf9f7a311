#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def alphabetize(s):
    return '_'.join(w.capitalize() for w in sorted(s.split()))
PY
