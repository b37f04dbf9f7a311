"""The training-step bench's rows: laid out like an agent's, so the step takes the policy's path."""

from loopwright.bench.train_step import agent_rows, parse_args
from loopwright.train.batch import collate, shared_prefix


def test_agent_rows_share_the_prefix_and_train_on_their_tails():
    args = parse_args(["--rows", "4", "--prefix", "40", "--suffix", "20", "--trained", "5"])
    rows = agent_rows(args, vocab_size=300)
    lengths = [len(r.token_ids) for r in rows]
    assert lengths == [40 + 15, 40 + 18, 40 + 22, 40 + 25]  # the suffix spread -25% .. +25%
    assert all(r.token_ids[:40] == rows[0].token_ids[:40] for r in rows)
    assert all(r.loss_mask == [0] * (len(r.token_ids) - 5) + [1] * 5 for r in rows)
    assert shared_prefix(collate(rows)) == 40  # the step runs the prefix once, as an agent batch does
