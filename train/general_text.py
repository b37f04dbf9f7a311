"""Text of many kinds and a model's loss on it: what training costs the model's general language.

Prose, dialogue, Python, a shell session, numbers, a tool call, an encyclopedic paragraph,
instructions, French and a poem, a table and a config file, an email: ~1,000 tokens. The
learn bench's forgetting matrix reads pass@1 on the other suites, but the base model passes
no task of any suite, so that matrix cannot fall; the loss on this text can rise, so it
shows what training on tasks took from everything else. The int8 quality test reads the
same text (its fast and exact paths must agree on it).
"""

import torch
import torch.nn.functional as F

GENERAL_TEXT = "\n\n".join([
    # narrative prose
    "The lighthouse keeper climbed the spiral stairs every evening at dusk, counting the steps "
    "out of habit: one hundred and twelve. The lamp was old, a Fresnel lens the size of a small "
    "car, and it had to be wound by hand every four hours. On clear nights he could see the lights "
    "of the fishing boats strung along the horizon like beads; on foggy nights he saw nothing at all "
    "and listened instead to the horn, which sounded twice a minute until morning.",
    # dialogue
    '"Did you check the tide tables?" asked Mara, pulling on her boots.\n'
    '"Twice," said Tom. "High water at 6:42, low at 12:57. We have a window of maybe three hours."\n'
    '"Then we leave now. Grab the rope, the torch, and the blue bag by the door."',
    # Python code
    "def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:\n"
    '    """Merge overlapping closed intervals; the input need not be sorted."""\n'
    "    merged: list[tuple[int, int]] = []\n"
    "    for start, end in sorted(intervals):\n"
    "        if merged and start <= merged[-1][1]:\n"
    "            merged[-1] = (merged[-1][0], max(merged[-1][1], end))\n"
    "        else:\n"
    "            merged.append((start, end))\n"
    "    return merged\n\n"
    "assert merge_intervals([(5, 8), (1, 3), (2, 4)]) == [(1, 4), (5, 8)]",
    # shell session
    "$ ls -la /workspace\ntotal 24\ndrwxr-xr-x 3 agent agent 4096 Mar  3 10:12 .\n"
    "-rw-r--r-- 1 agent agent  812 Mar  3 10:11 README.md\n-rw-r--r-- 1 agent agent 2290 Mar  3 10:12 main.py\n"
    "$ grep -n \"TODO\" main.py\n17:    # TODO: handle empty input\n42:    # TODO: retry on timeout\n"
    "$ python main.py --input data.csv --limit 100\nProcessed 100 rows in 0.84 s (119.0 rows/s)",
    # arithmetic and numbers
    "Quarterly report: revenue rose from $1,204,500 to $1,387,250, an increase of 15.2 percent. "
    "Costs were 812,000 in the first quarter and 845,300 in the second. If the trend holds, "
    "third-quarter revenue will be about 1.387 * 1.152 = 1.598 million dollars. "
    "Check: 17 * 23 = 391, 391 + 209 = 600, and 600 / 8 = 75.",
    # a tool call in JSON
    "<tool_call>\n{\"name\": \"bash\", \"arguments\": {\"command\": \"find . -name '*.py' | xargs wc -l | sort -n | tail -5\"}}\n"
    "</tool_call>\nThe five largest Python files are listed above; the biggest is parser.py with 1,204 lines.",
    # an encyclopedic paragraph
    "Photosynthesis is the process by which green plants, algae and some bacteria convert light "
    "energy into chemical energy. In the light-dependent reactions, water is split and oxygen is "
    "released; in the Calvin cycle, carbon dioxide is fixed into three-carbon sugars using ATP and "
    "NADPH. Most of the oxygen in Earth's atmosphere was produced this way over billions of years.",
    # a list of instructions
    "How to repot a houseplant:\n1. Water the plant a day before.\n2. Choose a pot one size larger, "
    "with a drainage hole.\n3. Loosen the root ball gently and trim any dead roots.\n4. Add fresh "
    "soil, set the plant at the same depth, and fill around it.\n5. Water thoroughly and keep it "
    "out of direct sun for a week.",
    # French, and a short poem
    "Le matin, la ville s'éveille lentement: les boulangeries ouvrent, les cafés sortent leurs "
    "terrasses, et les premiers trams traversent le pont sous un ciel encore gris.\n\n"
    "Salt on the window, wind at the door,\nthe sea keeps count of what came before;\n"
    "a gull, a bell, a lantern's glow,\nand tides that answer, high and low.",
    # a table and a config file
    "| city | population | area (km2) |\n|---|---|---|\n| Lyon | 522,000 | 47.9 |\n| Porto | 232,000 | 41.4 |\n"
    "| Graz | 291,000 | 127.6 |\n\n[server]\nhost = \"0.0.0.0\"\nport = 8080\nworkers = 4\ntimeout_s = 30.0\n"
    "[logging]\nlevel = \"info\"\nfile = \"/var/log/app.log\"",
    # an email
    "Hi Priya,\n\nThanks for sending the draft. I read it on the train this morning and have three "
    "small notes: the second figure needs axis labels, the abstract says 12 participants but the "
    "methods say 14, and the related-work section could cite the 2019 survey. Otherwise it reads "
    "well. Can we talk on Thursday at 3 pm?\n\nBest,\nDaniel",
])


@torch.no_grad()
def text_nll(model: torch.nn.Module, tokenizer, text: str = GENERAL_TEXT) -> float:
    """Mean negative log-likelihood per token of `text` under `model` (an HF causal LM, LoRA
    adapters active if it has them), teacher-forced in one forward pass, dropout off."""
    ids = tokenizer(text, return_tensors="pt")["input_ids"].to(next(model.parameters()).device)
    was_training = model.training
    model.eval()
    try:
        logits = model(input_ids=ids).logits.float()
    finally:
        model.train(was_training)
    return F.cross_entropy(logits[0, :-1], ids[0, 1:]).item()
