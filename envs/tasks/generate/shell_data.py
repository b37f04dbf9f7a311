"""The inputs of the shell suite's tasks: server and access logs, comma-separated tables, word
lists and plain text, each drawn from an rng, with the sentences that describe their layout."""

import random
from dataclasses import dataclass

from loopwright.envs.tasks.generate.phrasing import NAMES, WORDS

SEVERITIES = ("INFO", "WARN", "ERROR", "DEBUG")
SERVICES = ("auth", "db", "api", "mail", "queue", "billing", "search", "web")
# fmt: off
EVENTS = ("request served", "connection timeout", "user login", "disk full", "retry scheduled",
          "lookup miss", "job finished", "token expired", "slow query", "payment declined",
          "index rebuilt", "rate limited")
# fmt: on
ACTIONS = ("login", "logout", "upload", "download", "delete", "view")
USERS = tuple(name.lower() for name in NAMES)
# fmt: off
LOG_FILES = ("app.log", "server.log", "events.log", "system.log", "service.log", "worker.log")
WORD_FILES = ("words.txt", "tags.txt", "names.txt", "list.txt", "labels.txt", "picks.txt", "votes.txt",
              "colors.txt")
NUMBER_FILES = ("numbers.txt", "amounts.txt", "readings.txt", "values.txt", "sizes.txt", "times.txt",
                "temperatures.txt")
TEXT_FILES = ("notes.txt", "story.txt", "essay.txt", "draft.txt", "journal.txt", "chat.txt", "minutes.txt",
              "speech.txt")
ORDER_FILES = ("orders.csv", "invoices.csv", "cart.csv", "purchases.csv", "receipts.csv")
ACCESS_FILES = ("access.log", "audit.log", "requests.log", "web.log", "gateway.log")
BLOCK_FILES = ("notes.txt", "backup.txt", "dump.txt", "sections.txt", "blocks.txt", "export.txt")
INI_FILES = ("settings.ini", "service.ini", "deploy.ini", "app.ini", "stack.ini")
CONFIG_FILES = ("app.conf", "settings.conf", "config.txt", "env.txt", "server.conf", "defaults.conf")
# fmt: on
"""Input file names, drawn per task so the instruction, not habit, says which file to read."""


def log_lines(rng: random.Random, count: int, mixed_case: bool = False) -> list[str]:
    """Server log lines `date time LEVEL service: event`, in time order."""
    second = rng.randint(0, 80000)
    out = []
    for _ in range(count):
        second += rng.randint(1, 900)
        stamp = f"2024-03-{1 + second // 86400:02d} {second // 3600 % 24:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
        event = rng.choice(EVENTS)
        if mixed_case:
            event = " ".join(rng.choice((w, w.capitalize(), w.upper())) for w in event.split())
        out.append(f"{stamp} {rng.choice(SEVERITIES)} {rng.choice(SERVICES)}: {event}")
    return out


def access_lines(rng: random.Random, count: int) -> list[str]:
    """Access log lines `ip user action status`."""
    return [
        f"10.0.{rng.randint(0, 9)}.{rng.randint(1, 254)} {rng.choice(USERS)} {rng.choice(ACTIONS)} "
        f"{rng.choice((200, 200, 200, 403, 404, 500))}"
        for _ in range(count)
    ]


@dataclass(frozen=True, slots=True)
class Table:
    """A comma-separated table: a name column, a category column, a number column."""

    stem: str
    header: str
    names: tuple[str, ...]
    categories: tuple[str, ...]
    low: int
    high: int


REGIONS = ("north", "south", "east", "west", "central")
PRODUCTS = ("tea", "coffee", "juice", "water", "soda", "milk")
TEAMS = ("design", "sales", "support", "research", "ops")
SUBJECTS = ("math", "art", "music", "history", "physics")
CATEGORIES = ("tools", "food", "toys", "books", "garden")
TABLES = (
    Table("sales", "region,product,units", REGIONS, PRODUCTS, 1, 300),
    Table("staff", "name,team,age", USERS, TEAMS, 18, 70),
    Table("grades", "student,subject,score", USERS, SUBJECTS, 0, 100),
    Table("stock", "item,category,qty", WORDS, CATEGORIES, 0, 500),
)


def table_file(rng: random.Random, table: Table) -> str:
    return f"{table.stem}{rng.choice(('', '_2024', '_q1', '_march', '_export'))}.csv"


def table_rows(
    rng: random.Random, table: Table, count: int, distinct: bool = False
) -> list[tuple[str, str, int]]:
    """`count` rows; with `distinct`, no two rows share a number (so sorting has no ties)."""
    span = range(table.low, table.high + 1)
    numbers = (
        rng.sample(span, min(count, len(span)))
        if distinct
        else [rng.choice(span) for _ in range(count)]
    )
    return [(rng.choice(table.names), rng.choice(table.categories), n) for n in numbers]


def below_max(rng: random.Random, rows: list[tuple[str, str, int]]) -> int:
    """A bound on column 3 that at least one row exceeds, so a filter on it keeps some rows."""
    numbers = sorted({row[2] for row in rows})
    return rng.choice(numbers[: max(1, len(numbers) - 2)])


def csv_text(rows: list[tuple[object, ...]], header: str | None = None) -> str:
    lines = ([header] if header else []) + [",".join(str(v) for v in row) for row in rows]
    return "\n".join(lines) + "\n"


def about_table(path: str, table: Table, header: bool = False) -> str:
    if header:
        return (
            f"The first line of {path} is the header `{table.header}`; every other line is a "
            "comma-separated row."
        )
    return (
        f"Each line of {path} is a comma-separated row `{table.header}` (there is no header line)."
    )


def column(table: Table, index: int) -> str:
    """How the instruction names a column: its number and its name."""
    return f"column {index} ({table.header.split(',')[index - 1]})"


def word_counts(rng: random.Random, words: int, top: int = 12) -> dict[str, int]:
    """`words` distinct words with distinct counts from 1 to `top` (no ties anywhere)."""
    return dict(zip(rng.sample(WORDS, words), rng.sample(range(1, top + 1), words), strict=True))


def shuffled(rng: random.Random, counts: dict[str, int]) -> list[str]:
    items = [word for word, n in counts.items() for _ in range(n)]
    rng.shuffle(items)
    return items


def text_lines(rng: random.Random, count: int, pool: tuple[str, ...] | list[str]) -> list[str]:
    return [" ".join(rng.choice(pool) for _ in range(rng.randint(2, 8))) for _ in range(count)]


def joined(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"
