#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def reverse_words(s):
    return '/'.join(s.split()[::-1][:2])
PY
