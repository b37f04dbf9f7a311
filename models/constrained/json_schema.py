"""JSON schemas (the subset tool schemas use) and Hermes tool calls as NFA fragments.

Numbers have a bounded number of digits and nesting stops at depth 3 (deeper values fall
back to any JSON primitive), so every grammar is finite enough to close within a budget.
"""

import json
from typing import Any

from loopwright.models.constrained.nfa import (
    NFA,
    ByteSet,
    Frag,
    alt,
    cls,
    lit,
    opt,
    seq,
    star,
    upto,
)

_STRING_ASCII: ByteSet = frozenset(range(0x20, 0x80)) - {ord('"'), ord("\\")}
_UTF8_TAIL = cls(frozenset(range(0x80, 0xC0)))
_DIGITS: ByteSet = frozenset(b"0123456789")
_WS: ByteSet = frozenset(b" \n")
_MAX_INT_DIGITS = 10
_MAX_FRACTION_DIGITS = 6
_MAX_DEPTH = 3

WS = opt(cls(_WS))
_STRING_CHAR = alt(  # whole UTF-8 characters: a string never closes inside one
    cls(_STRING_ASCII), seq(cls(frozenset(range(0xC2, 0xE0))), _UTF8_TAIL),
    seq(cls(frozenset(range(0xE0, 0xF0))), _UTF8_TAIL, _UTF8_TAIL),
    seq(cls(frozenset(range(0xF0, 0xF5))), _UTF8_TAIL, _UTF8_TAIL, _UTF8_TAIL))
JSON_STRING = seq(lit('"'), star(alt(_STRING_CHAR, seq(lit("\\"), alt(
    cls(frozenset(b'"\\/bfnrt')), seq(lit("u"), *[cls(frozenset(b"0123456789abcdefABCDEF"))] * 4))))), lit('"'))
JSON_INTEGER = seq(opt(lit("-")), alt(lit("0"), seq(cls(_DIGITS - {ord("0")}), upto(cls(_DIGITS), _MAX_INT_DIGITS - 1))))
JSON_NUMBER = seq(JSON_INTEGER, opt(seq(lit("."), cls(_DIGITS), upto(cls(_DIGITS), _MAX_FRACTION_DIGITS - 1))))
JSON_PRIMITIVE = alt(JSON_STRING, JSON_NUMBER, lit("true"), lit("false"), lit("null"))


def schema_frag(schema: dict[str, Any], depth: int = 0) -> Frag:
    """The JSON texts fitting `schema` (the subset tool schemas use), as an NFA fragment."""
    if "enum" in schema:
        return alt(*[lit(json.dumps(v)) for v in schema["enum"]])
    if "const" in schema:
        return lit(json.dumps(schema["const"]))
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return alt(*[schema_frag(s, depth) for s in options])
    kind = schema.get("type")
    if isinstance(kind, list):
        return alt(*[schema_frag({**schema, "type": k}, depth) for k in kind])
    if kind == "string":
        return JSON_STRING
    if kind == "integer":
        return JSON_INTEGER
    if kind == "number":
        return JSON_NUMBER
    if kind == "boolean":
        return alt(lit("true"), lit("false"))
    if kind == "null":
        return lit("null")
    if kind == "array" and depth < _MAX_DEPTH:
        item = schema_frag(schema.get("items") or {"type": "string"}, depth + 1)
        return seq(lit("["), WS, opt(seq(item, star(seq(WS, lit(","), WS, item)))), WS, lit("]"))
    if kind == "object" and depth < _MAX_DEPTH:
        return object_frag(schema, depth)
    return JSON_PRIMITIVE


def object_frag(schema: dict[str, Any], depth: int) -> Frag:
    """Properties in schema order; required ones present, optional ones may be left out."""
    props = list((schema.get("properties") or {}).items())
    required = set(schema.get("required") or [])

    def add(nfa: NFA, state: int) -> int:
        state = seq(lit("{"), WS)(nfa, state)
        close = nfa.new()
        end = seq(WS, lit("}"))(nfa, close)
        # tails[(i, first)]: the state from which properties i.. follow, then "}".
        tails: dict[tuple[int, bool], int] = {(len(props), True): close, (len(props), False): close}
        for i in range(len(props) - 1, -1, -1):
            key, sub = props[i]
            for first in (True, False):
                node = nfa.new()
                member = seq(*([] if first else [WS, lit(","), WS]), lit(json.dumps(key)), WS, lit(":"), WS,
                             schema_frag(sub, depth + 1))
                nfa.eps[member(nfa, node)].append(tails[(i + 1, False)])
                if key not in required:
                    nfa.eps[node].append(tails[(i + 1, first)])
                tails[(i, first)] = node
        nfa.eps[state].append(tails[(0, True)])
        return end
    return add


def any_object_frag(depth: int = 1) -> Frag:
    """Any JSON object (OpenAI's `json_object` response format); values nest `depth` levels more."""
    value = JSON_PRIMITIVE if depth <= 0 else alt(JSON_PRIMITIVE, any_object_frag(depth - 1), seq(
        lit("["), WS, opt(seq(JSON_PRIMITIVE, star(seq(WS, lit(","), WS, JSON_PRIMITIVE)))), WS, lit("]")))
    member = seq(JSON_STRING, WS, lit(":"), WS, value)
    return seq(lit("{"), WS, opt(seq(member, star(seq(WS, lit(","), WS, member)))), WS, lit("}"))


def tool_call_frag(tools: list[dict[str, Any]]) -> Frag:
    """`{"name": "<tool>", "arguments": <that tool's arguments>}`."""
    options = []
    for t in tools:
        fn = t.get("function", t)
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        options.append(seq(lit(json.dumps(fn["name"])), WS, lit(","), WS, lit('"arguments"'), WS, lit(":"), WS,
                           object_frag(params, 0)))
    return seq(lit("{"), WS, lit('"name"'), WS, lit(":"), WS, alt(*options), WS, lit("}"))


def hermes_calls_frag(tools: list[dict[str, Any]], required: bool, parallel: bool = True) -> Frag:
    """What is constrained of a Hermes turn.

    required: one or more `<tool_call>...</tool_call>` blocks and nothing else (exactly one
    unless `parallel`). Otherwise: one call's body after the `<tool_call>` the model chose
    to write (the processor watches free text for that trigger).
    """
    body = seq(WS, tool_call_frag(tools), WS, lit("</tool_call>"))
    if not required:
        return body
    call = seq(lit("<tool_call>"), body)
    return seq(call, star(seq(lit("\n"), call))) if parallel else call
