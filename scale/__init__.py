"""Scale-out on Ray and torch.distributed: rollout workers as Ray actors (`workers.py`,
`driver.py`) and data-parallel trainer ranks (`ddp.py`).

Nothing here is a cluster of our own: Ray places and restarts actors, torchrun starts and
joins ranks; this package only says what each actor or rank does.
"""
