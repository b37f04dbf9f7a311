#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def unique_words(words):
    seen, out = set(), []
    for w in words:
        if w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out
PY
