#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_palindrome(s):
    t = s.replace('_', '').lower()
    return t == t[::-1]
PY
