"""code: write /workspace/solution.py defining one function; hidden tests give partial credit.

Each family is one programming skill (clamp a number, shift letters, invert a dict) at three
levels: easy is one expression, medium adds a condition or a second input shape, hard needs
a loop or two steps. The instruction names the function, its arguments and every constant
the body needs, and shows one example call; the oracle is a short heredoc that the model
can learn to write from that text alone.

The reward is the share of hidden cases the function passes (tests/score.py), so a nearly
right function earns nearly full reward: a denser signal for RL than pass/fail. The cases
are computed by running the oracle's own source, so the check and the demonstration cannot
disagree; `suite check` then runs that source in the sandbox as the agent's would run.
"""

import copy
import random
import textwrap
from dataclasses import dataclass

from loopwright.envs.tasks.generate.code_score import score_script
from loopwright.envs.tasks.generate.phrasing import FINISH, WORDS, phrase
from loopwright.envs.tasks.generate.spec import Family, Level, TaskSpec

Args = tuple[object, ...]
Case = tuple[Args, object]
"""(arguments, expected result)."""
CASES_PER_TASK = 8


@dataclass(frozen=True, slots=True)
class Function:
    signature: str
    """`name(arguments)` as the instruction and the oracle write it."""
    doc: str
    """What it does, as a clause that follows "It ..." or "that ..." ("returns x + 3")."""
    body: str
    """The oracle's function body, not indented."""
    inputs: list[Args]
    """Candidate argument tuples; `pick_cases` keeps a spread of them as the hidden cases."""

    @property
    def name(self) -> str:
        return self.signature.split("(")[0]

    @property
    def source(self) -> str:
        return f"def {self.signature}:\n{textwrap.indent(self.body, '    ')}\n"


TEMPLATES = (
    "Write /workspace/solution.py defining a function `{sig}` that {doc}.\n"
    "For example, `{call}` returns `{result}`. Hidden tests will import the file.",
    "Your job: create the Python file /workspace/solution.py with a function `{sig}`. "
    "It {doc}. Example: `{call}` == `{result}`.",
    "Please implement `{sig}` in /workspace/solution.py.\n- It {doc}.\n"
    "- Example: `{call}` gives `{result}`.\n- Use only the standard library.",
    "A teammate needs a helper for their script: `{sig}`, which {doc}. "
    "Save it in /workspace/solution.py; `{call}` should give `{result}`.",
    "Tests will import /workspace/solution.py and call `{name}` on several inputs. "
    "Define `{sig}` there so that it {doc} (for instance, `{call}` is `{result}`).",
)

def run_oracle(function: Function) -> list[Case]:
    """One case per distinct input, the result from the oracle's own source."""
    namespace: dict[str, object] = {}
    exec(function.source, namespace)  # noqa: S102 - our own generated source
    oracle = namespace[function.name]
    inputs = {repr(args): args for args in function.inputs}.values()
    return [(args, oracle(*copy.deepcopy(args))) for args in inputs]  # type: ignore[operator]


def pick_cases(rng: random.Random, cases: list[Case]) -> list[Case]:
    """Up to CASES_PER_TASK cases, taken in turn from each distinct result, empty and false
    results first: a function that ignores its input (returns 0, [], False) passes few of
    them, and edge cases such as an empty list are kept."""
    groups: dict[str, list[Case]] = {}
    for case in cases:
        groups.setdefault(repr(case[1]), []).append(case)
    queues = sorted(groups.values(), key=lambda group: (bool(group[0][1]), rng.random()))
    picked: list[Case] = []
    while len(picked) < min(CASES_PER_TASK, len(cases)):
        for queue in queues:
            if queue and len(picked) < CASES_PER_TASK:
                picked.append(queue.pop(0))
    return picked


def example(cases: list[Case]) -> Case:
    """The case to show: the shortest whose result is neither empty nor its first argument."""
    return min(cases, key=lambda case: (not case[1] or case[1] == case[0][0], len(repr(case[0]))))


def code_task(rng: random.Random, function: Function) -> TaskSpec:
    """The task of writing `function` into /workspace/solution.py, in one of the phrasings."""
    cases = pick_cases(rng, run_oracle(function))
    example_args, example_result = example(cases)
    call = f"{function.name}({', '.join(repr(a) for a in example_args)})"
    instruction = phrase(
        rng,
        TEMPLATES,
        sig=function.signature,
        doc=function.doc,
        name=function.name,
        call=call,
        result=repr(example_result),
    )
    return TaskSpec(
        key=f"{function.signature}: {function.doc}",
        instruction=f"{instruction}\n{rng.choice(FINISH)}",
        solution=f"cat > /workspace/solution.py <<'PY'\n{function.source}PY",
        score="python3 /tests/score.py",
        tests={"score.py": score_script(function.name, cases)},
    )


# ---- inputs -----------------------------------------------------------------------------

# fmt: off
SHORT_WORDS = ("a", "to", "of", "sun", "map", "red", "owl", "sky", "ice", "blue", "moon", "tree", "wind")
VOCAB = WORDS + SHORT_WORDS
PALINDROMES = ("level", "radar", "noon", "civic", "kayak", "refer", "madam", "stats", "wow", "pop",
               "reviver", "rotator", "deified", "repaper", "redder", "eye", "racecar", "rotor", "tenet",
               "deed", "peep", "solos")
# fmt: on
SEPARATORS = (" ", "-", ",", ";", "|", "/", "+", "_")


def ints(rng: random.Random, count: int, lo: int, hi: int) -> list[Args]:
    return [(rng.randint(lo, hi),) for _ in range(count)]


def sentence(rng: random.Random, words: int, vocab: tuple[str, ...] = VOCAB) -> str:
    return " ".join(rng.choice(vocab) for _ in range(words))


def sentences(rng: random.Random, count: int, longest: int) -> list[Args]:
    """`count` sentences of 1 to `longest` words, plus the empty string."""
    return [(sentence(rng, rng.randint(1, longest)),) for _ in range(count)] + [("",)]


def number_lists(
    rng: random.Random, count: int, longest: int, lo: int = -20, hi: int = 50
) -> list[Args]:
    """`count` non-empty lists of 1 to `longest` ints."""
    return [([rng.randint(lo, hi) for _ in range(rng.randint(1, longest))],) for _ in range(count)]


def places(k: int) -> str:
    return "1 place" if k == 1 else f"{k} places"


def mixed_case(rng: random.Random, text: str) -> str:
    return "".join(c.upper() if rng.random() < 0.3 else c for c in text)


def separator_words(sep: str) -> str:
    return "single spaces" if sep == " " else f"'{sep}'"


# ---- numbers ----------------------------------------------------------------------------


def affine(rng: random.Random, level: Level) -> TaskSpec:
    """Arithmetic transforms of one integer, as a formula or in words."""
    a, b, c = rng.randint(2, 9), rng.randint(1, 60), rng.randint(2, 9)
    forms = {
        "easy": (
            (f"x + {b}", f"adds {b} to x"),
            (f"x - {b}", f"subtracts {b} from x"),
            (f"x * {a}", f"multiplies x by {a}"),
        ),
        "medium": (
            (f"x * {a} + {b}", f"multiplies x by {a}, then adds {b}"),
            (f"(x - {b}) * {a}", f"subtracts {b} from x, then multiplies by {a}"),
            (f"x * {a} - {b}", f"multiplies x by {a}, then subtracts {b}"),
        ),
        "hard": (
            (f"x * x + {a} * x - {b}", f"squares x, adds {a} times x, then subtracts {b}"),
            (f"(x + {a}) * (x - {c})", f"multiplies (x plus {a}) by (x minus {c})"),
            (
                f"(x * {a} + {b}) // {c}",
                f"multiplies x by {a}, adds {b}, then divides by {c} rounding down (integer division)",
            ),
        ),
    }[level]
    expr, words = rng.choice(forms)
    doc = rng.choice((f"returns `{expr}`", f"{words} and returns the result"))
    name = rng.choice(("transform", "compute", "adjust", "convert"))
    lo = 0 if level == "hard" else -20
    return code_task(rng, Function(f"{name}(x)", doc, f"return {expr}", ints(rng, 16, lo, 99)))


def clamp(rng: random.Random, level: Level) -> TaskSpec:
    """Keeping a number inside bounds; hard clamps every item of a list."""
    lo = rng.randint(-20, 20)
    hi = lo + rng.randint(5, 60)
    name = rng.choice(("clamp", "limit", "bound", "fit_range"))
    around = [(lo - 7,), (lo,), (hi,), (hi + 9,)] + ints(rng, 8, lo - 30, hi + 30)
    if level == "easy":
        body, doc = rng.choice(
            (
                (
                    f"return min(x, {hi})",
                    rng.choice(
                        (
                            f"returns x, but never more than {hi}",
                            f"caps x at {hi}: returns x, or {hi} when x is larger",
                        )
                    ),
                ),
                (
                    f"return max(x, {lo})",
                    rng.choice(
                        (
                            f"returns x, but never less than {lo}",
                            f"raises x to at least {lo}: returns x, or {lo} when x is smaller",
                        )
                    ),
                ),
            )
        )
        return code_task(rng, Function(f"{name}(x)", doc, body, around))
    if level == "medium":
        doc = rng.choice(
            (
                f"returns x limited to the range {lo} to {hi} (inclusive)",
                f"clamps x into [{lo}, {hi}]: smaller values become {lo}, larger ones {hi}",
            )
        )
        return code_task(
            rng, Function(f"{name}(x)", doc, f"return max({lo}, min({hi}, x))", around)
        )
    doc = (
        f"returns a new list with every number of xs clamped to [{lo}, {hi}] "
        f"(values below {lo} become {lo}, values above {hi} become {hi})"
    )
    inputs = number_lists(rng, 12, 8, lo - 30, hi + 30) + [([],)]
    return code_task(
        rng,
        Function(f"{name}_all(xs)", doc, f"return [max({lo}, min({hi}, x)) for x in xs]", inputs),
    )


def digit_sum(rng: random.Random, level: Level) -> TaskSpec:
    """Sums over the decimal digits of a number."""
    if level == "easy":
        m = rng.randint(2, 13)
        doc = rng.choice(
            (
                f"returns the sum of the decimal digits of n (n >= 0) modulo {m}",
                f"adds up the digits of n (n >= 0) and returns the remainder of that sum divided by {m}",
            )
        )
        name = rng.choice(("digit_sum", "sum_digits", "cross_sum", "checksum"))
        body = f"return sum(int(d) for d in str(n)) % {m}"
        return code_task(rng, Function(f"{name}(n)", doc, body, ints(rng, 14, 0, 99999) + [(0,)]))
    if level == "medium":
        d = rng.randint(0, 7)
        doc = rng.choice(
            (
                f"returns the sum of the digits of n that are greater than {d} (n >= 0)",
                f"adds up only those digits of n (n >= 0) that are bigger than {d}",
            )
        )
        name = rng.choice(("big_digit_sum", "sum_digits_over", "digit_sum_above"))
        body = f"return sum(int(c) for c in str(n) if int(c) > {d})"
        return code_task(rng, Function(f"{name}(n)", doc, body, ints(rng, 14, 0, 9999999) + [(0,)]))
    k = rng.randint(2, 20)
    doc = f"returns how many whole numbers from 1 to n (inclusive) have a digit sum of exactly {k}"
    name = rng.choice(("count_digit_sum", "how_many_sum_to", "digit_sum_count"))
    body = f"return sum(1 for i in range(1, n + 1) if sum(int(d) for d in str(i)) == {k})"
    inputs = [(int(10 ** rng.uniform(0, 3)),) for _ in range(10)] + ints(rng, 10, 100, 999)
    return code_task(rng, Function(f"{name}(n)", doc, body, inputs))


def divisor_count(n: int) -> int:
    return sum(1 for d in range(1, n + 1) if n % d == 0)


def divisor_pair(rng: random.Random, top: int) -> tuple[int, int]:
    """Two divisors from 2 to `top`, the first not a multiple of the second, so that
    "divisible by a but not by b" holds for some numbers."""
    while True:
        a, b = rng.sample(range(2, top + 1), 2)
        if a % b:
            return a, b


def divisors(rng: random.Random, level: Level) -> TaskSpec:
    """Divisibility tests; hard counts divisors (exactly 2 means prime)."""
    if level == "easy":
        k = rng.randint(2, 30)
        doc = rng.choice(
            (
                f"returns True if n is divisible by {k}, otherwise False",
                f"tells whether n is a multiple of {k} (True or False)",
            )
        )
        name = rng.choice(("is_divisible", "divisible", "is_multiple", "check"))
        inputs = [(k * rng.randint(1, 30),) for _ in range(8)] + [
            (k * rng.randint(1, 30) + rng.randint(1, k - 1),) for _ in range(8)
        ]
        rng.shuffle(inputs)
        return code_task(rng, Function(f"{name}(n)", doc, f"return n % {k} == 0", inputs))
    if level == "medium":
        a, b = divisor_pair(rng, 12)
        body, doc = rng.choice(
            (
                (
                    f"return n % {a} == 0 and n % {b} == 0",
                    f"returns True if n is divisible by both {a} and {b}, else False",
                ),
                (
                    f"return n % {a} == 0 or n % {b} == 0",
                    f"returns True if n is divisible by {a} or by {b} (or both), else False",
                ),
                (
                    f"return n % {a} == 0 and n % {b} != 0",
                    f"returns True if n is divisible by {a} but not by {b}, else False",
                ),
            )
        )
        name = rng.choice(("check", "test_number", "accept", "matches"))
        inputs = [(d * rng.randint(1, 30),) for d in [a] * 12 + [b] * 6 + [a * b] * 4] + ints(
            rng, 20, 1, 500
        )
        rng.shuffle(inputs)
        return code_task(rng, Function(f"{name}(n)", doc, body, inputs))
    k = rng.choice((2, 3, 4, 6, 8))
    doc = f"returns True if n (n >= 1) has exactly {k} positive divisors, else False (a prime has exactly 2)"
    name = rng.choice(("has_divisors", "divisor_check", "exact_divisors", "count_check"))
    hits = [n for n in range(1, 300) if divisor_count(n) == k]
    inputs = [(n,) for n in rng.sample(hits, min(8, len(hits)))] + ints(rng, 10, 1, 300)
    rng.shuffle(inputs)
    body = f"return sum(1 for d in range(1, n + 1) if n % d == 0) == {k}"
    return code_task(rng, Function(f"{name}(n)", doc, body, inputs))


# ---- strings ----------------------------------------------------------------------------


def count_letter(rng: random.Random, level: Level) -> TaskSpec:
    """Counting a letter: in a string, ignoring case, or the words that hold it."""
    texts = sentences(rng, 15, {"easy": 6, "medium": 8, "hard": 10}[level])
    common = [
        c for c in sorted(set("".join(VOCAB))) if sum(c in t for (t,) in texts) >= len(texts) // 2
    ]
    c = rng.choice(common or sorted(set("".join(t for (t,) in texts)) - {" "}))
    name = rng.choice(("count_letter", "letter_count", "count_char", "occurrences"))
    if level == "easy":
        doc = rng.choice(
            (
                f"returns how many times the letter '{c}' occurs in the string s",
                f"counts the letter '{c}' in s and returns that number",
            )
        )
        return code_task(rng, Function(f"{name}(s)", doc, f"return s.count('{c}')", texts))
    if level == "medium":
        doc = rng.choice(
            (
                f"returns how many times the letter '{c}' occurs in s, counting both '{c}' and '{c.upper()}'",
                f"counts the letter '{c}' in s ignoring upper/lower case",
            )
        )
        inputs = [(mixed_case(rng, s),) for (s,) in texts]
        return code_task(rng, Function(f"{name}(s)", doc, f"return s.lower().count('{c}')", inputs))
    doc = f"returns the number of words in s (separated by spaces) that contain the letter '{c}'"
    name = rng.choice(("words_with", "count_words_with", "words_containing"))
    body = f"return sum(1 for w in s.split() if '{c}' in w)"
    return code_task(rng, Function(f"{name}(s)", doc, body, texts))


def reverse_words(rng: random.Random, level: Level) -> TaskSpec:
    """Reversing word order or the letters in each word, joined by a given separator."""
    sep = rng.choice(SEPARATORS)
    joined = separator_words(sep)
    name = rng.choice(("reverse_words", "flip_words", "backwards", "mirror_text"))
    if level == "easy":
        doc = f"returns the words of s (separated by spaces) in reverse order, joined by {joined}"
        body = f"return '{sep}'.join(reversed(s.split()))"
    elif level == "medium":
        doc = f"reverses the letters of every word of s but keeps the word order, joining the words with {joined}"
        body = f"return '{sep}'.join(w[::-1] for w in s.split())"
    else:
        k = rng.randint(2, 5)
        doc = (
            f"returns the last {k} words of s in reverse order (the last word first), joined by {joined}; "
            f"all words, reversed, if s has fewer than {k}"
        )
        body = f"return '{sep}'.join(s.split()[::-1][:{k}])"
    return code_task(rng, Function(f"{name}(s)", doc, body, sentences(rng, 15, 8)))


def capitalize(rng: random.Random, level: Level) -> TaskSpec:
    """Upper-casing parts of a string: a prefix or suffix, every word, the long words."""
    if level == "easy":
        k = rng.randint(1, 6)
        body, doc = rng.choice(
            (
                (
                    f"return s[:{k}].upper() + s[{k}:]",
                    f"returns s with its first {k} characters in upper case and the rest unchanged",
                ),
                (
                    f"return s[:-{k}] + s[-{k}:].upper()",
                    f"returns s with its last {k} characters in upper case and the rest unchanged",
                ),
            )
        )
        name = rng.choice(("shout_part", "upper_part", "emphasize"))
        return code_task(rng, Function(f"{name}(s)", doc, body, sentences(rng, 15, 4)))
    name = rng.choice(("capitalize_words", "title_words", "headline", "format_title"))
    if level == "medium":
        sep = rng.choice(SEPARATORS)
        doc = (
            f"returns the words of s (separated by spaces) with their first letter in upper case, "
            f"joined by {separator_words(sep)}"
        )
        body = f"return '{sep}'.join(w.capitalize() for w in s.split())"
        return code_task(rng, Function(f"{name}(s)", doc, body, sentences(rng, 15, 6)))
    k = rng.randint(3, 7)
    doc = rng.choice(
        (
            f"capitalizes (first letter upper case) only the words of s that have at least {k} letters, "
            "leaves shorter words as they are, and joins the words with single spaces",
            f"returns s (words separated by single spaces) with every word of {k} or more letters "
            "capitalized, that is with its first letter in upper case; shorter words stay unchanged",
        )
    )
    body = f"return ' '.join(w.capitalize() if len(w) >= {k} else w for w in s.split())"
    return code_task(rng, Function(f"{name}(s)", doc, body, sentences(rng, 15, 8)))


def palindrome(rng: random.Random, level: Level) -> TaskSpec:
    """Does a string read the same backwards: plain, ignoring case and a character, per word."""
    name = rng.choice(("is_palindrome", "palindrome", "reads_same", "mirrored"))
    if level == "easy":
        k = rng.randint(2, 6)
        doc = f"returns True if s reads the same forwards and backwards and has at least {k} characters, else False"
        long_enough = [p for p in PALINDROMES if len(p) >= k]
        words = [rng.choice(long_enough) for _ in range(6)] + [
            rng.choice(PALINDROMES) for _ in range(4)
        ]
        words += [rng.choice(VOCAB) for _ in range(6)] + ["", "x"]
        inputs = [(w,) for w in words]
        rng.shuffle(inputs)
        return code_task(
            rng, Function(f"{name}(s)", doc, f"return len(s) >= {k} and s == s[::-1]", inputs)
        )
    if level == "medium":
        c = rng.choice((" ", "-", "_", ".", "*"))
        shown = "space" if c == " " else f"'{c}'"
        doc = f"returns True if s is a palindrome once upper/lower case is ignored and every {shown} is removed, else False"
        inputs = [(palindrome_phrase(rng, c),) for _ in range(8)] + [
            (mixed_case(rng, rng.choice(VOCAB)),) for _ in range(8)
        ]
        rng.shuffle(inputs)
        body = f"t = s.replace('{c}', '').lower()\nreturn t == t[::-1]"
        return code_task(rng, Function(f"{name}(s)", doc, body, inputs))
    k = rng.randint(3, 5)
    doc = rng.choice(
        (
            f"returns how many words of s (separated by spaces) are palindromes with at least {k} letters",
            f"counts the words of s (split on spaces) that have {k} or more letters and read the same "
            "backwards",
        )
    )
    name = rng.choice(("count_palindromes", "palindrome_words", "mirror_words", "symmetric_count"))
    inputs = [(sentence(rng, rng.randint(1, 9), PALINDROMES + VOCAB),) for _ in range(16)]
    body = f"return sum(1 for w in s.split() if len(w) >= {k} and w == w[::-1])"
    return code_task(rng, Function(f"{name}(s)", doc, body, inputs))


def palindrome_phrase(rng: random.Random, filler: str) -> str:
    """A palindrome of letters with `filler` at random places and random upper case."""
    half = "".join(rng.choice("abcdeilmnorst") for _ in range(rng.randint(2, 5)))
    letters = half + rng.choice(("", "x")) + half[::-1]
    spaced = "".join(ch + (filler if rng.random() < 0.3 else "") for ch in letters)
    return mixed_case(rng, spaced)


def shift_expr(k: int, direction: str = "+") -> str:
    """The oracle's expression for one lowercase letter `c` shifted by `k`."""
    return f"chr((ord(c) - 97 {direction} {k}) % 26 + 97)"


def caesar(rng: random.Random, level: Level) -> TaskSpec:
    """Caesar shifts: forward on lowercase words, with other characters kept, backwards."""
    k = rng.randint(1, 25)
    if level == "easy":
        doc = (
            f"shifts every letter of s (only lowercase letters a-z) {places(k)} forward in the "
            "alphabet, wrapping around from z to a, and returns the result"
        )
        inputs = [(w,) for w in rng.sample(VOCAB, 15)] + [("xyz",)]
        name = rng.choice(("caesar", "shift", "encode", "rotate_letters"))
        return code_task(
            rng, Function(f"{name}(s)", doc, f"return ''.join({shift_expr(k)} for c in s)", inputs)
        )
    if level == "medium":
        doc = (
            f"shifts every lowercase letter of s {places(k)} forward in the alphabet (z wraps to a) "
            "and keeps every other character (spaces, punctuation) unchanged"
        )
        inputs = [(s + rng.choice(("", "!", ".", "?")),) for (s,) in sentences(rng, 15, 5)]
        name = rng.choice(("caesar", "shift", "encode", "rotate_letters"))
        body = f"return ''.join({shift_expr(k)} if 'a' <= c <= 'z' else c for c in s)"
        return code_task(rng, Function(f"{name}(s)", doc, body, inputs))
    doc = (
        f"decodes a Caesar cipher: shifts every letter of s {places(k)} back in the alphabet (a wraps "
        "to z), keeping upper case letters upper case, and leaves other characters unchanged"
    )
    inputs = [(mixed_case(rng, s) + rng.choice(("", "!", ".")),) for (s,) in sentences(rng, 15, 5)]
    body = (
        "out = ''\nfor c in s:\n"
        f"    if 'A' <= c <= 'Z':\n        c = chr((ord(c) - 65 - {k}) % 26 + 65)\n"
        f"    elif 'a' <= c <= 'z':\n        c = {shift_expr(k, '-')}\n"
        "    out += c\nreturn out"
    )
    name = rng.choice(("decode", "unshift", "caesar_decode"))
    return code_task(rng, Function(f"{name}(s)", doc, body, inputs))


# ---- lists ------------------------------------------------------------------------------


STATS = {
    "sum": (
        ("total", "list_sum", "add_all", "sum_of"),
        ("returns the sum of the numbers in xs", "adds up all numbers of the list xs"),
    ),
    "max": (
        ("largest", "biggest", "list_max", "top_value"),
        (
            "returns the largest number in xs (xs is never empty)",
            "finds the biggest item of the non-empty list xs",
        ),
    ),
    "min": (
        ("smallest", "lowest", "list_min", "bottom_value"),
        (
            "returns the smallest number in xs (xs is never empty)",
            "finds the lowest item of the non-empty list xs",
        ),
    ),
}
"""Built-in aggregate -> (function names, descriptions) for list-stats' easy level."""


def list_stats(rng: random.Random, level: Level) -> TaskSpec:
    """One number from a list: sum, max, min; of a slice; of the k largest or smallest."""
    if level == "easy":
        stat = rng.choice(sorted(STATS))
        names, docs = STATS[stat]
        name, doc, body = rng.choice(names), rng.choice(docs), f"return {stat}(xs)"
        return code_task(rng, Function(f"{name}(xs)", doc, body, number_lists(rng, 16, 8)))
    k = rng.randint(2, 5)
    name = rng.choice(("summarize", "aggregate", "measure", "score"))
    if level == "medium":
        body, doc = rng.choice(
            (
                (
                    f"return sum(xs[:{k}])",
                    f"returns the sum of the first {k} numbers of xs (of all of them if xs is shorter)",
                ),
                (
                    f"return max(xs[-{k}:])",
                    f"returns the largest of the last {k} numbers of the non-empty list xs",
                ),
                (
                    f"return min(xs[:{k}])",
                    f"returns the smallest of the first {k} numbers of the non-empty list xs",
                ),
                (
                    "return max(xs) - min(xs)",
                    "returns the difference between the largest and the smallest number of xs",
                ),
            )
        )
    else:
        body, doc = rng.choice(
            (
                (
                    f"return sum(sorted(xs)[-{k}:])",
                    f"returns the sum of the {k} largest numbers in xs (of all of them if xs is shorter)",
                ),
                (
                    f"return sum(sorted(xs)[:{k}])",
                    f"returns the sum of the {k} smallest numbers in xs (of all of them if xs is shorter)",
                ),
            )
        )
    return code_task(rng, Function(f"{name}(xs)", doc, body, number_lists(rng, 16, 10)))


def list_filter(rng: random.Random, level: Level) -> TaskSpec:
    """Keeping the numbers of a list that pass a test, in order."""
    k, m = rng.randint(-5, 30), rng.randint(2, 5)
    lo = rng.randint(-10, 20)
    hi = lo + rng.randint(5, 25)
    a, b = divisor_pair(rng, 7)
    tests = {
        "easy": (
            (" if x % 2 == 0", "the even numbers"),
            (" if x % 2 == 1", "the odd numbers"),
            (f" if x > {k}", f"the numbers greater than {k}"),
            (f" if x < {k}", f"the numbers less than {k}"),
        ),
        "medium": (
            (f" if {lo} <= x <= {hi}", f"the numbers from {lo} to {hi} (inclusive)"),
            (f" if x % {m} == 0", f"the numbers divisible by {m}"),
        ),
        "hard": (
            (f" if x % {a} == 0 and x % {b} != 0", f"the numbers divisible by {a} but not by {b}"),
            (f" if x % 2 == 0 and x > {k}", f"the even numbers greater than {k}"),
        ),
    }[level]
    condition, what = rng.choice(tests)
    doc = rng.choice(
        (
            f"returns a list of {what} in xs, in their original order",
            f"keeps only {what} of the list xs (same order) and returns them as a new list",
        )
    )
    name = rng.choice(("keep", "select", "filter_numbers", "pick"))
    inputs = number_lists(rng, 14, 6 if level == "easy" else 12) + [([],)]
    return code_task(
        rng, Function(f"{name}(xs)", doc, f"return [x for x in xs{condition}]", inputs)
    )


def rotate(rng: random.Random, level: Level) -> TaskSpec:
    """Rotating a list by a fixed k; hard allows empty lists and k past the length."""
    k = rng.randint(1, 6)
    name = rng.choice(("rotate", "shift_list", "cycle", "turn"))
    if level != "hard":
        if level == "easy":
            body = f"return xs[{k}:] + xs[:{k}]"
            doc = f"moves the first {k} items of the list xs to its end (a left rotation by {k}); xs has more than {k} items"
        else:
            body = f"return xs[-{k}:] + xs[:-{k}]"
            doc = (
                f"moves the last {k} items of the list xs to its front, keeping their order "
                f"(a right rotation by {k}); xs has more than {k} items"
            )
        inputs = [(list(range(1, k + rng.randint(2, 4))),)] + [
            ([rng.randint(0, 99) for _ in range(rng.randint(k + 1, k + 8))],) for _ in range(12)
        ]
        return code_task(rng, Function(f"{name}(xs)", doc, body, inputs))
    k = rng.randint(2, 9)
    direction = rng.choice(("left", "right"))
    cut = "k" if direction == "left" else "len(xs) - k"
    body = f"if not xs:\n    return []\nk = {k} % len(xs)\nreturn xs[{cut}:] + xs[:{cut}]"
    moved = "first item moves to the end" if direction == "left" else "last item moves to the front"
    doc = (
        f"rotates the list xs {direction} by {k} places (the {moved}, {k} times) and returns the new list; "
        f"xs may be empty or shorter than {k}"
    )
    inputs = (
        [(list(range(1, 6)),)]
        + [([rng.randint(0, 99) for _ in range(rng.randint(1, 12))],) for _ in range(12)]
        + [([],)]
    )
    return code_task(rng, Function(f"{name}(xs)", doc, body, inputs))


def running_total(rng: random.Random, level: Level) -> TaskSpec:
    """Running aggregates over a list: totals from a start, maxima or minima, a capped level."""
    if level == "easy":
        start = 0 if rng.random() < 0.2 else rng.randint(1, 500)
        doc = rng.choice(
            (
                f"returns the running totals of xs starting from {start}: item i is {start} plus xs[0] + ... + xs[i]",
                f"treats xs as deposits (positive) and withdrawals (negative) on an account that starts at {start} "
                "and returns the balance after each one, as a list",
            )
        )
        name = rng.choice(("running_totals", "balances", "cumulative"))
        body = f"total, out = {start}, []\nfor x in xs:\n    total += x\n    out.append(total)\nreturn out"
        return code_task(
            rng, Function(f"{name}(xs)", doc, body, number_lists(rng, 14, 8) + [([],)])
        )
    if level == "medium":
        best, word = rng.choice((("max", "largest"), ("min", "smallest")))
        doc = rng.choice(
            (
                f"returns a list whose item i is the {word} of xs[0] to xs[i] (the running {best}imum)",
                f"returns, for every position of xs, the {word} number seen so far",
                f"walks through xs and returns the list of the {word} value met up to and including "
                "each position",
            )
        )
        record = "highs" if best == "max" else "lows"
        name = rng.choice(
            (f"running_{best}", f"{best}_so_far", f"record_{record}", f"{record}_list")
        )
        body = f"out = []\nfor x in xs:\n    out.append(x if not out else {best}(out[-1], x))\nreturn out"
        return code_task(
            rng, Function(f"{name}(xs)", doc, body, number_lists(rng, 14, 10) + [([],)])
        )
    cap = rng.randint(20, 200)
    start = rng.randint(0, cap)
    doc = rng.choice(
        (
            f"models a tank that starts at {start} litres and holds at most {cap}: for each change x in xs "
            f"(positive fills, negative drains) it records the level after that change, never below 0 nor above {cap}, "
            "and returns those levels as a list",
            f"returns the running totals of xs starting from {start}, where after each step the total is "
            f"kept between 0 and {cap} (inclusive)",
        )
    )
    name = rng.choice(("tank_levels", "capped_totals", "bounded_running"))
    body = f"level, out = {start}, []\nfor x in xs:\n    level = max(0, min({cap}, level + x))\n    out.append(level)\nreturn out"
    inputs = number_lists(rng, 14, 10, -cap // 2, cap // 2) + [([],)]
    return code_task(rng, Function(f"{name}(xs)", doc, body, inputs))


def dedupe(rng: random.Random, level: Level) -> TaskSpec:
    """Removing repeats in order: exact, ignoring case, or keeping only frequent items."""
    repeats = [
        ([rng.randint(0, top) for _ in range(rng.randint(3, 14))],)
        for top in rng.choices((3, 5, 9), k=8)
    ]
    pool = rng.sample(WORDS, 5)
    words = [([rng.choice(pool) for _ in range(rng.randint(3, 9))],) for _ in range(8)]
    if level == "easy":
        doc = rng.choice(
            (
                "returns xs without duplicates, keeping the first occurrence of each item in order",
                "removes repeated items from the list xs, keeping each item's first position",
                "returns the distinct items of xs in the order they first appear",
                "drops every item of xs that already appeared earlier in the list and returns the rest",
                "treats xs as a log of visits and returns each visitor once, in order of first visit",
            )
        )
        name = rng.choice(("dedupe", "unique", "remove_duplicates", "distinct", "first_seen"))
        body = "out = []\nfor x in xs:\n    if x not in out:\n        out.append(x)\nreturn out"
        return code_task(rng, Function(f"{name}(xs)", doc, body, repeats + words + [([],)]))
    if level == "medium":
        doc = rng.choice(
            (
                "returns the list words without case-insensitive duplicates ('Apple' and 'apple' "
                "count as the same), keeping the first spelling of each, in order",
                "removes words that repeat an earlier word ignoring upper/lower case, "
                "and returns the remaining words in order",
                "returns the distinct words of the list words in order of first appearance, where "
                "words differing only in upper/lower case count as the same (keep the first spelling)",
                "keeps the first spelling of every word of the list words and drops later words that "
                "equal it when case is ignored",
                "returns the words of the list words in order, leaving out each word whose lowercase "
                "form was already seen",
            )
        )
        name = rng.choice(
            ("dedupe_words", "unique_words", "drop_repeats", "distinct_words", "fold_case")
        )
        body = (
            "seen, out = set(), []\nfor w in words:\n    if w.lower() not in seen:\n"
            "        seen.add(w.lower())\n        out.append(w)\nreturn out"
        )
        inputs = [([mixed_case(rng, w) for w in ws],) for (ws,) in words + words]
        return code_task(rng, Function(f"{name}(words)", doc, body, inputs + [([],)]))
    k = rng.randint(2, 4)
    repeats = [
        ([rng.randint(0, top) for _ in range(rng.randint(4, 16))],)
        for top in rng.choices((2, 3, 5), k=16)
    ]
    doc = rng.choice(
        (
            f"returns the items of xs that occur at least {k} times, each only once, in order of first "
            "occurrence",
            f"lists, once each and in order of first appearance, the items that appear {k} or more "
            "times in xs",
        )
    )
    name = rng.choice(("frequent", "repeated", "common_items", "recurring"))
    body = f"out = []\nfor x in xs:\n    if xs.count(x) >= {k} and x not in out:\n        out.append(x)\nreturn out"
    return code_task(rng, Function(f"{name}(xs)", doc, body, repeats + words))


# ---- dicts ------------------------------------------------------------------------------

DOMAINS = (
    ("student", "locker number"),
    ("product code", "shelf"),
    ("username", "user id"),
    ("city", "zip code"),
)
"""(key, value) meanings for dicts of words to numbers."""


def word_dict(rng: random.Random, size: int, top: int, distinct: bool) -> dict[str, int]:
    """`size` words mapped to numbers from 1 to `top`, all different when `distinct`."""
    keys = rng.sample(WORDS, size)
    values = (
        rng.sample(range(1, top + 1), size) if distinct else [rng.randint(1, top) for _ in keys]
    )
    return dict(zip(keys, values, strict=True))


def dict_invert(rng: random.Random, level: Level) -> TaskSpec:
    """Swapping keys and values; grouping keys that share a value."""
    key, value = rng.choice(DOMAINS)
    name = rng.choice(("invert", "swap", "reverse_lookup", "flip"))
    if level == "easy":
        doc = rng.choice(
            (
                f"takes d, which maps each {key} to a {value} (all different), and returns a dict "
                f"from {value} to {key}",
                "returns a new dict with the keys and values of d swapped (the values of d are all different)",
            )
        )
        inputs = [(word_dict(rng, rng.randint(1, 6), 99, True),) for _ in range(12)] + [({},)]
        return code_task(
            rng, Function(f"{name}(d)", doc, "return {v: k for k, v in d.items()}", inputs)
        )
    inputs = [(word_dict(rng, rng.randint(2, 9), 3, False),) for _ in range(12)] + [({},)]
    if level == "medium":
        doc = rng.choice(
            (
                "returns a dict that maps each value of d to the list of keys that have it, in d's order",
                f"takes d, which maps each {key} to a {value} (values may repeat), and returns a dict "
                f"from each {value} to the list of its {key}s in d's order",
            )
        )
        body = "out = {}\nfor key, value in d.items():\n    out.setdefault(value, []).append(key)\nreturn out"
        return code_task(rng, Function(f"group_{name}(d)", doc, body, inputs))
    m = rng.randint(2, 3)
    doc = rng.choice(
        (
            f"returns a dict that maps each value of d shared by at least {m} keys to the alphabetically "
            "sorted list of those keys (values held by fewer keys are left out)",
            f"takes d, which maps each {key} to a {value}, and returns a dict from each {value} that at "
            f"least {m} {key}s share to the sorted list of those {key}s",
        )
    )
    body = (
        "groups = {}\nfor key, value in d.items():\n    groups.setdefault(value, []).append(key)\n"
        f"return {{value: sorted(keys) for value, keys in groups.items() if len(keys) >= {m}}}"
    )
    return code_task(rng, Function(f"shared_{name}(d)", doc, body, inputs))


def word_freq(rng: random.Random, level: Level) -> TaskSpec:
    """Counting words: plain, ignoring case and punctuation, the k most frequent."""
    few = VOCAB[rng.randint(0, 30) :][:8]
    texts = [(sentence(rng, rng.randint(1, 14), few),) for _ in range(14)] + [("",)]
    name = rng.choice(("word_counts", "count_words", "frequencies", "tally"))
    if level == "easy":
        sep = rng.choice(SEPARATORS[:5])
        shown = separator_words(sep)
        doc = rng.choice(
            (
                f"returns a dict mapping each word of s (words are separated by {shown}) to how many "
                "times it occurs",
                f"counts how often each word occurs in s, where words are separated by {shown}, and "
                "returns the counts as a dict",
                f"returns a dict of word frequencies for the text s, whose words are separated by {shown}",
            )
        )
        split = "s.split()" if sep == " " else f"s.split('{sep}')"
        inputs = texts if sep == " " else [(sep.join(t.split()),) for (t,) in texts if t]
        body = (
            f"counts = {{}}\nfor w in {split}:\n    counts[w] = counts.get(w, 0) + 1\nreturn counts"
        )
        return code_task(rng, Function(f"{name}(s)", doc, body, inputs))
    if level == "medium":
        marks = "".join(rng.sample(".,!?;:", rng.randint(2, 4)))
        doc = (
            "returns a dict mapping each word of s to how many times it occurs, where words are "
            f"split on spaces, lowercased, and stripped of the punctuation marks {' '.join(marks)}"
        )
        inputs = [
            (" ".join(mixed_case(rng, w) + rng.choice(("", "") + tuple(marks)) for w in s.split()),)
            for (s,) in texts
        ]
        body = (
            f"counts = {{}}\nfor w in s.lower().split():\n    w = w.strip('{marks}')\n"
            "    counts[w] = counts.get(w, 0) + 1\nreturn counts"
        )
        return code_task(rng, Function(f"{name}(s)", doc, body, inputs))
    k = rng.randint(1, 5)
    doc = rng.choice(
        (
            f"returns the {k} most frequent words of s (split on spaces) as a list, most frequent first; "
            "words with equal counts come in alphabetical order",
            f"ranks the space-separated words of s by how often they occur (ties in alphabetical "
            f"order) and returns the first {k} of that ranking as a list",
        )
    )
    body = (
        "counts = {}\nfor w in s.split():\n    counts[w] = counts.get(w, 0) + 1\n"
        f"return sorted(counts, key=lambda w: (-counts[w], w))[:{k}]"
    )
    name = rng.choice(("top_words", "most_common", "leaders", "ranking"))
    return code_task(rng, Function(f"{name}(s)", doc, body, texts))


def merge_dicts(rng: random.Random, level: Level) -> TaskSpec:
    """Combining two dicts: one side wins, values add up, or only shared keys survive."""
    name = rng.choice(("merge", "combine", "merged", "join_dicts", "union", "overlay"))

    def pairs(count: int) -> list[Args]:
        out = []
        for _ in range(count):
            a = word_dict(rng, rng.randint(1, 5), 99, True)
            b = word_dict(rng, rng.randint(1, 5), 99, True)
            b.update({k: rng.randint(1, 99) for k in rng.sample(sorted(a), min(2, len(a)))})
            out.append((a, b))
        return out + [({}, {})]

    if level == "easy":
        winner, other = rng.choice((("b", "a"), ("a", "b")))
        doc = rng.choice(
            (
                f"returns one dict with all entries of a and b; where a key is in both, {winner}'s value wins",
                f"merges the dicts a and b into a new dict, taking the value from {winner} for keys "
                f"that {other} also has",
            )
        )
        return code_task(
            rng, Function(f"{name}(a, b)", doc, f"return {{**{other}, **{winner}}}", pairs(14))
        )
    if level == "medium":
        how, body_value = rng.choice(
            (
                ("the sum of the two counts", "out.get(key, 0) + value"),
                ("the larger of the two counts", "max(out.get(key, value), value)"),
            )
        )
        doc = rng.choice(
            (
                f"takes a and b, which map item names to counts (two shops' stock), and returns one dict "
                f"with every item of either; an item in both gets {how}",
                f"returns a new dict with every key of a or b; a key in both gets {how}",
            )
        )
        body = (
            f"out = dict(a)\nfor key, value in b.items():\n    out[key] = {body_value}\nreturn out"
        )
        return code_task(rng, Function(f"{name}(a, b)", doc, body, pairs(14)))
    how, expr = rng.choice(
        (
            ("a's value plus b's value", "a[key] + b[key]"),
            ("a's value minus b's value", "a[key] - b[key]"),
            ("the smaller of the two values", "min(a[key], b[key])"),
        )
    )
    doc = rng.choice(
        (
            f"returns a dict of only the keys that are in both a and b, each mapped to {how}",
            f"keeps the keys that a and b have in common and maps each of them to {how}",
        )
    )
    return code_task(
        rng,
        Function(
            f"common_{name}(a, b)",
            doc,
            f"return {{key: {expr} for key in a if key in b}}",
            pairs(14),
        ),
    )


# ---- transfer: new compositions of the skills above --------------------------------------


def filter_sum(rng: random.Random, level: Level) -> TaskSpec:
    """list-filter then list-stats: the sum of the numbers that pass a test."""
    k = rng.randint(-5, 30)
    a, b = divisor_pair(rng, 7)
    condition, what = rng.choice(
        {
            "easy": (
                (" if x % 2 == 0", "the even numbers"),
                (" if x % 2 == 1", "the odd numbers"),
                (" if x > 0", "the positive numbers"),
                (" if x < 0", "the negative numbers"),
            ),
            "medium": (
                (f" if x > {k}", f"the numbers greater than {k}"),
                (f" if x < {k}", f"the numbers less than {k}"),
            ),
            "hard": (
                (
                    f" if x % {a} == 0 and x % {b} != 0",
                    f"the numbers divisible by {a} but not by {b}",
                ),
            ),
        }[level]
    )
    doc = rng.choice(
        (
            f"returns the sum of {what} in xs (0 if there are none)",
            f"adds up only {what} of the list xs and returns that total",
        )
    )
    name = rng.choice(("sum_selected", "filtered_total", "partial_sum", "add_some"))
    inputs = number_lists(rng, 14, 12) + [([],)]
    return code_task(
        rng, Function(f"{name}(xs)", doc, f"return sum(x for x in xs{condition})", inputs)
    )


def reverse_capitalize(rng: random.Random, level: Level) -> TaskSpec:
    """reverse-words then capitalize: reversed word order with every word capitalized."""
    name = rng.choice(("reverse_title", "backwards_headline", "flip_and_capitalize"))
    sep = rng.choice(SEPARATORS)
    joined = separator_words(sep)
    k = rng.randint(2, 5)
    if level == "easy":
        doc = (
            f"returns the words of s (separated by spaces) in reverse order, each with its first letter "
            f"in upper case, joined by {joined}"
        )
        body = f"return '{sep}'.join(w.capitalize() for w in reversed(s.split()))"
    elif level == "medium":
        doc = (
            f"returns the last {k} words of s in reverse order (the last word first), each with its first letter "
            f"in upper case, joined by {joined}; all words if s has fewer than {k}"
        )
        body = f"return '{sep}'.join(w.capitalize() for w in s.split()[::-1][:{k}])"
    else:
        doc = (
            f"returns the words of s in reverse order, joined by {joined}, where only the words with at least "
            f"{k} letters get their first letter in upper case"
        )
        body = f"return '{sep}'.join(w.capitalize() if len(w) >= {k} else w for w in reversed(s.split()))"
    return code_task(rng, Function(f"{name}(s)", doc, body, sentences(rng, 15, 7)))


def dict_select(rng: random.Random, level: Level) -> TaskSpec:
    """A dict task of a new kind: selecting entries or keys by their values."""
    m = rng.randint(10, 80)
    key, value = rng.choice(DOMAINS)
    inputs = [(word_dict(rng, rng.randint(2, 8), 99, False),) for _ in range(14)]
    if level == "easy":
        doc = f"returns a new dict with only the entries of d whose value is greater than {m}"
        name = rng.choice(("above", "keep_large", "select_entries"))
        body = f"return {{key: value for key, value in d.items() if value > {m}}}"
        return code_task(rng, Function(f"{name}(d)", doc, body, inputs + [({},)]))
    if level == "medium":
        doc = rng.choice(
            (
                f"returns the alphabetically sorted list of the keys of d whose value is at least {m}",
                f"takes d, which maps each {key} to a {value}, and returns the sorted list of {key}s "
                f"with a {value} of at least {m}",
            )
        )
        name = rng.choice(("keys_at_least", "qualifying", "select_keys"))
        body = f"return sorted(key for key, value in d.items() if value >= {m})"
        return code_task(rng, Function(f"{name}(d)", doc, body, inputs + [({},)]))
    best, word = rng.choice((("max", "largest"), ("min", "smallest")))
    doc = rng.choice(
        (
            f"returns the key of the non-empty dict d with the {word} value; if several keys share it, "
            "the alphabetically first of them",
            f"takes d, which maps each {key} to a {value}, and returns the {key} with the {word} {value} "
            "(the alphabetically first one on a tie); d is never empty",
        )
    )
    name = rng.choice(("pick_key", f"arg{best}", f"{word}_key", "find_key"))
    body = f"return {best}(sorted(d), key=lambda key: d[key])"
    return code_task(rng, Function(f"{name}(d)", doc, body, inputs))


def reverse_shift(rng: random.Random, level: Level) -> TaskSpec:
    """reverse-words plus caesar: reversing a string and shifting its letters."""
    k = rng.randint(1, 25)
    name = rng.choice(("scramble", "encode_reversed", "mirror_shift"))
    if level == "easy":
        doc = (
            f"reverses s (lowercase letters only) and shifts every letter {places(k)} forward in the "
            "alphabet, wrapping from z to a"
        )
        inputs = [(w,) for w in rng.sample(VOCAB, 15)] + [("xyz",)]
        return code_task(
            rng,
            Function(
                f"{name}(s)", doc, f"return ''.join({shift_expr(k)} for c in s[::-1])", inputs
            ),
        )
    if level == "medium":
        doc = (
            f"reverses the order of the words of s (separated by single spaces) and shifts every lowercase "
            f"letter {places(k)} forward in the alphabet (z wraps to a); spaces stay spaces"
        )
        body = f"t = ' '.join(reversed(s.split()))\nreturn ''.join({shift_expr(k)} if c != ' ' else c for c in t)"
        return code_task(rng, Function(f"{name}(s)", doc, body, sentences(rng, 15, 6)))
    doc = (
        f"decodes s: shifts every lowercase letter {places(k)} back in the alphabet (a wraps to z), "
        "then reverses the letters of each word, keeping the word order; words are separated by single spaces"
    )
    body = f"t = ''.join({shift_expr(k, '-')} if c != ' ' else c for c in s)\nreturn ' '.join(w[::-1] for w in t.split())"
    return code_task(rng, Function(f"decode_{name}(s)", doc, body, sentences(rng, 15, 6)))


FAMILIES = [
    Family("affine", affine),
    Family("clamp", clamp),
    Family("digit-sum", digit_sum),
    Family("divisors", divisors),
    Family("count-letter", count_letter),
    Family("reverse-words", reverse_words),
    Family("capitalize", capitalize),
    Family("palindrome", palindrome),
    Family("caesar", caesar),
    Family("list-stats", list_stats),
    Family("list-filter", list_filter),
    Family("rotate", rotate),
    Family("running-total", running_total),
    Family("dedupe", dedupe),
    Family("dict-invert", dict_invert),
    Family("word-freq", word_freq),
    Family("merge-dicts", merge_dicts),
    Family("filter-sum", filter_sum, transfer=True),
    Family("reverse-capitalize", reverse_capitalize, transfer=True),
    Family("dict-select", dict_select, transfer=True),
    Family("reverse-shift", reverse_shift, transfer=True),
]
