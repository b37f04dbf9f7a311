"""Speculative decoding by prompt lookup: a sequence guesses its next tokens from its own past.

When few sequences decode, a step is bound by reading the weights, not by arithmetic (on the
2-core EPYC a step of 1 row takes 4.4 ms, of 3 rows 5.9), so rows for a few guessed tokens
beside the real one cost little, and every guess that holds is a step saved. The guess is
the n-gram lookup of vLLM's `ngram` proposer and llama.cpp's lookup decoding: find the
sequence's last few tokens earlier in its own tokens (prompt and completion) and propose
what followed them there. An agent's turn copies much from its prompt (file names, numbers,
the command it ran) and a small model's rambling repeats itself.

The scheduler asks for drafts (`draft`), the model runner feeds each drafted sequence one
row per token (its last token, then the draft, at consecutive positions: the rows write
their keys and values before any attends, so each row sees the ones before it), and the
sampling policy verifies: at each position it samples exactly as plain decoding would (the
same row of logits, the same generator draw) and keeps going while the sampled token equals
the draft's. The first token that differs ends the sequence's step, kept; so a greedy or
seeded completion is the one plain decoding gives, and the keys and values of accepted
draft tokens are already in the cache.
"""

FIRST_DRAFT_LIMIT = 2
"""Tokens a sequence's first draft may guess; later drafts follow `next_draft_limit`."""

NGRAM_SIZES = (3, 2)
"""Lengths of the suffix looked up, longest first: a single token matches too often to guess well."""


def draft(token_ids: list[int], max_tokens: int) -> list[int]:
    """Up to `max_tokens` tokens that followed the latest earlier occurrence of the sequence's
    last n tokens (the longest n of NGRAM_SIZES that occurs); [] when none occurs."""
    if max_tokens <= 0:
        return []
    length = len(token_ids)
    for n in NGRAM_SIZES:
        if length <= n:
            continue
        suffix = token_ids[-n:]
        last = suffix[-1]
        # latest start i < length - n with token_ids[i:i + n] == suffix, scanning back from the end
        for end in range(length - 2, n - 2, -1):
            if token_ids[end] == last and token_ids[end - n + 1 : end + 1] == suffix:
                return token_ids[end + 1 : end + 1 + max_tokens]
    return []


def next_draft_limit(limit: int, drafted: int, accepted: int) -> int:
    """The draft limit after a draft of `drafted` tokens of which `accepted` held: two more
    when all held, one less (at least 1) otherwise, as transformers' assisted generation's
    "heuristic" schedule. Text the lookup guesses well (a rambling loop, a copied file name)
    gets long drafts; text it guesses badly costs about one row a step."""
    return limit + 2 if accepted == drafted else max(1, limit - 1)
