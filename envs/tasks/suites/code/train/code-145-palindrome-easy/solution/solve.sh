#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def is_palindrome(s):
    return len(s) >= 6 and s == s[::-1]
PY
