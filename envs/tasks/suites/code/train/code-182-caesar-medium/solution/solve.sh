#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_letters(s):
    return ''.join(chr((ord(c) - 97 + 9) % 26 + 97) if 'a' <= c <= 'z' else c for c in s)
PY
