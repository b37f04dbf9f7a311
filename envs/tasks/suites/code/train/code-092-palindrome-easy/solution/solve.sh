#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def palindrome(s):
    return len(s) >= 2 and s == s[::-1]
PY
