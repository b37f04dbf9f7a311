#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def format_title(s):
    return ' '.join(w.capitalize() if len(w) >= 7 else w for w in s.split())
PY
