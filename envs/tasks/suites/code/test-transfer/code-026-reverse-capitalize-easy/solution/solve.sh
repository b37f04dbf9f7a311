#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def backwards_headline(s):
    return ' '.join(w.capitalize() for w in reversed(s.split()))
PY
