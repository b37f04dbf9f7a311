"""The general-text loss the learn bench reads for forgetting: it measures language, an adapter
moves it, and it leaves the model as it found it."""

import copy
import random

import torch

from loopwright.train.general_text import GENERAL_TEXT, text_nll
from loopwright.train.policy import LoraPolicy, LoraSettings


def test_the_embedded_model_reads_the_text_as_language_and_garbled_text_as_noise(embedded_model):
    model, tokenizer = embedded_model.hf_model, embedded_model.tokenizer
    words = GENERAL_TEXT.split(" ")
    random.Random(0).shuffle(words)
    text, garbled = text_nll(model, tokenizer), text_nll(model, tokenizer, " ".join(words))
    print(f"\nloss per token: text {text:.3f}, the same words shuffled {garbled:.3f}")
    assert 0 < text < 3.4  # perplexity under 30
    assert garbled > text + 1.0


def test_an_adapter_moves_the_loss_and_training_mode_is_kept(embedded_model):
    tokenizer = embedded_model.tokenizer
    base = text_nll(embedded_model.hf_model, tokenizer)
    policy = LoraPolicy.wrap(copy.deepcopy(embedded_model.hf_model), LoraSettings(r=4, alpha=8))
    assert policy.model.training
    assert text_nll(policy.model, tokenizer) == base  # fresh adapters: B = 0, the base model
    torch.manual_seed(0)
    with torch.no_grad():
        for name, param in policy.model.named_parameters():
            if "lora_B" in name:
                param.normal_(std=0.05)
    moved = text_nll(policy.model, tokenizer)
    assert policy.model.training
    assert abs(moved - base) > 0.01
