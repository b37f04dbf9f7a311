#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def alphabetize(s):
    return ';'.join(w.capitalize() for w in sorted(s.split())[:5])
PY
