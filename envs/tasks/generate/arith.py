"""arith: exact integer answers written to /workspace/answer.txt.

Each family is one kind of reasoning (a rate, a remainder, a percentage, ...) told in
several phrasings. The oracle is always `python3 -c 'print(<expression>)'`, the expression
built from the numbers in the text in the order a person would write them, so the
demonstration teaches reading a problem into an expression, not one sentence. Division is
`//` everywhere (numbers are chosen so that shares come out whole): it prints `12` where
`/` would print `12.0`.
"""

import random
from math import gcd

from loopwright.envs.tasks.generate.phrasing import FINISH, NAMES, listing, phrase
from loopwright.envs.tasks.generate.spec import Family, Level, TaskSpec

Span = tuple[int, int]
"""Inclusive bounds of a drawn number."""

ANSWER = (
    "Write only the resulting integer to /workspace/answer.txt.",
    "Put just the number, without units, in /workspace/answer.txt.",
    "Save the answer as a bare integer in /workspace/answer.txt.",
    "The answer goes in /workspace/answer.txt: the integer and nothing else.",
)
FRAMES = (
    "{problem}\n{answer} {finish}",
    "Problem: {problem}\n\n{answer} {finish}",
    "Please solve the following.\n{problem}\n{answer} {finish}",
    "Your job:\n- work this out: {problem}\n- {answer}\n- {finish}",
)
THINGS = ("marbles", "stickers", "stamps", "shells", "cards", "coins", "beads", "buttons")
GOODS = ("book", "pen", "bag", "lamp", "mug", "scarf", "kettle", "plant", "clock", "ball", "hat", "jar")
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def answer_task(rng: random.Random, problem: str, expr: str) -> TaskSpec:
    """The task of answering `problem`; the oracle prints `expr`, our own integer
    expression, and the check expects its value."""
    value = eval(expr, {"__builtins__": {}})  # noqa: S307 - built here from drawn integers
    solution = f"python3 -c 'print({expr})' > /workspace/answer.txt"
    return TaskSpec(
        key=solution,
        instruction=phrase(rng, FRAMES, problem=problem, answer=rng.choice(ANSWER), finish=rng.choice(FINISH)),
        check=f'[ "$(tr -d "[:space:]" < /workspace/answer.txt 2>/dev/null)" = "{value}" ]',
        solution=solution,
    )


def pair(rng: random.Random, spans: dict[Level, tuple[Span, Span]], level: Level) -> tuple[int, int]:
    """Two numbers drawn from the level's two spans."""
    first, second = spans[level]
    return rng.randint(*first), rng.randint(*second)


def distinct_pair(rng: random.Random, span: Span) -> tuple[int, int]:
    """Two different numbers from `span`, larger first."""
    a, b = rng.sample(range(span[0], span[1] + 1), 2)
    return max(a, b), min(a, b)


def completing(rng: random.Random, span: Span, partial_sum: int, multiple: int) -> int:
    """A number from `span` that makes `partial_sum` plus it a multiple of `multiple`,
    so a share or percentage of the sum is whole."""
    first = span[0] + (-(partial_sum + span[0])) % multiple
    return rng.choice(range(first, span[1] + 1, multiple))


# ---- train families ----------------------------------------------------------------------

EXPRESSION = (
    "Compute the exact value of the Python expression `{expr}`.",
    "Evaluate `{expr}` with Python's integer arithmetic.",
    "What does the Python expression `{expr}` evaluate to?",
    "Work out `{expr}` as Python would (// is floor division, % the remainder).",
)


def expression(rng: random.Random, level: Level) -> TaskSpec:
    if level == "easy":
        expr = f"{rng.randint(2, 99)} {rng.choice('+-*')} {rng.randint(2, 99)}"
    elif level == "medium":
        a, b, c = rng.randint(10, 999), rng.randint(2, 99), rng.randint(2, 99)
        expr = rng.choice([f"{a} * {b} + {c}", f"({a} - {b}) * {c}", f"{a} // {b} + {c}", f"{a} % {b} * {c}"])
    else:
        a, b, c, d = (rng.randint(100, 9999) for _ in range(4))
        e = rng.randint(3, 9)
        expr = rng.choice([f"({a} * {b} - {c}) % {d}", f"({a} + {b}) * ({c} - {d}) // {e}", f"{a} * {b} // {c} - {d}"])
    return answer_task(rng, phrase(rng, EXPRESSION, expr=expr), expr)


RATES = (
    "A {vehicle} covers {a} km each day for {b} days. How many kilometres does it cover in all?",
    "One {item} costs {a} dollars. How many dollars do {b} of them cost?",
    "{name} earns {a} dollars per hour and works for {b} hours. How many dollars does {name} earn?",
    "A machine fills {a} bottles every minute. How many bottles does it fill in {b} minutes?",
    "In {b} minutes, how many litres does a pump move if it moves {a} litres per minute?",
)
RATE_SPANS: dict[Level, tuple[Span, Span]] = {
    "easy": ((2, 12), (2, 10)), "medium": ((12, 99), (3, 30)), "hard": ((100, 999), (12, 99)),
}


def rates(rng: random.Random, level: Level) -> TaskSpec:
    a, b = pair(rng, RATE_SPANS, level)
    problem = phrase(rng, RATES, a=a, b=b, name=rng.choice(NAMES), item=rng.choice(GOODS),
                     vehicle=rng.choice(("train", "bus", "truck", "boat")))
    return answer_task(rng, problem, f"{a} * {b}")


TOTALS = (
    "{name} buys {purchases}. How many dollars does {name} spend in total?",
    "A receipt lists {purchases}. What is the total in dollars?",
    "Add up what {name} paid: {purchases}. How many dollars is that altogether?",
    "How much money, in dollars, did {name} spend on {purchases}?",
)
PURCHASES: dict[Level, tuple[Span, Span]] = {
    "easy": ((2, 2), (2, 30)), "medium": ((3, 4), (5, 99)), "hard": ((5, 6), (10, 999)),
}
"""Per level: how many items, and their prices."""


def prices(rng: random.Random, level: Level, multiple: int = 1) -> list[int]:
    """Prices of a few goods whose sum is a multiple of `multiple`."""
    count, span = PURCHASES[level]
    drawn = [rng.randint(*span) for _ in range(rng.randint(*count) - 1)]
    return drawn + [completing(rng, span, sum(drawn), multiple)]


def receipt(rng: random.Random, paid: list[int]) -> str:
    """The purchases as words: `a pen for 3 dollars and a mug for 7 dollars`."""
    goods = rng.sample(GOODS, len(paid))
    return listing([f"a {g} for {p} dollars" for g, p in zip(goods, paid, strict=True)])


def totals(rng: random.Random, level: Level) -> TaskSpec:
    paid = prices(rng, level)
    problem = phrase(rng, TOTALS, name=rng.choice(NAMES), purchases=receipt(rng, paid))
    return answer_task(rng, problem, " + ".join(map(str, paid)))


DIFFERENCES = (
    "{n1} has {a} {things} and {n2} has {b}. How many more {things} does {n1} have than {n2}?",
    "{n2} collected {b} {things}. {n1} collected {a}. How many fewer {things} did {n2} collect than {n1}?",
    "A museum had {a} visitors on Saturday and {b} on Sunday. How many more visitors came on Saturday?",
    "How many more {things} does {n1} have than {n2}, if {n1} has {a} and {n2} has {b}?",
)
SIZES: dict[Level, Span] = {"easy": (10, 99), "medium": (100, 999), "hard": (1000, 99999)}


def differences(rng: random.Random, level: Level) -> TaskSpec:
    a, b = distinct_pair(rng, SIZES[level])
    n1, n2 = rng.sample(NAMES, 2)
    problem = phrase(rng, DIFFERENCES, a=a, b=b, n1=n1, n2=n2, things=rng.choice(THINGS))
    return answer_task(rng, problem, f"{a} - {b}")


REMAINDERS = (
    "{a} eggs are packed into boxes of {b}. How many eggs are left over once as many boxes as possible are full?",
    "{name} sorts {a} {things} into bags of {b}; only full bags are closed. How many {things} stay outside the bags?",
    "{a} chairs are set out in rows of {b}, filling only complete rows. How many chairs are left over?",
    "A boat takes {b} people per trip. {a} people are waiting. After as many full trips as possible, how many are still waiting?",
)
GROUPS = (
    "{a} eggs are packed into boxes of {b}. How many boxes can be filled completely?",
    "How many full teams of {b} players can be made from {a} players?",
    "A ribbon {a} cm long is cut into pieces {b} cm long. How many whole pieces are there?",
    "{name} has {a} dollars and tickets cost {b} dollars each. How many tickets can {name} buy?",
)
GROUPING_SPANS: dict[Level, tuple[Span, Span]] = {
    "easy": ((10, 99), (2, 9)), "medium": ((100, 999), (6, 30)), "hard": ((1000, 99999), (12, 99)),
}
"""Per level: the number of items, and the group size."""


def uneven_split(rng: random.Random, level: Level) -> tuple[int, int]:
    """Items and a group size that leave a remainder."""
    while True:
        a, b = pair(rng, GROUPING_SPANS, level)
        if a % b:
            return a, b


def remainders(rng: random.Random, level: Level) -> TaskSpec:
    a, b = uneven_split(rng, level)
    problem = phrase(rng, REMAINDERS, a=a, b=b, name=rng.choice(NAMES), things=rng.choice(THINGS))
    return answer_task(rng, problem, f"{a} % {b}")


def groups(rng: random.Random, level: Level) -> TaskSpec:
    a, b = uneven_split(rng, level)
    problem = phrase(rng, GROUPS, a=a, b=b, name=rng.choice(NAMES))
    return answer_task(rng, problem, f"{a} // {b}")


SHARING = (
    "{a} sweets are shared equally among {b} children. How many sweets does each child get?",
    "{name} splits a bill of {a} dollars equally between {b} friends. How many dollars does each friend pay?",
    "A farmer puts {a} apples into {b} baskets, the same number in each. How many apples go in each basket?",
    "To read {a} pages in {b} days, the same number every day, how many pages a day are needed?",
)
SHARE_SPANS: dict[Level, tuple[Span, Span]] = {
    "easy": ((2, 9), (2, 12)), "medium": ((3, 20), (10, 99)), "hard": ((12, 99), (100, 999)),
}
"""Per level: the number of sharers, and each one's share."""


def sharing(rng: random.Random, level: Level) -> TaskSpec:
    b, share = pair(rng, SHARE_SPANS, level)
    a = b * share
    problem = phrase(rng, SHARING, a=a, b=b, name=rng.choice(NAMES))
    return answer_task(rng, problem, f"{a} // {b}")


PERCENTAGES = (
    "What is {p}% of {n}?",
    "A shop takes {p}% off a coat that costs {n} dollars. How many dollars is the discount?",
    "{p}% of the {n} pupils of a school walk to school. How many pupils walk?",
    "A tank holds {n} litres and is {p}% full. How many litres are in the tank?",
)
PERCENT_CHOICES: dict[Level, tuple[list[int], Span]] = {
    "easy": ([10, 20, 25, 50, 75], (20, 400)),
    "medium": (list(range(5, 100, 5)), (20, 2000)),
    "hard": (list(range(1, 100)), (100, 20000)),
}
"""Per level: the percentages drawn from, and the span of the whole."""


def percent_step(p: int) -> int:
    """The smallest whole whose `p` percent is an integer."""
    return 100 // gcd(p, 100)


def percentages(rng: random.Random, level: Level) -> TaskSpec:
    choices, span = PERCENT_CHOICES[level]
    p = rng.choice(choices)
    n = completing(rng, span, 0, percent_step(p))
    return answer_task(rng, phrase(rng, PERCENTAGES, p=p, n=n), f"{n} * {p} // 100")


UNITS = (
    ("hours", "minutes", 60), ("minutes", "seconds", 60), ("days", "hours", 24),
    ("weeks", "days", 7), ("kilometres", "metres", 1000), ("kilograms", "grams", 1000),
    ("metres", "centimetres", 100), ("litres", "millilitres", 1000), ("dozen eggs", "eggs", 12),
)
"""(larger unit, smaller unit, how many of the smaller make one larger)."""
CONVERSIONS = (
    "How many {small} are there in {amount}?",
    "Convert {amount} to {small}.",
    "A label reads {amount}. How many {small} is that?",
    "Express {amount} in {small}.",
)


def conversions(rng: random.Random, level: Level) -> TaskSpec:
    big, small, factor = rng.choice(UNITS)
    if level == "hard":
        n, extra = rng.randint(2, 99), rng.randint(1, factor - 1)
        amount, expr = f"{n} {big} and {extra} {small}", f"{n} * {factor} + {extra}"
    else:
        n = rng.randint(*{"easy": (2, 20), "medium": (21, 999)}[level])
        amount, expr = f"{n} {big}", f"{n} * {factor}"
    return answer_task(rng, phrase(rng, CONVERSIONS, amount=amount, small=small), expr)


MULTISTEP = (
    "{name} buys {a} packs of {b} pencils and gives {c} pencils away{then}. How many pencils does {name} have now?",
    "A baker bakes {a} trays of {b} rolls and sells {c} rolls{then}. How many rolls does the baker have now?",
    "A shop receives {a} crates of {b} bottles and sells {c} bottles{then}. How many bottles does the shop have now?",
    "{a} boxes each hold {b} books. {c} books are taken out{then}. How many books are in the boxes now?",
)
MULTISTEP_SPANS: dict[Level, tuple[Span, Span]] = {
    "easy": ((2, 9), (2, 12)), "medium": ((5, 30), (6, 24)), "hard": ((10, 60), (12, 48)),
}
"""Per level: the number of packs, and the items in each."""


def multistep(rng: random.Random, level: Level) -> TaskSpec:
    a, b = pair(rng, MULTISTEP_SPANS, level)
    c = rng.randint(1, a * b - 1)
    then, expr = "", f"{a} * {b} - {c}"
    if level == "hard":
        d = rng.randint(5, 99)
        then, expr = f", and later {d} more arrive", f"{expr} + {d}"
    problem = phrase(rng, MULTISTEP, a=a, b=b, c=c, then=then, name=rng.choice(NAMES))
    return answer_task(rng, problem, expr)


AVERAGES = (
    "{name}'s scores on {count} tests were {values}. What is the average score?",
    "Over {count} days a cafe sold {values} cups of tea. On average, how many cups did it sell per day?",
    "The {count} plants in a row are {values} cm tall. What is their mean height in cm?",
    "Find the mean of these {count} numbers: {values}.",
)
AVERAGE_SPANS: dict[Level, tuple[Span, Span]] = {
    "easy": ((2, 3), (1, 20)), "medium": ((3, 4), (10, 99)), "hard": ((5, 6), (100, 999)),
}
"""Per level: how many values, and their span."""


def averages(rng: random.Random, level: Level) -> TaskSpec:
    count_span, span = AVERAGE_SPANS[level]
    count = rng.randint(*count_span)
    values = [rng.randint(*span) for _ in range(count - 1)]
    values.append(completing(rng, span, sum(values), count))
    problem = phrase(rng, AVERAGES, name=rng.choice(NAMES), count=COUNT_WORDS[count],
                     values=listing([str(v) for v in values]))
    return answer_task(rng, problem, f"({' + '.join(map(str, values))}) // {count}")


AGES: dict[Level, tuple[str, ...]] = {
    "easy": (
        "{n1} is {a} years old. How old will {n1} be in {c} years?",
        "In {c} years, how old will {n1} be if {n1} is {a} today?",
        "A tree was planted {a} years ago. How many years old will it be {c} years from now?",
    ),
    "medium": (
        "{n1} was born in {y1}. How old does {n1} turn in {y2}?",
        "A bridge was built in {y1}. How many years old is it in {y2}?",
        "How many years passed between {y1} and {y2}?",
    ),
    "hard": (
        "{n1} is {a} years old and {n2} is {b} years older. How old will {n2} be in {c} years?",
        "{n2} is {b} years older than {n1}, who is {a}. How old will {n2} be {c} years from now?",
        "A house is {a} years old and a castle is {b} years older. How old will the castle be in {c} years?",
    ),
}
"""Age and time-span problems; each level's problems add one more step."""


def ages(rng: random.Random, level: Level) -> TaskSpec:
    a, b, c = rng.randint(2, 60), rng.randint(18, 45), rng.randint(2, 30)
    y2 = rng.randint(1950, 2030)
    y1 = y2 - rng.randint(3, 99)
    expr = {"easy": f"{a} + {c}", "medium": f"{y2} - {y1}", "hard": f"{a} + {b} + {c}"}[level]
    n1, n2 = rng.sample(NAMES, 2)
    problem = phrase(rng, AGES[level], a=a, b=b, c=c, y1=y1, y2=y2, n1=n1, n2=n2)
    return answer_task(rng, problem, expr)


AREAS = (
    "A rectangular garden is {w} m long and {h} m wide. What is its area in square metres?",
    "How many square metres of carpet cover a floor {w} m by {h} m?",
    "What is the area, in square metres, of a rectangle {w} m by {h} m?",
)
PERIMETERS = (
    "A rectangular field is {w} m long and {h} m wide. How many metres of fence go all the way around it?",
    "What is the perimeter, in metres, of a rectangle {w} m by {h} m?",
    "{name} walks once around a rectangular park {w} m long and {h} m wide. How many metres is the walk?",
)


def geometry(rng: random.Random, level: Level) -> TaskSpec:
    w, h = distinct_pair(rng, {"easy": (2, 12), "medium": (10, 99), "hard": (100, 999)}[level])
    if rng.random() < 0.5:
        return answer_task(rng, phrase(rng, AREAS, w=w, h=h), f"{w} * {h}")
    return answer_task(rng, phrase(rng, PERIMETERS, w=w, h=h, name=rng.choice(NAMES)), f"2 * ({w} + {h})")


MULTIPLES = (
    "{n1} has {a} {things}. {n2} has {k} times as many. How many {things} does {n2} have?",
    "A tree is {a} m tall and a tower is {k} times as tall. How tall is the tower, in metres?",
    "A red box weighs {a} kg. A blue box weighs {k} times as much. How many kilograms does the blue box weigh?",
    "{n2} has {k} times as many {things} as {n1}, and {n1} has {a}. How many {things} does {n2} have?",
)
MULTIPLE_SPANS: dict[Level, tuple[Span, Span]] = {
    "easy": ((2, 6), (2, 30)), "medium": ((3, 12), (12, 99)), "hard": ((11, 99), (100, 999)),
}
"""Per level: the factor, and the amount it multiplies."""


def multiples(rng: random.Random, level: Level) -> TaskSpec:
    k, a = pair(rng, MULTIPLE_SPANS, level)
    n1, n2 = rng.sample(NAMES, 2)
    problem = phrase(rng, MULTIPLES, a=a, k=k, n1=n1, n2=n2, things=rng.choice(THINGS))
    return answer_task(rng, problem, f"{k} * {a}")


# ---- transfer families: two trained steps composed, or a trained step in a new setting ----

DISCOUNTED_TOTALS = (
    "{name} buys {purchases}. The shop takes {p}% off the total. How many dollars is the discount?",
    "A receipt lists {purchases}. A {p}% discount is given on the whole receipt. How many dollars are saved?",
    "{name} pays for {purchases} and gets {p}% of the total back. How many dollars come back?",
)


def discounted_total(rng: random.Random, level: Level) -> TaskSpec:
    """A percentage (trained) of a total (trained)."""
    p = rng.choice(PERCENT_CHOICES[level][0])
    paid = prices(rng, level, percent_step(p))
    problem = phrase(rng, DISCOUNTED_TOTALS, name=rng.choice(NAMES), purchases=receipt(rng, paid), p=p)
    return answer_task(rng, problem, f"({' + '.join(map(str, paid))}) * {p} // 100")


LEFTOVER_AFTER_CONVERTING = (
    ("hours", "minutes", 60,
     "A film is {n} hours and {m} minutes long and is cut into parts of {b} minutes. "
     "How many minutes long is the last, shorter part?"),
    ("metres", "centimetres", 100,
     "A rope is {n} metres and {m} centimetres long. Pieces of {b} cm are cut from it. "
     "How many centimetres are left over?"),
    ("dozen eggs", "eggs", 12,
     "A farm has {n} dozen eggs and {m} more eggs, packed into boxes of {b}. "
     "How many eggs are left over after filling as many full boxes as possible?"),
)
"""(larger unit, smaller unit, factor, problem): a conversion, then a remainder."""


def convert_remainder(rng: random.Random, level: Level) -> TaskSpec:
    """A unit conversion (trained), then a remainder (trained)."""
    _, _, factor, problem = rng.choice(LEFTOVER_AFTER_CONVERTING)
    n = rng.randint(*{"easy": (1, 5), "medium": (3, 20), "hard": (10, 99)}[level])
    while True:
        m, b = rng.randint(1, factor - 1), rng.randint(*{"easy": (5, 25), "medium": (7, 50), "hard": (11, 99)}[level])
        if (n * factor + m) % b:
            return answer_task(rng, problem.format(n=n, m=m, b=b), f"({n} * {factor} + {m}) % {b}")


MORE_THAN_TIMES = (
    "{n1} has {a} {things}. {n2} has {c} {more} than {k} times as many as {n1}. How many {things} does {n2} have?",
    "{n2} has {c} {things} {more} than {k} times what {n1} has. {n1} has {a}. How many {things} does {n2} have?",
    "{n1} has {a} {things}, and {n2} has {k} times as many {plus} {c}. How many {things} does {n2} have?",
)
SIGNS = (("+", "more", "plus"), ("-", "fewer", "minus"))
"""(operator, its word after a number, its word before one)."""


def more_than_times(rng: random.Random, level: Level) -> TaskSpec:
    """A multiple (trained) plus or minus a difference (trained)."""
    spans = {"easy": ((2, 3), (2, 20), (1, 9)), "medium": ((2, 9), (10, 99), (1, 50)),
             "hard": ((3, 25), (100, 999), (10, 999))}[level]
    k, a, c = (rng.randint(*span) for span in spans)
    sign, more, plus = rng.choice(SIGNS) if k * a > c else SIGNS[0]
    n1, n2 = rng.sample(NAMES, 2)
    problem = phrase(rng, MORE_THAN_TIMES, a=a, c=c, k=k, more=more, plus=plus, n1=n1, n2=n2,
                     things=rng.choice(THINGS))
    return answer_task(rng, problem, f"{k} * {a} {sign} {c}")


RECIPES = (
    "A recipe for {p1} people needs {q} g of flour. How many grams of flour are needed for {p2} people?",
    "A soup for {p1} guests uses {q} ml of stock. How many ml of stock does the same soup need for {p2} guests?",
    "Cookies for {p1} children take {q} g of sugar. With the same recipe, how many grams of sugar are needed for {p2} children?",
)


def recipe_scaling(rng: random.Random, level: Level) -> TaskSpec:
    """A rate (trained) from a sharing (trained): scale an amount to more people."""
    p1 = rng.randint(*{"easy": (2, 4), "medium": (2, 8), "hard": (3, 12)}[level])
    per_person = rng.randint(*{"easy": (10, 50), "medium": (5, 99), "hard": (11, 250)}[level])
    p2 = p1 * rng.randint(2, 4) if level == "easy" else rng.randint(p1 + 1, {"medium": 30, "hard": 120}[level])
    q = p1 * per_person
    return answer_task(rng, phrase(rng, RECIPES, p1=p1, p2=p2, q=q), f"{q} * {p2} // {p1}")


FAMILIES = [
    Family("expression", expression),
    Family("rates", rates),
    Family("totals", totals),
    Family("differences", differences),
    Family("remainders", remainders),
    Family("groups", groups),
    Family("sharing", sharing),
    Family("percentages", percentages),
    Family("conversions", conversions),
    Family("multistep", multistep),
    Family("averages", averages),
    Family("ages", ages),
    Family("geometry", geometry),
    Family("multiples", multiples),
    Family("discounted-total", discounted_total, transfer=True),
    Family("convert-remainder", convert_remainder, transfer=True),
    Family("more-than-times", more_than_times, transfer=True),
    Family("recipe-scaling", recipe_scaling, transfer=True),
]
