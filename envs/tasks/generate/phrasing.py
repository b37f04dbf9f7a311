"""Writing one skill several ways: choosing a phrasing, and shared word lists.

A family teaches a skill, not a sentence, only if the same task reaches the model in
different words; every family draws its instruction from a few templates through here,
so the choice comes from the family's rng and the suite stays reproducible.
"""

import random
from collections.abc import Sequence

FINISH = ("Then finish.", "Finish when you are done.", "When that is done, finish.", "Then stop.")
"""Closing sentences; an instruction always tells the agent to stop, in one of these."""

NAMES = (
    "Ana", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hugo", "Iris", "Jonas",
    "Kira", "Leo", "Maya", "Nils", "Omar", "Priya", "Rosa", "Sam", "Tara", "Yuki",
)
"""First names for the people in word problems."""

WORDS = (
    "apple", "river", "stone", "cloud", "maple", "ember", "frost", "coral", "amber", "lotus",
    "cedar", "delta", "pearl", "tiger", "olive", "raven", "sunny", "brick", "lemon", "mango",
    "cobalt", "willow", "falcon", "garnet", "harbor", "island", "jasper", "kettle", "lantern",
    "meadow", "nectar", "orchid", "pepper", "quartz", "saddle", "timber", "velvet", "walnut",
)
"""Lowercase ASCII words, safe unquoted in file names, sed patterns and JSON strings."""


def phrase(rng: random.Random, templates: Sequence[str], **values: object) -> str:
    """One of `templates`, chosen by `rng`, filled with `values` (str.format fields);
    every template needs only fields that `values` holds."""
    return rng.choice(templates).format(**values)


def listing(items: Sequence[str]) -> str:
    """Items as English lists them: `a`, `a and b`, `a, b and c`."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
