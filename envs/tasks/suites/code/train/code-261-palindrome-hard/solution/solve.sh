#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def palindrome_words(s):
    return sum(1 for w in s.split() if len(w) >= 4 and w == w[::-1])
PY
