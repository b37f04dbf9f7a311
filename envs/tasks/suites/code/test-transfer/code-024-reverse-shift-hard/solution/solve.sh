#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def decode_scramble(s):
    t = ''.join(chr((ord(c) - 97 - 11) % 26 + 97) if c != ' ' else c for c in s)
    return ' '.join(w[::-1] for w in t.split())
PY
