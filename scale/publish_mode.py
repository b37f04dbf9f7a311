"""What a weight publish sends to the rollout workers; its own module so the CLI can offer
the choice without importing torch."""

from enum import StrEnum


class PublishMode(StrEnum):
    lora = "lora"
    """The adapters' factors (A, B, scaling); each worker's engine serves them beside its base weights."""
    full = "full"
    """The merged layers, as a worker without the base weights would need."""
