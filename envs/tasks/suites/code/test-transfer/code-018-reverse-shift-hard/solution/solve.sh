#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def decode_mirror_shift(s):
    t = ''.join(chr((ord(c) - 97 - 6) % 26 + 97) if c != ' ' else c for c in s)
    return ' '.join(w[::-1] for w in t.split())
PY
