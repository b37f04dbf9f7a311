"""shell: text processing on files in /workspace with grep, sed, awk, sort, uniq, cut, tr, wc.

Each family is one text-processing skill (count matching lines, sum a column, lines between
markers) on data drawn from the rng: logs, comma-separated tables, word lists, plain text,
key=value settings. Levels grow the input and add a step or a condition. The answer always
goes to /workspace/answer.txt, and the oracle is always one pipeline redirected there, so
the demonstrations teach one habit: read the file name and the values from the
instruction, chain the tools, redirect.

The expected answer is computed here in Python, independently of the oracle's pipeline;
`suite check` runs the pipeline (mawk, GNU coreutils) against it, so a task whose two
computations disagree never ships.
"""

import random
from dataclasses import dataclass

from loopwright.envs.tasks.generate.phrasing import FINISH, WORDS, phrase
from loopwright.envs.tasks.generate.shell_data import (
    ACCESS_FILES,
    BLOCK_FILES,
    CONFIG_FILES,
    INI_FILES,
    LOG_FILES,
    NUMBER_FILES,
    ORDER_FILES,
    SERVICES,
    TABLES,
    TEXT_FILES,
    USERS,
    WORD_FILES,
    about_table,
    access_lines,
    below_max,
    column,
    csv_text,
    joined,
    log_lines,
    shuffled,
    table_file,
    table_rows,
    text_lines,
    word_counts,
)
from loopwright.envs.tasks.generate.spec import Family, Level, TaskSpec

ANSWER = "/workspace/answer.txt"

TEMPLATES = (
    "{about}\nWrite {what} to /workspace/answer.txt ({form}).",
    "Your job: find {what}. {about} Save the result in /workspace/answer.txt, {form}.",
    "{about} Please put {what} into /workspace/answer.txt; {form}.",
    "- input: {path}\n- wanted: {what}\n- output: /workspace/answer.txt ({form})\n{about}",
    "A colleague asks for {what}. {about} Answer in the file /workspace/answer.txt ({form}).",
)
NUMBER_FORMS = ("just the number", "only the number, nothing else", "a single integer")


@dataclass(frozen=True, slots=True)
class Query:
    """One question about one input file, with its oracle pipeline and its answer."""

    file: str
    """Input file name under /workspace."""
    content: str
    about: str
    """A sentence describing the file's layout, naming its path."""
    what: str
    """The result wanted, as a noun phrase ("the number of lines of ... that contain ...")."""
    command: str
    """The oracle pipeline; its stdout is the answer."""
    answer: int | list[str]
    """A number, or the exact lines of the answer."""
    form: str = ""
    """How to write the answer; numbers get a stock phrase when empty."""


def shell_task(rng: random.Random, query: Query) -> TaskSpec:
    """The task of answering `query` into /workspace/answer.txt, in one of the phrasings."""
    form = query.form or rng.choice(NUMBER_FORMS)
    path = f"/workspace/{query.file}"
    instruction = phrase(rng, TEMPLATES, about=query.about, what=query.what, form=form, path=path)
    if isinstance(query.answer, int):
        check = f'[ "$(tr -d \'[:space:]\' 2>/dev/null < {ANSWER})" = "{query.answer}" ]'
        tests = {}
    else:
        if not query.answer:
            raise ValueError(f"{query.what}: an empty answer would pass on an empty answer.txt")
        check = f'[ -f {ANSWER} ] && [ "$(cat {ANSWER})" = "$(cat /tests/expected.txt)" ]'
        tests = {"expected.txt": "\n".join(query.answer) + "\n"}
    return TaskSpec(
        key=instruction,
        instruction=f"{instruction}\n{rng.choice(FINISH)}",
        solution=f"{query.command} > {ANSWER}",
        check=check,
        tests=tests,
        environment={query.file: query.content},
    )


def lines_form(order: str) -> str:
    return f"one per line, {order}"


# ---- counting and summing ---------------------------------------------------------------


def count_matches(rng: random.Random, level: Level) -> TaskSpec:
    """Lines that contain a word: plain, ignoring case, with an exclusion."""
    file = rng.choice(LOG_FILES)
    path = f"/workspace/{file}"
    about = f"{path} is a server log, one event per line (date, time, level, service, message)."
    if level == "easy":
        lines = log_lines(rng, rng.randint(10, 20))
        word = rng.choice(rng.choice(lines).replace(":", "").split()[2:])
        what = rng.choice(
            (
                f"the number of lines of {path} that contain `{word}`",
                f"how many lines in {path} mention `{word}`",
            )
        )
        answer = sum(word in line for line in lines)
        return shell_task(
            rng, Query(file, joined(lines), about, what, f"grep -c {word} {path}", answer)
        )
    if level == "medium":
        lines = log_lines(rng, rng.randint(25, 45), mixed_case=True)
        word = rng.choice(rng.choice(lines).lower().split()[4:])
        what = rng.choice(
            (
                f"the number of lines of {path} that contain `{word}` in any mix of upper and lower case",
                f"how many lines in {path} mention `{word}`, ignoring case",
            )
        )
        answer = sum(word in line.lower() for line in lines)
        return shell_task(
            rng, Query(file, joined(lines), about, what, f"grep -ci {word} {path}", answer)
        )
    lines = log_lines(rng, rng.randint(50, 100))
    _, _, keep, service, *_ = rng.choice(lines).split()
    drop = rng.choice([s for s in SERVICES if s != service[:-1]])
    what = rng.choice(
        (
            f"the number of lines of {path} that contain `{keep}` but not `{drop}`",
            f"how many `{keep}` lines in {path} are not from the `{drop}` service",
        )
    )
    answer = sum(keep in line and drop not in line for line in lines)
    command = f"grep {keep} {path} | grep -vc {drop}"
    return shell_task(rng, Query(file, joined(lines), about, what, command, answer))


def count_unique(rng: random.Random, level: Level) -> TaskSpec:
    """How many different values: in a word list, a column, a column under a header."""
    if level == "easy":
        file = rng.choice(WORD_FILES)
        path = f"/workspace/{file}"
        pool = rng.sample(WORDS, rng.randint(5, 20))
        words = [rng.choice(pool) for _ in range(rng.randint(10, 30))]
        what = rng.choice(
            (f"the number of distinct words in {path}", f"how many different words {path} holds")
        )
        about = f"{path} holds one word per line."
        return shell_task(
            rng, Query(file, joined(words), about, what, f"sort -u {path} | wc -l", len(set(words)))
        )
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(rng, table, rng.randint(15, 30) if level == "medium" else rng.randint(40, 80))
    index = rng.choice((1, 2))
    answer = len({row[index - 1] for row in rows})
    what = rng.choice(
        (
            f"the number of distinct values in {column(table, index)} of {path}",
            f"how many different values {column(table, index)} of {path} takes",
        )
    )
    if level == "medium":
        command = f"cut -d, -f{index} {path} | sort -u | wc -l"
        return shell_task(
            rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer)
        )
    command = f"tail -n +2 {path} | cut -d, -f{index} | sort -u | wc -l"
    about = about_table(path, table, header=True) + " Do not count the header."
    return shell_task(rng, Query(file, csv_text(rows, table.header), about, what, command, answer))


def sum_column(rng: random.Random, level: Level) -> TaskSpec:
    """Summing numbers with awk: a list, a column, a product of two columns."""
    if level == "easy":
        file = rng.choice(NUMBER_FILES)
        path = f"/workspace/{file}"
        numbers = [rng.randint(-50, 500) for _ in range(rng.randint(8, 20))]
        what = rng.choice(
            (f"the sum of the numbers in {path}", f"the total of all values in {path}")
        )
        about = f"{path} holds one whole number per line."
        command = f"awk '{{s += $1}} END {{print s}}' {path}"
        return shell_task(
            rng, Query(file, joined([str(n) for n in numbers]), about, what, command, sum(numbers))
        )
    if level == "medium":
        table = rng.choice(TABLES)
        file = table_file(rng, table)
        path = f"/workspace/{file}"
        rows = table_rows(rng, table, rng.randint(15, 40))
        what = rng.choice(
            (
                f"the sum of {column(table, 3)} over all rows of {path}",
                f"the total of {column(table, 3)} in {path}",
            )
        )
        command = f"awk -F, '{{s += $3}} END {{print s}}' {path}"
        answer = sum(row[2] for row in rows)
        return shell_task(
            rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer)
        )
    file = rng.choice(ORDER_FILES)
    path = f"/workspace/{file}"
    rows = [
        (rng.choice(USERS), rng.choice(WORDS), rng.randint(1, 20), rng.randint(1, 99))
        for _ in range(rng.randint(30, 60))
    ]
    about = f"Each line of {path} is a comma-separated row `customer,item,quantity,price` (no header line)."
    what = rng.choice(
        (
            f"the total revenue of {path}, that is the sum over all rows of quantity (column 3) "
            "times price (column 4)",
            f"the sum of column 3 (quantity) multiplied by column 4 (price), over every row of {path}",
        )
    )
    command = f"awk -F, '{{s += $3 * $4}} END {{print s}}' {path}"
    return shell_task(
        rng, Query(file, csv_text(rows), about, what, command, sum(r[2] * r[3] for r in rows))
    )


def count_words(rng: random.Random, level: Level) -> TaskSpec:
    """Counting words: all of them, one word's occurrences, the words of matching lines."""
    file = rng.choice(TEXT_FILES)
    path = f"/workspace/{file}"
    about = f"{path} is plain text: lowercase words separated by single spaces."
    pool = rng.sample(WORDS, rng.randint(6, 14))
    lines = text_lines(
        rng,
        {"easy": rng.randint(4, 10), "medium": rng.randint(10, 25), "hard": rng.randint(25, 50)}[
            level
        ],
        pool,
    )
    if level == "easy":
        what = rng.choice((f"the number of words in {path}", f"how many words {path} contains"))
        answer = sum(len(line.split()) for line in lines)
        return shell_task(rng, Query(file, joined(lines), about, what, f"wc -w < {path}", answer))
    word = rng.choice(pool)
    if level == "medium":
        what = rng.choice(
            (
                f"the number of times the word `{word}` occurs in {path} (a line may hold it "
                "several times)",
                f"how often `{word}` appears in {path}, counting every occurrence",
            )
        )
        answer = sum(line.split().count(word) for line in lines)
        return shell_task(
            rng, Query(file, joined(lines), about, what, f"grep -o {word} {path} | wc -l", answer)
        )
    what = rng.choice(
        (
            f"the total number of words on the lines of {path} that contain `{word}`",
            f"how many words there are, in all, on those lines of {path} that mention `{word}`",
        )
    )
    answer = sum(len(line.split()) for line in lines if word in line.split())
    return shell_task(
        rng, Query(file, joined(lines), about, what, f"grep {word} {path} | wc -w", answer)
    )


def column_extreme(rng: random.Random, level: Level) -> TaskSpec:
    """Largest or smallest value: of a list, of a column, and which row holds it."""
    largest = rng.random() < 0.5
    word, end = ("largest", "tail") if largest else ("smallest", "head")
    if level == "easy":
        file = rng.choice(NUMBER_FILES)
        path = f"/workspace/{file}"
        numbers = rng.sample(range(-40, 200), rng.randint(8, 20))
        what = rng.choice((f"the {word} number in {path}", f"the {word} value listed in {path}"))
        about = f"{path} holds one whole number per line."
        answer = max(numbers) if largest else min(numbers)
        command = f"sort -n {path} | {end} -n 1"
        return shell_task(
            rng, Query(file, joined([str(n) for n in numbers]), about, what, command, answer)
        )
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(
        rng, table, rng.randint(12, 30) if level == "medium" else rng.randint(30, 60), distinct=True
    )
    best = (max if largest else min)(rows, key=lambda row: row[2])
    if level == "medium":
        what = rng.choice(
            (
                f"the {word} value in {column(table, 3)} of {path}",
                f"the {word} number found in {column(table, 3)} of {path}",
            )
        )
        command = f"cut -d, -f3 {path} | sort -n | {end} -n 1"
        return shell_task(
            rng, Query(file, csv_text(rows), about_table(path, table), what, command, best[2])
        )
    what = rng.choice(
        (
            f"the value in {column(table, 1)} of the row of {path} with the {word} {column(table, 3)}",
            f"which {table.header.split(',')[0]} (column 1) has the {word} {column(table, 3)} in {path}",
        )
    )
    command = f"sort -t, -k3 -n {path} | {end} -n 1 | cut -d, -f1"
    form = "just that value"
    return shell_task(
        rng, Query(file, csv_text(rows), about_table(path, table), what, command, [best[0]], form)
    )


# ---- selecting and transforming lines ---------------------------------------------------


def extract_field(rng: random.Random, level: Level) -> TaskSpec:
    """Fields of the rows that pass a filter: a word, an equal column, a numeric bound."""
    form = lines_form("in the order of the file")
    if level == "easy":
        file = rng.choice(ACCESS_FILES)
        path = f"/workspace/{file}"
        lines = access_lines(rng, rng.randint(10, 25))
        action = rng.choice([line.split()[2] for line in lines])
        about = f"Each line of {path} is `ip user action status`, separated by single spaces."
        what = rng.choice(
            (
                f"the user (field 2) of every line of {path} whose action is `{action}`",
                f"the user names (the 2nd field) on the lines of {path} that contain `{action}`",
            )
        )
        answer = [line.split()[1] for line in lines if action in line]
        command = f"grep {action} {path} | cut -d' ' -f2"
        return shell_task(rng, Query(file, joined(lines), about, what, command, answer, form))
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(rng, table, rng.randint(15, 30) if level == "medium" else rng.randint(30, 60))
    if level == "medium":
        category = rng.choice(rows)[1]
        what = rng.choice(
            (
                f"{column(table, 1)} of every row of {path} whose column 2 is `{category}`",
                f"the values of column 1 for the rows of {path} where {column(table, 2)} equals `{category}`",
            )
        )
        answer = [row[0] for row in rows if row[1] == category]
        command = f"awk -F, '$2 == \"{category}\" {{print $1}}' {path}"
        return shell_task(
            rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer, form)
        )
    bound = below_max(rng, rows)
    what = rng.choice(
        (
            f"columns 1 and 2, separated by one space, of every row of {path} whose column 3 is "
            f"greater than {bound}",
            f"column 1 and column 2 (with one space between them) of each row of {path} whose "
            f"{column(table, 3)} is above {bound}",
        )
    )
    answer = [f"{row[0]} {row[1]}" for row in rows if row[2] > bound]
    command = f"awk -F, '$3 > {bound} {{print $1, $2}}' {path}"
    return shell_task(
        rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer, form)
    )


def top_words(rng: random.Random, level: Level) -> TaskSpec:
    """Most frequent words, by `sort | uniq -c | sort -rn`."""
    if level == "hard":
        file = rng.choice(TEXT_FILES)
        counts = word_counts(rng, rng.randint(6, 10), top=20)
        items = shuffled(rng, counts)
        cuts = sorted(rng.sample(range(1, len(items)), len(items) // 5))
        lines = [" ".join(items[a:b]) for a, b in zip([0] + cuts, cuts + [len(items)], strict=True)]
        about = f"/workspace/{file} is plain text: lowercase words separated by single spaces."
        split = f"tr ' ' '\\n' < /workspace/{file} | sort"
    else:
        file = rng.choice(WORD_FILES)
        counts = word_counts(rng, rng.randint(4, 7) if level == "easy" else rng.randint(6, 9))
        lines = shuffled(rng, counts)
        about = f"/workspace/{file} holds one word per line."
        split = f"sort /workspace/{file}"
    path = f"/workspace/{file}"
    ranked = sorted(counts, key=lambda w: -counts[w])
    n = 1 if level == "easy" else rng.randint(2, 4)
    if n == 1:
        what = rng.choice(
            (f"the most frequent word in {path}", f"the word that occurs most often in {path}")
        )
        form = "just the word"
    else:
        what = rng.choice(
            (f"the {n} most frequent words in {path}", f"the top {n} words of {path} by count")
        )
        form = lines_form("most frequent first")
    command = f"{split} | uniq -c | sort -rn | head -n {n} | awk '{{print $2}}'"
    return shell_task(rng, Query(file, joined(lines), about, what, command, ranked[:n], form))


BLOCKS = ("USERS", "HOSTS", "NOTES", "TODO", "PATHS", "KEYS", "QUEUE", "ALIASES")


def between_markers(rng: random.Random, level: Level) -> TaskSpec:
    """The lines of a block between `BEGIN NAME` and `END NAME`, with or without the markers."""
    file = rng.choice(BLOCK_FILES)
    path = f"/workspace/{file}"
    pool = rng.sample(WORDS, 12)
    names = rng.sample(BLOCKS, 1 if level == "easy" else rng.randint(2, 4))
    name = rng.choice(names)
    lines = text_lines(rng, rng.randint(1, 4), pool)
    block: list[str] = []
    for each in names:
        body = [
            " ".join(rng.sample(pool, 2))
            for _ in range(rng.randint(2, 6 if level == "easy" else 9))
        ]
        lines += [f"BEGIN {each}", *body, f"END {each}", *text_lines(rng, rng.randint(0, 3), pool)]
        if each == name:
            block = body
    about = (
        f"{path} holds blocks of lines; a block starts with a line `BEGIN <NAME>` and ends with a "
        "line `END <NAME>`."
    )
    select = f"sed -n '/BEGIN {name}/,/END {name}/p' {path}"
    if level == "easy":
        what = rng.choice(
            (
                f"the block {name} of {path}, from the line `BEGIN {name}` to the line `END {name}`",
                f"the lines from `BEGIN {name}` through `END {name}` in {path}",
            )
        )
        form = "including both marker lines, exactly as in the file"
        answer, command = [f"BEGIN {name}", *block, f"END {name}"], select
    elif level == "medium":
        what = rng.choice(
            (
                f"the lines strictly between `BEGIN {name}` and `END {name}` in {path}",
                f"the contents of block {name} in {path}, without its BEGIN and END lines",
            )
        )
        form = "exactly as in the file, without the marker lines"
        answer, command = block, f"{select} | sed '1d;$d'"
    else:
        what = rng.choice(
            (
                f"the lines strictly between `BEGIN {name}` and `END {name}` in {path}, sorted",
                f"the contents of block {name} in {path} (not its BEGIN and END lines) in sorted order",
            )
        )
        form = lines_form("sorted alphabetically")
        answer, command = sorted(block), f"{select} | sed '1d;$d' | sort"
    return shell_task(rng, Query(file, joined(lines), about, what, command, answer, form))


DELIMITERS = {";": "semicolon", "|": "vertical bar", ":": "colon", " ": "space"}


def replace_delimiter(rng: random.Random, level: Level) -> TaskSpec:
    """Rewriting a file: another delimiter, another word, fewer columns."""
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(
        rng,
        table,
        {"easy": rng.randint(4, 10), "medium": rng.randint(10, 20), "hard": rng.randint(15, 30)}[
            level
        ],
    )
    new = rng.choice(sorted(DELIMITERS))
    shown = "a single space" if new == " " else f"`{new}` (a {DELIMITERS[new]})"
    about = about_table(path, table)
    form = "every line, in the original order"
    if level == "easy":
        what = rng.choice(
            (
                f"the content of {path} with every comma replaced by {shown}",
                f"{path} rewritten so that its fields are separated by {shown} instead of commas",
            )
        )
        answer = [new.join(str(v) for v in row) for row in rows]
        return shell_task(
            rng, Query(file, csv_text(rows), about, what, f"tr ',' '{new}' < {path}", answer, form)
        )
    if level == "medium":
        old = rng.choice(rows)[1]
        fresh = rng.choice(
            [w for w in ("misc", "other", "archive", "legacy", "unknown") if w != old]
        )
        what = rng.choice(
            (
                f"the content of {path} with every `{old}` replaced by `{fresh}`",
                f"{path} after renaming the value `{old}` to `{fresh}` everywhere",
            )
        )
        answer = [",".join(str(v) for v in row).replace(old, fresh) for row in rows]
        command = f"sed 's/{old}/{fresh}/g' {path}"
        return shell_task(rng, Query(file, csv_text(rows), about, what, command, answer, form))
    what = rng.choice(
        (
            f"columns 1 and 3 of {path}, separated by {shown} instead of a comma",
            f"{path} without its column 2, the remaining two fields joined by {shown}",
        )
    )
    answer = [f"{row[0]}{new}{row[2]}" for row in rows]
    command = f"cut -d, -f1,3 {path} | tr ',' '{new}'"
    return shell_task(rng, Query(file, csv_text(rows), about, what, command, answer, form))


def change_case(rng: random.Random, level: Level) -> TaskSpec:
    """Upper or lower case: a whole file, the matching lines, one column."""
    if level == "hard":
        table = rng.choice(TABLES)
        file = table_file(rng, table)
        path = f"/workspace/{file}"
        rows = table_rows(rng, table, rng.randint(10, 25))
        what = rng.choice(
            (
                f"the content of {path} with {column(table, 2)} in upper case and everything else unchanged",
                f"{path} with every value of column 2 upper-cased",
            )
        )
        answer = [f"{a},{b.upper()},{n}" for a, b, n in rows]
        command = f"awk -F, -v OFS=, '{{$2 = toupper($2); print}}' {path}"
        form = "every row, comma-separated, in the original order"
        return shell_task(
            rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer, form)
        )
    file = rng.choice(LOG_FILES)
    path = f"/workspace/{file}"
    about = f"{path} is a server log, one event per line."
    form = lines_form("in the original order")
    if level == "easy":
        lines = log_lines(rng, rng.randint(5, 12), mixed_case=True)
        upper = rng.random() < 0.5
        case, command = (
            ("upper", f"tr 'a-z' 'A-Z' < {path}")
            if upper
            else ("lower", f"tr 'A-Z' 'a-z' < {path}")
        )
        what = rng.choice(
            (
                f"the whole of {path} in {case} case",
                f"every line of {path} converted to {case} case",
            )
        )
        answer = [line.upper() if upper else line.lower() for line in lines]
        return shell_task(rng, Query(file, joined(lines), about, what, command, answer, form))
    lines = log_lines(rng, rng.randint(15, 35))
    service = rng.choice([line.split()[3][:-1] for line in lines])
    what = rng.choice(
        (
            f"the lines of {path} that contain `{service}`, converted to upper case",
            f"only the `{service}` lines of {path}, in upper case",
        )
    )
    answer = [line.upper() for line in lines if service in line]
    command = f"grep {service} {path} | tr 'a-z' 'A-Z'"
    return shell_task(rng, Query(file, joined(lines), about, what, command, answer, form))


def head_tail(rng: random.Random, level: Level) -> TaskSpec:
    """The first N lines, the last N lines, or lines M to N."""
    file = rng.choice(LOG_FILES)
    path = f"/workspace/{file}"
    lines = log_lines(
        rng,
        {"easy": rng.randint(8, 20), "medium": rng.randint(15, 40), "hard": rng.randint(30, 80)}[
            level
        ],
    )
    about = f"{path} is a server log, one event per line."
    form = "exactly as in the file"
    n = rng.randint(2, min(10, len(lines) - 2))
    if level == "easy":
        what = rng.choice((f"the first {n} lines of {path}", f"the top {n} lines of {path}"))
        return shell_task(
            rng, Query(file, joined(lines), about, what, f"head -n {n} {path}", lines[:n], form)
        )
    if level == "medium":
        what = rng.choice((f"the last {n} lines of {path}", f"the final {n} lines of {path}"))
        return shell_task(
            rng, Query(file, joined(lines), about, what, f"tail -n {n} {path}", lines[-n:], form)
        )
    first = rng.randint(2, len(lines) - n)
    last = first + n - 1
    what = rng.choice(
        (
            f"lines {first} to {last} (inclusive, counting from 1) of {path}",
            f"the part of {path} from line {first} through line {last}",
        )
    )
    command = f"sed -n '{first},{last}p' {path}"
    return shell_task(
        rng, Query(file, joined(lines), about, what, command, lines[first - 1 : last], form)
    )


def sort_numeric(rng: random.Random, level: Level) -> TaskSpec:
    """Numeric sorting: a list, whole rows by a column, the top N names."""
    descending = rng.random() < 0.5
    order, flag = (
        ("from largest to smallest", "-rn") if descending else ("from smallest to largest", "-n")
    )
    if level == "easy":
        file = rng.choice(NUMBER_FILES)
        path = f"/workspace/{file}"
        numbers = rng.sample(range(-50, 1000), rng.randint(6, 15))
        what = rng.choice(
            (f"the numbers of {path} sorted {order}", f"{path} in numeric order, {order}")
        )
        answer = [str(n) for n in sorted(numbers, reverse=descending)]
        about = f"{path} holds one whole number per line."
        return shell_task(
            rng,
            Query(
                file,
                joined([str(n) for n in numbers]),
                about,
                what,
                f"sort {flag} {path}",
                answer,
                lines_form(order),
            ),
        )
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(
        rng, table, rng.randint(8, 20) if level == "medium" else rng.randint(20, 50), distinct=True
    )
    ranked = sorted(rows, key=lambda row: row[2], reverse=descending or level == "hard")
    if level == "medium":
        what = rng.choice(
            (
                f"the rows of {path} sorted by {column(table, 3)} as numbers, {order}",
                f"{path} with its rows ordered by the number in column 3, {order}",
            )
        )
        answer = [",".join(str(v) for v in row) for row in ranked]
        command = f"sort -t, -k3 {flag} {path}"
        return shell_task(
            rng,
            Query(
                file,
                csv_text(rows),
                about_table(path, table),
                what,
                command,
                answer,
                "the whole rows, " + lines_form(order),
            ),
        )
    n = rng.randint(2, 5)
    what = rng.choice(
        (
            f"column 1 of the {n} rows of {path} with the highest {column(table, 3)}",
            f"the {table.header.split(',')[0]} (column 1) of the top {n} rows of {path} by column 3",
        )
    )
    command = f"sort -t, -k3 -rn {path} | head -n {n} | cut -d, -f1"
    return shell_task(
        rng,
        Query(
            file,
            csv_text(rows),
            about_table(path, table),
            what,
            command,
            [row[0] for row in ranked[:n]],
            lines_form("highest first"),
        ),
    )


def distinct_sorted(rng: random.Random, level: Level) -> TaskSpec:
    """The distinct values, sorted: of a word list, a column, a column of filtered rows."""
    form = lines_form("in alphabetical order, each once")
    if level == "easy":
        file = rng.choice(WORD_FILES)
        path = f"/workspace/{file}"
        pool = rng.sample(WORDS, rng.randint(4, 15))
        words = [rng.choice(pool) for _ in range(rng.randint(8, 25))]
        what = rng.choice((f"the distinct words of {path}", f"every different word in {path}"))
        about = f"{path} holds one word per line."
        return shell_task(
            rng,
            Query(file, joined(words), about, what, f"sort -u {path}", sorted(set(words)), form),
        )
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(rng, table, rng.randint(12, 30) if level == "medium" else rng.randint(30, 60))
    if level == "medium":
        index = rng.choice((1, 2))
        what = rng.choice(
            (
                f"the distinct values of {column(table, index)} in {path}",
                f"every different value that {column(table, index)} of {path} takes",
            )
        )
        answer = sorted({row[index - 1] for row in rows})
        command = f"cut -d, -f{index} {path} | sort -u"
        return shell_task(
            rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer, form)
        )
    bound = below_max(rng, rows)
    what = rng.choice(
        (
            f"the distinct values of column 2 among the rows of {path} whose column 3 is greater than {bound}",
            f"which different {column(table, 2)} values occur in rows of {path} with column 3 above {bound}",
        )
    )
    answer = sorted({row[1] for row in rows if row[2] > bound})
    command = f"awk -F, '$3 > {bound} {{print $2}}' {path} | sort -u"
    return shell_task(
        rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer, form)
    )


# fmt: off
SETTINGS = ("host", "port", "user", "timeout", "retries", "workers", "mode", "log_level", "cache_size",
            "region", "backup", "debug", "verbose", "compress", "tls", "metrics")
# fmt: on


def setting_value(rng: random.Random) -> str:
    return rng.choice((str(rng.randint(1, 9000)), rng.choice(("true", "false")), rng.choice(WORDS)))


def config_value(rng: random.Random, level: Level) -> TaskSpec:
    """key=value settings: one key's value, the keys set to true, a key inside an INI section."""
    if level == "hard":
        file = rng.choice(INI_FILES)
        path = f"/workspace/{file}"
        sections = rng.sample(
            ("server", "database", "cache", "mail", "logging", "worker"), rng.randint(3, 5)
        )
        shared = rng.sample(SETTINGS, 3)
        values = {
            s: {k: setting_value(rng) for k in shared + rng.sample(SETTINGS, 2)} for s in sections
        }
        lines = [
            line
            for s in sections
            for line in [f"[{s}]", *(f"{k}={v}" for k, v in values[s].items())]
        ]
        section, key = rng.choice(sections), rng.choice(shared)
        about = f"{path} is an INI file: `[section]` lines, each followed by that section's key=value lines."
        what = rng.choice(
            (
                f"the value of `{key}` in the section [{section}] of {path}",
                f"what `{key}` is set to under [{section}] in {path}",
            )
        )
        command = f"sed -n '/^\\[{section}\\]/,/^\\[/p' {path} | grep '^{key}=' | cut -d= -f2"
        return shell_task(
            rng,
            Query(
                file, joined(lines), about, what, command, [values[section][key]], "just the value"
            ),
        )
    file = rng.choice(CONFIG_FILES)
    path = f"/workspace/{file}"
    keys = rng.sample(SETTINGS, rng.randint(5, 9) if level == "easy" else rng.randint(8, 14))
    values = {k: setting_value(rng) for k in keys}
    about = f"{path} holds one setting per line as key=value."
    if level == "easy":
        key = rng.choice(keys)
        what = rng.choice(
            (f"the value of the setting `{key}` in {path}", f"what `{key}` is set to in {path}")
        )
        command = f"grep '^{key}=' {path} | cut -d= -f2"
        return shell_task(
            rng,
            Query(
                file,
                joined([f"{k}={v}" for k, v in values.items()]),
                about,
                what,
                command,
                [values[key]],
                "just the value",
            ),
        )
    values[rng.choice(keys)] = "true"
    what = rng.choice(
        (
            f"the names of the settings in {path} whose value is `true`",
            f"every key of {path} that is set to `true`",
        )
    )
    command = f"grep '=true$' {path} | cut -d= -f1"
    answer = [k for k, v in values.items() if v == "true"]
    return shell_task(
        rng,
        Query(
            file,
            joined([f"{k}={v}" for k, v in values.items()]),
            about,
            what,
            command,
            answer,
            lines_form("in the order of the file"),
        ),
    )


# ---- transfer: new combinations of the skills above -------------------------------------


def filtered_sum(rng: random.Random, level: Level) -> TaskSpec:
    """extract-field's filter plus sum-column's awk sum: a column summed over matching rows."""
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    rows = table_rows(
        rng,
        table,
        {"easy": rng.randint(8, 15), "medium": rng.randint(15, 30), "hard": rng.randint(30, 60)}[
            level
        ],
    )
    category = rng.choice(rows)[1]
    if level == "hard":
        bound = rng.choice([row[2] for row in rows if row[1] == category]) - 1
        what = (
            f"the sum of {column(table, 3)} over the rows of {path} whose column 2 is `{category}` and "
            f"whose column 3 is greater than {bound}"
        )
        answer = sum(row[2] for row in rows if row[1] == category and row[2] > bound)
        command = (
            f"awk -F, '$2 == \"{category}\" && $3 > {bound} {{s += $3}} END {{print s}}' {path}"
        )
    else:
        what = rng.choice(
            (
                f"the sum of {column(table, 3)} over the rows of {path} whose column 2 is `{category}`",
                f"the total {table.header.split(',')[2]} (column 3) of the `{category}` rows of {path}",
            )
        )
        answer = sum(row[2] for row in rows if row[1] == category)
        command = f"awk -F, '$2 == \"{category}\" {{s += $3}} END {{print s}}' {path}"
    return shell_task(
        rng, Query(file, csv_text(rows), about_table(path, table), what, command, answer)
    )


def most_frequent_value(rng: random.Random, level: Level) -> TaskSpec:
    """cut plus top-words: the most common value of a column."""
    table = rng.choice(TABLES)
    file = table_file(rng, table)
    path = f"/workspace/{file}"
    index = 2 if level == "easy" else rng.choice((1, 2))
    chosen = rng.sample(table.categories if index == 2 else table.names, 5)
    counts = dict(
        zip(
            chosen,
            rng.sample(range(1, {"easy": 8, "medium": 12, "hard": 20}[level]), 5),
            strict=True,
        )
    )
    rows = []
    for value in shuffled(rng, counts):
        row = [
            rng.choice(table.names),
            rng.choice(table.categories),
            rng.randint(table.low, table.high),
        ]
        row[index - 1] = value
        rows.append(tuple(row))
    what = rng.choice(
        (
            f"the most common value of {column(table, index)} in {path}",
            f"the value that appears most often in {column(table, index)} of {path}",
        )
    )
    command = (
        f"cut -d, -f{index} {path} | sort | uniq -c | sort -rn | head -n 1 | awk '{{print $2}}'"
    )
    answer = [max(counts, key=lambda v: counts[v])]
    return shell_task(
        rng,
        Query(
            file, csv_text(rows), about_table(path, table), what, command, answer, "just the value"
        ),
    )


def unique_words_matching(rng: random.Random, level: Level) -> TaskSpec:
    """grep plus count-unique: how many different words the matching lines use."""
    file = rng.choice(TEXT_FILES)
    path = f"/workspace/{file}"
    pool = rng.sample(WORDS, {"easy": 8, "medium": 14, "hard": 22}[level])
    lines = text_lines(
        rng,
        {"easy": rng.randint(5, 10), "medium": rng.randint(12, 25), "hard": rng.randint(30, 50)}[
            level
        ],
        pool,
    )
    word = rng.choice(pool)
    about = f"{path} is plain text: lowercase words separated by single spaces."
    what = rng.choice(
        (
            f"the number of different words used on the lines of {path} that contain `{word}`",
            f"how many distinct words appear on those lines of {path} that mention `{word}`",
        )
    )
    answer = len({w for line in lines if word in line.split() for w in line.split()})
    command = f"grep {word} {path} | tr ' ' '\\n' | sort -u | wc -l"
    return shell_task(rng, Query(file, joined(lines), about, what, command, answer))


def lowercase_distinct(rng: random.Random, level: Level) -> TaskSpec:
    """change-case plus distinct-sorted: the distinct words once case is ignored."""
    form = lines_form("in lower case, alphabetical order, each once")
    pool = rng.sample(WORDS, rng.randint(5, 12))

    def cased(word: str) -> str:
        return rng.choice((word, word.capitalize(), word.upper()))

    if level == "hard":
        file = rng.choice(TEXT_FILES)
        path = f"/workspace/{file}"
        lines = [
            " ".join(cased(w) for w in line.split())
            for line in text_lines(rng, rng.randint(6, 15), pool)
        ]
        about = f"{path} is text: words separated by single spaces, in mixed upper and lower case."
        what = rng.choice(
            (
                f"the distinct words of {path}, ignoring case",
                f"every different word used in {path}, treating upper and lower case as the same",
            )
        )
        command = f"tr ' ' '\\n' < {path} | tr 'A-Z' 'a-z' | sort -u"
        answer = sorted({w.lower() for line in lines for w in line.split()})
        return shell_task(rng, Query(file, joined(lines), about, what, command, answer, form))
    file = rng.choice(WORD_FILES)
    path = f"/workspace/{file}"
    words = [
        cased(rng.choice(pool))
        for _ in range(rng.randint(8, 15) if level == "easy" else rng.randint(20, 40))
    ]
    about = f"{path} holds one word per line, in mixed upper and lower case."
    what = rng.choice(
        (
            f"the distinct words of {path}, ignoring case",
            f"every different word in {path} (`Word`, `word` and `WORD` count as one word)",
        )
    )
    command = f"tr 'A-Z' 'a-z' < {path} | sort -u"
    return shell_task(
        rng,
        Query(file, joined(words), about, what, command, sorted({w.lower() for w in words}), form),
    )


FAMILIES = [
    Family("count-matches", count_matches),
    Family("count-unique", count_unique),
    Family("sum-column", sum_column),
    Family("count-words", count_words),
    Family("column-extreme", column_extreme),
    Family("extract-field", extract_field),
    Family("top-words", top_words),
    Family("between-markers", between_markers),
    Family("replace-delimiter", replace_delimiter),
    Family("change-case", change_case),
    Family("head-tail", head_tail),
    Family("sort-numeric", sort_numeric),
    Family("distinct-sorted", distinct_sorted),
    Family("config-value", config_value),
    Family("filtered-sum", filtered_sum, transfer=True),
    Family("most-frequent-value", most_frequent_value, transfer=True),
    Family("unique-words-matching", unique_words_matching, transfer=True),
    Family("lowercase-distinct", lowercase_distinct, transfer=True),
]
