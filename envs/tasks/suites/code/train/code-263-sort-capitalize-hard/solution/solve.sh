#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def alphabetize(s):
    return ' '.join(w.capitalize() if len(w) >= 4 else w for w in sorted(set(s.split())))
PY
