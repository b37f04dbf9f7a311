#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def caesar_1(s):
    return ''.join(chr((ord(c) - 97 + 1) % 26 + 97) for c in s)
PY
