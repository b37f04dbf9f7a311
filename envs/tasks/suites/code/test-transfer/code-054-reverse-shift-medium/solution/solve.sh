#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def encode_reversed(s):
    t = ' '.join(reversed(s.split()))
    return ''.join(chr((ord(c) - 97 + 14) % 26 + 97) if c != ' ' else c for c in t)
PY
