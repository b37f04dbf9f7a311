"""JSON grammars as byte automata: what response formats and tool arguments may be."""

import pytest

from loopwright.models.constrained.dfa import DFA
from loopwright.models.constrained.json_schema import any_object_frag, schema_frag


def accepts(dfa: DFA, text: str) -> bool:
    state = dfa.walk(dfa.start, text.encode())
    return state >= 0 and dfa.accepting(state)


@pytest.mark.parametrize(("text", "ok"), [
    ("{}", True), ('{"a": 1}', True), ('{ "a": [1, "x"], "b": {"c": null}}', True),
    ("{\n}", True), ("{ ,}", False), ('{, "a": 1}', False), ('{"a" 1}', False), ("[]", False),
])
def test_any_object_is_a_json_object(text, ok):
    assert accepts(DFA(any_object_frag()), text) is ok


@pytest.mark.parametrize(("text", "ok"), [("[]", True), ("[1, 2]", True), ("[, 1]", False), ("[1,]", False)])
def test_an_optional_list_cannot_start_with_its_separator(text, ok):
    assert accepts(DFA(schema_frag({"type": "array", "items": {"type": "integer"}})), text) is ok
