import sys, time, json
from pathlib import Path
from loopwright.bench.learn_stages import Stages, Settings, DemoCycle, per_family
from loopwright.train.policy import LoraSettings
from loopwright.train.stack import build_stack, trainable_policy
from loopwright.train.config import TrainConfig
from loopwright.train.demos import demo_spec
from loopwright.train.rollouts import read_runs
from loopwright.envs.tasks import load_suite
suite = sys.argv[1]; chunk = int(sys.argv[2]); rounds = int(sys.argv[3]); lr = float(sys.argv[4]); limit = int(sys.argv[5])
replay = float(sys.argv[6]) if len(sys.argv) > 6 else 4.0
out = Path(f'/tmp/probe/out-{suite}'); out.mkdir(parents=True, exist_ok=True)
stack = build_stack("smollm2-135m", "ours", "docker", out / "traces", 2, pool_size=8)
s = Settings(samples=2, eval_temperature=0.2, max_turns=2, max_new_tokens=128, concurrency=8,
             lora=LoraSettings(r=16, alpha=32), seed=0, precision="bf16", replay_weight=replay)
st = Stages(stack, s, print)
class Offset(DemoCycle):
    def __init__(self, demos, batch, offset): super().__init__(demos, batch); self.offset = offset
    def collect(self, step): return super().collect(step + self.offset)
try:
    train = load_suite(suite, "train").tasks
    test = load_suite(suite, "test", limit).tasks
    forced = stack.runtime.unconstrained(); eos = stack.local.tokenizer.eos_token_id
    specs = [demo_spec(t, stack.local.tokenizer, eos, forced.action_format, 2, stack.image_for(t)) for t in per_family(train, 12)]
    results = list(forced.run_many(specs, concurrency=8))
    demos = [t for t in read_runs(stack.trace_dir, [r for r in results if r.error is None]) if (t.reward or 0) >= 1.0]
    print("demos", len(demos))
    policy = trainable_policy(stack.local, s.lora); moments = None
    for r in range(rounds):
        cfg = TrainConfig(algo="sft", steps=chunk, lr=lr, lora=s.lora, checkpoint_every=chunk, seed=0, precision="bf16", replay_weight=replay)
        t0 = time.time()
        hist, moments = st._train(policy, cfg, Offset(demos, 4, r * chunk), out / f"sft-{r}", moments=moments)
        f = st.evaluate(suite, "test", test, f"after {(r+1)*chunk}")
        print(json.dumps({"suite": suite, "lr": lr, "steps": (r+1)*chunk, "train_s": round(time.time()-t0), "loss": round(sum(h.loss for h in hist[-5:])/5, 4),
                          "pass": f.pass_at_1, "ci": f.interval, "fam": f.per_family}), flush=True)
finally:
    stack.sandboxes.close()
