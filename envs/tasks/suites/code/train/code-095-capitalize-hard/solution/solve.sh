#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def capitalize_words(s):
    return ' '.join(w.capitalize() if len(w) >= 4 else w for w in s.split())
PY
