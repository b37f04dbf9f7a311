"""A process that ends while the engine thread is still generating exits cleanly: the engine
aborts what is in flight and waits for its thread at interpreter exit. Before, the daemon
thread was killed inside torch's C++ frames during finalization and the process aborted
("terminate called without an active exception", exit 134) after its own work was done."""

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent("""
    import faulthandler, threading, time
    faulthandler.dump_traceback_later(240, exit=True)  # a hang fails with every thread's stack
    from loopwright.models import load, make_engine
    from loopwright.models.sampling import SamplingParams

    engine = make_engine(load("smollm2-135m"), "ours")
    # ignore_eos: this raw prompt's likeliest first token is EOS (p = 0.20), and a request that
    # ends at its first token makes no decode step (the loop below would wait forever)
    params = SamplingParams(max_new_tokens=1000, ignore_eos=True, temperature=1.0)
    threading.Thread(target=lambda: engine.generate(["Tell me a long story."], params), daemon=True).start()
    while not engine.stats["decode_tokens"]:  # the engine thread is stepping
        time.sleep(0.01)
    print("work done", flush=True)
""")


def test_exiting_while_the_engine_thread_generates_is_a_clean_exit(embedded_model):
    child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300)
    assert "terminate called" not in child.stderr
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == "work done"
