"""The learn bench's budget within a suite: training gets what is left once every eval still
to run is reserved at the latest line's cheapest split-eval (SFT, first, reserves only its own), and
a model training left unchanged is not measured again."""

from loopwright.bench.learn import LINE_EVALS, SuiteClock, figures_after


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_training_time_is_the_deadline_less_the_evals_to_come():
    clock = FakeClock()
    suite = SuiteClock(deadline=1600.0, evals=LINE_EVALS + 1.5, clock=clock)
    assert LINE_EVALS == 9  # base 2, sft 2, offline 1 (test), rl 2, sft_rl 2; + 1.5 for the forgetting row
    clock.now += 60
    suite.evals_done(2)
    suite.time_evals([30, 30])  # the base's two split-evals
    assert suite.free_s() == 1600 - 1060 - 30 * 8.5
    clock.now += 100
    suite.evals_done(2)
    assert suite.free_s() == 1600 - 1160 - 30 * 6.5


def test_sft_reserves_only_its_own_evals_and_later_evals_cost_what_the_sft_eval_did():
    clock = FakeClock()
    suite = SuiteClock(deadline=1600.0, evals=LINE_EVALS, clock=clock)
    suite.evals_done(2)
    suite.time_evals([50, 50])  # the base runs every task to its turn limit
    assert suite.left_s(2) == 600 - 100  # SFT's share is taken of this
    assert suite.free_s() == 600 - 50 * 7
    clock.now += 400  # demonstrations, SFT and its eval
    suite.evals_done(2)
    suite.time_evals([20, 20])  # the SFT model finishes its runs
    assert suite.free_s() == 200 - 20 * 5


def test_a_split_eval_slowed_by_one_looping_run_is_not_what_later_evals_reserve():
    clock = FakeClock()
    suite = SuiteClock(deadline=1600.0, evals=LINE_EVALS, clock=clock)
    suite.evals_done(2)
    suite.time_evals([11, 69])  # one base run looped until its command's 60-s timeout
    assert suite.free_s() == 600 - 11 * 7


def test_an_overrun_leaves_nothing_never_a_negative_budget():
    clock = FakeClock()
    suite = SuiteClock(deadline=1100.0, evals=4, clock=clock)
    suite.time_evals([45, 45])
    assert suite.free_s() == 0.0
    suite.evals_done(10)
    assert suite.evals_left == 0.0 and suite.free_s() == 100.0


def test_a_line_whose_training_updated_nothing_takes_the_base_figures_and_says_so():
    base = {"test": "base figure"}
    measured: list[str] = []

    def evaluate() -> dict:
        measured.append("rl")
        return {"test": "rl figure"}

    unchanged = {"steps": 1, "steps_with_update": 0}
    assert figures_after(unchanged, base, evaluate, "base") is base and measured == []
    assert unchanged["figures"] == "the base line's: no step updated the weights"
    trained = {"steps": 2, "steps_with_update": 1}
    assert figures_after(trained, base, evaluate, "base") == {"test": "rl figure"} and measured == ["rl"]
    assert "figures" not in trained
