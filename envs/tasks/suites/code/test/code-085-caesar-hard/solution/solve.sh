#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def caesar_decode(s):
    out = ''
    for c in s:
        if 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 - 15) % 26 + 65)
        elif 'a' <= c <= 'z':
            c = chr((ord(c) - 97 - 15) % 26 + 97)
        out += c
    return out
PY
