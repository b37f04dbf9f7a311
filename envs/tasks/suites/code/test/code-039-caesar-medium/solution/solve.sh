#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def caesar(s):
    return ''.join(chr((ord(c) - 97 + 8) % 26 + 97) if 'a' <= c <= 'z' else c for c in s)
PY
