#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def rotate_letters(s):
    return ''.join(chr((ord(c) - 97 + 10) % 26 + 97) for c in s)
PY
