#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def capitalize_words(s):
    return ','.join(w.capitalize() for w in s.split())
PY
