#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def caesar_8(s):
    return ''.join(chr((ord(c) - 97 + 8) % 26 + 97) for c in s)
PY
