#!/usr/bin/env bash
cat > /workspace/solution.py <<'PY'
def fold_case(words):
    seen, out = set(), []
    for w in words:
        if w.lower() not in seen:
            seen.add(w.lower())
            out.append(w)
    return out
PY
