#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def caesar_21(s):
    return ''.join(chr((ord(c) - 97 + 21) % 26 + 97) for c in s)
PY
