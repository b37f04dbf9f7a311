"""loopwright.train: rollouts, GRPO/SFT/DPO losses, the LoRA trainer, weight sync, eval."""
