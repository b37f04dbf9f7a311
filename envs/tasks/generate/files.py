"""files: chores on the files in /workspace (create, move, sort, edit JSON and CSV, ...).

Each family is one chore told in several phrasings. The starting files come with the task
(TaskSpec.environment) and the oracle is one short idiomatic command line (printf, mv, cp,
rm, mkdir -p, sort, sed -i, wc -l, grep, cut, awk, python3 -c for JSON) whose every path,
word and number is visible in the instruction. Checks compare exact content but forgive
the final newline: `$(cat f)` drops trailing newlines on both sides of the comparison.
"""

import json
import random

from loopwright.envs.tasks.generate.phrasing import FINISH, WORDS, listing, phrase
from loopwright.envs.tasks.generate.spec import Family, Level, TaskSpec

W = "/workspace"
FRAMES = (
    "{body} {finish}",
    "Your job: {body} {finish}",
    "Please work in /workspace.\n{body}\n{finish}",
    "Task:\n- {body}\n- {finish}",
)
DIRS = ("docs", "src", "data", "logs", "notes", "backup", "archive", "reports", "assets", "drafts", "inbox", "old")
LOG_LEVELS = ("INFO", "WARN", "ERROR")

Span = tuple[int, int]
"""Inclusive bounds of a drawn number."""


def files_task(
    rng: random.Random,
    body: str,
    solution: str,
    check: str,
    environment: dict[str, str] | None = None,
    tests: dict[str, str] | None = None,
) -> TaskSpec:
    """A chore described by `body`; the oracle and the starting files are its identity,
    its phrasing is not."""
    environment = environment or {}
    return TaskSpec(
        key=solution + "\n" + json.dumps(environment, sort_keys=True),
        instruction=phrase(rng, FRAMES, body=body, finish=rng.choice(FINISH)),
        solution=solution,
        check=check,
        environment=environment,
        tests=tests or {},
    )


def text(lines: list[str]) -> str:
    """File content: the lines, each ending in a newline."""
    return "".join(line + "\n" for line in lines)


def quoted(items: list[str]) -> str:
    """Shell words; our lines hold only letters, digits, spaces and commas."""
    return " ".join(f"'{item}'" for item in items)


def code(items: list[str]) -> str:
    """Items as inline code in an English list: `a`, `b` and `c`."""
    return listing([f"`{item}`" for item in items])


def holds(path: str, lines: list[str]) -> str:
    """Check: the file at `path` holds exactly `lines` (final newline optional)."""
    return f"""[ -f {path} ] && [ "$(cat {path})" = "$(printf '%s\\n' {quoted(lines)})" ]"""


def gone(path: str) -> str:
    return f"[ ! -e {path} ]"


def counted(path: str, count: int) -> str:
    """Check: the file at `path` holds the number `count` (whitespace ignored)."""
    return f'[ "$(tr -d "[:space:]" < {path} 2>/dev/null)" = "{count}" ]'


def all_of(*checks: str) -> str:
    return " && ".join(checks)


def word_lines(rng: random.Random, count: int, words: tuple[str, ...] | list[str] = WORDS) -> list[str]:
    """Lines like `amber 42`."""
    return [f"{rng.choice(words)} {rng.randint(1, 999)}" for _ in range(count)]


def size(rng: random.Random, spans: dict[Level, Span], level: Level) -> int:
    return rng.randint(*spans[level])


def names(rng: random.Random, count: int, ext: str = "txt") -> list[str]:
    """`count` different file names like `amber.txt`."""
    return [f"{word}.{ext}" for word in rng.sample(WORDS, count)]


def describe(lines: list[str]) -> str:
    """Lines to write, in words: `the line `x`` or `these lines, in this order: ...`."""
    if len(lines) == 1:
        return f"the line `{lines[0]}`"
    return f"these lines, one per line and in this order: {code(lines)}"


# ---- train families ----------------------------------------------------------------------

CREATE = (
    "Create the file {path} containing exactly {what}.",
    "Write {what} into a new file {path}.",
    "Make a new file at {path}; its content must be {what}.",
)


def create_file(rng: random.Random, level: Level) -> TaskSpec:
    lines = word_lines(rng, size(rng, {"easy": (1, 1), "medium": (2, 3), "hard": (4, 6)}, level))
    folder = f"{W}/{rng.choice(DIRS)}" if level == "hard" else W
    target = f"{folder}/{names(rng, 1)[0]}"
    body = phrase(rng, CREATE, path=target, what=describe(lines))
    solution = f"printf '%s\\n' {quoted(lines)} > {target}"
    if folder != W:
        body += f" The directory {folder} does not exist yet."
        solution = f"mkdir -p {folder} && {solution}"
    return files_task(rng, body, solution, holds(target, lines))


APPEND = (
    "Append {what} to the end of {path}.",
    "Add {what} at the bottom of {path}, keeping everything already in it.",
    "{path} needs more at its end: append {what}.",
)


def append_lines(rng: random.Random, level: Level) -> TaskSpec:
    old = word_lines(rng, size(rng, {"easy": (2, 4), "medium": (3, 8), "hard": (8, 20)}, level))
    new = word_lines(rng, size(rng, {"easy": (1, 1), "medium": (2, 2), "hard": (3, 4)}, level))
    name = names(rng, 1)[0]
    target = f"{W}/{name}"
    return files_task(
        rng,
        phrase(rng, APPEND, path=target, what=describe(new)),
        f"printf '%s\\n' {quoted(new)} >> {target}",
        holds(target, old + new),
        {name: text(old)},
    )


RENAME = (
    "Rename {src} to {dst}.",
    "Give the file {src} the new name {dst}.",
    "{src} should be called {dst} from now on; rename it.",
)


def subfolder(rng: random.Random, level: Level) -> str:
    """A folder path relative to /workspace: none (easy), one level (medium) or two (hard),
    ending in `/` unless empty."""
    if level == "easy":
        return ""
    return rng.choice(DIRS) + (f"/{rng.choice(WORDS)}" if level == "hard" else "") + "/"


def rename_file(rng: random.Random, level: Level) -> TaskSpec:
    folder = subfolder(rng, level)
    old, new = names(rng, 2)
    if level == "hard":
        old, new = f"{old[:-4]}.{rng.choice(('log', 'bak', 'tmp'))}", f"{new[:-4]}.{rng.choice(('md', 'csv'))}"
    lines = word_lines(rng, rng.randint(1, 5))
    src, dst = f"{W}/{folder}{old}", f"{W}/{folder}{new}"
    return files_task(
        rng,
        phrase(rng, RENAME, src=src, dst=dst),
        f"mv {src} {dst}",
        all_of(gone(src), holds(dst, lines)),
        {folder + old: text(lines)},
    )


MOVE = (
    "Move {src} into the directory {folder}/ and keep its name.",
    "Put {src} into {folder}/ under the same file name; nothing may stay at the old path.",
    "The file {src} belongs in {folder}/: move it there without renaming it.",
)


def move_into(folder: str, paths: list[str], exists: bool) -> str:
    """The oracle for moving files into a folder, creating it first when it is new."""
    move = f"mv {' '.join(paths)} {folder}/"
    return move if exists else f"mkdir -p {folder} && {move}"


def move_file(rng: random.Random, level: Level) -> TaskSpec:
    name, readme = names(rng, 2)
    lines = word_lines(rng, rng.randint(1, 5))
    relative = subfolder(rng, "medium" if level == "easy" else level).rstrip("/")
    folder, src = f"{W}/{relative}", f"{W}/{name}"
    environment = {name: text(lines)}
    body = phrase(rng, MOVE, src=src, folder=folder)
    if level == "easy":
        environment[f"{relative}/{readme}"] = text(word_lines(rng, 1))
    else:
        body += " That directory does not exist yet."
    return files_task(
        rng, body, move_into(folder, [src], level == "easy"),
        all_of(gone(src), holds(f"{folder}/{name}", lines)), environment,
    )


COPY = (
    "Copy {src} to {dst}.",
    "Make a copy of {src} at {dst}, keeping the original.",
    "Duplicate {src}: the copy goes to {dst} and the original stays where it is.",
)


def copy_file(rng: random.Random, level: Level) -> TaskSpec:
    name, copy_name, readme = names(rng, 3)
    lines = word_lines(rng, size(rng, {"easy": (1, 3), "medium": (2, 6), "hard": (3, 10)}, level))
    relative = subfolder(rng, level)
    src, dst = f"{W}/{name}", f"{W}/{relative}{copy_name}"
    environment = {name: text(lines)}
    body = phrase(rng, COPY, src=src, dst=dst)
    solution = f"cp {src} {dst}"
    if level == "medium":
        environment[relative + readme] = text(word_lines(rng, 1))
    elif level == "hard":
        body += f" The directory {W}/{relative} does not exist yet."
        solution = f"mkdir -p {W}/{relative.rstrip('/')} && {solution}"
    return files_task(rng, body, solution, all_of(holds(src, lines), holds(dst, lines)), environment)


DELETE = (
    "Delete {targets} and leave every other file alone.",
    "Remove {targets} from /workspace; nothing else may be deleted.",
    "Get rid of {targets}, but keep all the other files.",
)


def delete_files(rng: random.Random, level: Level) -> TaskSpec:
    total, doomed = {"easy": ((3, 3), (1, 1)), "medium": ((5, 6), (2, 3)), "hard": ((5, 7), (1, 1))}[level]
    files = names(rng, rng.randint(*total))
    doomed = rng.randint(*doomed)
    environment = {name: text(word_lines(rng, 1)) for name in files}
    targets = [f"{W}/{name}" for name in files[:doomed]]
    kept = [f"{W}/{name}" for name in files[doomed:]]
    described, command = listing(targets), "rm"
    if level == "hard":
        relative = rng.choice(DIRS)
        for name in names(rng, rng.randint(2, 4)):
            environment[f"{relative}/{name}"] = text(word_lines(rng, 1))
        folder = f"{W}/{relative}"
        described = f"the directory {folder} (with everything in it) and {listing(targets)}"
        targets, command = [folder, *targets], "rm -r"
    body = phrase(rng, DELETE, targets=described)
    check = all_of(*(gone(t) for t in targets), *(f"[ -f {k} ]" for k in kept))
    return files_task(rng, body, f"{command} {' '.join(targets)}", check, environment)


COUNT = (
    "Count the lines of {path} and write the number to {out}.",
    "How many lines does {path} have? Put just that number in {out}.",
    "Write the number of lines in {path} into {out} (only the number).",
)
COUNT_FILES = ("count.txt", "lines.txt", "total.txt", "answer.txt")


def count_lines(rng: random.Random, level: Level) -> TaskSpec:
    lines = word_lines(rng, size(rng, {"easy": (3, 9), "medium": (10, 60), "hard": (100, 400)}, level))
    name = names(rng, 1, rng.choice(("txt", "log")))[0]
    path, out = f"{W}/{name}", f"{W}/{rng.choice(COUNT_FILES)}"
    return files_task(
        rng, phrase(rng, COUNT, path=path, out=out), f"wc -l < {path} > {out}",
        counted(out, len(lines)), {name: text(lines)},
    )


SORT = (
    "Sort the lines of {path} {order}, in place.",
    "Put the lines of {path} in {order_noun} and save the result back to the same file.",
    "Rewrite {path} so that its lines are sorted {order}.",
)


def sort_lines(rng: random.Random, level: Level) -> TaskSpec:
    """Alphabetical sort (easy, medium) or numeric sort (hard), in place."""
    if level == "hard":
        numbers = rng.sample(range(1, 10000), rng.randint(6, 20))
        lines, wanted = [str(n) for n in numbers], [str(n) for n in sorted(numbers)]
        order, order_noun, flags = "numerically (smallest first)", "numerical order (smallest first)", "-n "
    else:
        lines = rng.sample(WORDS, size(rng, {"easy": (4, 6), "medium": (8, 15)}, level))
        wanted = sorted(lines)
        order, order_noun, flags = "alphabetically", "alphabetical order", ""
    if lines == wanted:
        lines.reverse()
    name = names(rng, 1)[0]
    path = f"{W}/{name}"
    return files_task(
        rng, phrase(rng, SORT, path=path, order=order, order_noun=order_noun),
        f"sort {flags}-o {path} {path}", holds(path, wanted), {name: text(lines)},
    )


def repeating_lines(rng: random.Random, level: Level) -> list[str]:
    """Words drawn from a pool smaller than the line count, so some lines repeat."""
    pool = rng.sample(WORDS, size(rng, {"easy": (3, 4), "medium": (5, 9), "hard": (12, 20)}, level))
    return [rng.choice(pool) for _ in range(len(pool) + size(rng, {"easy": (2, 4), "medium": (5, 11), "hard": (20, 50)}, level))]


def first_copies(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


DEDUPE = (
    "Write the lines of {src} to {dst} without duplicates, keeping the first copy of each line in its original order.",
    "Copy {src} to {dst} but drop every repeated line (keep first occurrences, in the same order).",
    "{dst} should hold each distinct line of {src} once, in the order the lines first appear.",
)


def dedupe_lines(rng: random.Random, level: Level) -> TaskSpec:
    lines = repeating_lines(rng, level)
    name, out = names(rng, 2)
    src, dst = f"{W}/{name}", f"{W}/{out}"
    return files_task(
        rng, phrase(rng, DEDUPE, src=src, dst=dst), f"awk '!seen[$0]++' {src} > {dst}",
        holds(dst, first_copies(lines)), {name: text(lines)},
    )


def lines_with(rng: random.Random, word: str, count: int, uses: int, avoid: str) -> list[str]:
    """`count` lines of which `uses` contain `word`; no other line holds `word` or
    `avoid`, not even inside a longer word."""
    fillers = [w for w in WORDS if word not in w and avoid not in w]
    lines = word_lines(rng, count, fillers)
    for i in rng.sample(range(count), uses):
        lines[i] = f"{word} {lines[i]}" if rng.random() < 0.5 else f"{lines[i]} {word}"
    return lines


REPLACE = (
    "In {paths}, replace every `{old}` with `{new}`.",
    "Change each occurrence of the word `{old}` to `{new}` in {paths}.",
    "Every `{old}` in {paths} should read `{new}`: edit in place.",
)


def replace_word(rng: random.Random, level: Level) -> TaskSpec:
    """sed -i on one file (easy, medium) or two (hard)."""
    old, new = rng.sample(WORDS, 2)
    files = names(rng, 2 if level == "hard" else 1)
    uses = {"easy": 1, "medium": 3, "hard": 2}[level]
    environment, checks = {}, []
    for name in files:
        lines = lines_with(rng, old, size(rng, {"easy": (1, 3), "medium": (4, 10), "hard": (4, 12)}, level), uses, new)
        environment[name] = text(lines)
        checks.append(holds(f"{W}/{name}", [line.replace(old, new) for line in lines]))
    paths = [f"{W}/{name}" for name in files]
    return files_task(
        rng, phrase(rng, REPLACE, paths=listing(paths), old=old, new=new),
        f"sed -i 's/{old}/{new}/g' {' '.join(paths)}", all_of(*checks), environment,
    )


CONFIG_FIELDS = {
    "name": lambda rng: rng.choice(WORDS), "mode": lambda rng: rng.choice(WORDS),
    "port": lambda rng: rng.randint(1000, 9999), "retries": lambda rng: rng.randint(1, 9),
    "timeout": lambda rng: rng.randint(5, 300),
}
"""Fields of a made-up config file, and how each draws a value."""
CONFIG_SECTIONS = {"server": ("host", "port"), "limits": ("cpu", "memory"), "owner": ("name", "team")}
"""Nested objects: section name -> its fields (words for name/host/team, numbers else)."""
JSON_EDIT = (
    "In the JSON file {path}, set {changes}.",
    "Change {path}: set {changes}, leaving every other field as it is.",
    "{path} needs an update: {changes}. Edit the JSON and keep the rest unchanged.",
)


def section_value(rng: random.Random, field: str) -> str | int:
    return rng.choice(WORDS) if field in ("host", "name", "team") else rng.randint(1, 9999)


def other_value(rng: random.Random, value: str | int) -> str | int:
    """A new value of the same type as `value`, never equal to it."""
    if isinstance(value, str):
        return rng.choice([w for w in WORDS if w != value])
    return rng.choice([n for n in range(1, 10000) if n != value])


def json_field(rng: random.Random, level: Level) -> TaskSpec:
    """Set a top-level field (easy), a nested one (medium), or one of each (hard)."""
    data: dict = {k: CONFIG_FIELDS[k](rng) for k in rng.sample(sorted(CONFIG_FIELDS), rng.randint(2, 4))}
    if level != "easy":
        for section in rng.sample(sorted(CONFIG_SECTIONS), rng.randint(1, 2)):
            data[section] = {f: section_value(rng, f) for f in CONFIG_SECTIONS[section]}
    targets: list[tuple[str, ...]] = []
    if level != "medium":
        targets.append((rng.choice([k for k, v in data.items() if not isinstance(v, dict)]),))
    if level != "easy":
        section = rng.choice([k for k, v in data.items() if isinstance(v, dict)])
        targets.append((section, rng.choice(CONFIG_SECTIONS[section])))
    wanted = json.loads(json.dumps(data))
    said, assignments = [], []
    for target in targets:
        *parents, field = target
        holder = wanted
        for parent in parents:
            holder = holder[parent]
        value = holder[field] = other_value(rng, holder[field])
        where = f"the field `{field}`" + "".join(f" inside `{p}`" for p in parents)
        said.append(f"{where} to {'the string' if isinstance(value, str) else 'the number'} `{value}`")
        assignments.append("d" + "".join(f'["{key}"]' for key in target) + f" = {json.dumps(value)}")
    name = rng.choice(("config", "settings", "app", "service")) + ".json"
    path = f"{W}/{name}"
    solution = (f"python3 -c 'import json; d = json.load(open(\"{path}\")); {'; '.join(assignments)}; "
                f"json.dump(d, open(\"{path}\", \"w\"))'")
    return files_task(
        rng, phrase(rng, JSON_EDIT, path=path, changes=listing(said)), solution,
        "python3 /tests/check_json.py", {name: json.dumps(data, indent=2) + "\n"},
        {"check_json.py": json_check(path, wanted)},
    )


def json_check(path: str, wanted: dict) -> str:
    """tests/check_json.py: exit 0 when `path` parses to exactly `wanted`."""
    return (
        "import json\nimport sys\n\n"
        f"wanted = json.loads({json.dumps(json.dumps(wanted))})\n"
        "try:\n"
        f"    with open({path!r}) as f:\n"
        "        actual = json.load(f)\n"
        "except (OSError, ValueError):\n"
        "    sys.exit(1)\n"
        "sys.exit(0 if actual == wanted else 1)\n"
    )


CSV_CELL = (
    "In {path}, change the {column} of {changes}.",
    "Edit the CSV file {path}: set the `{column}` column of {changes}.",
    "{path} has outdated values. Update the {column} of {changes}, leaving the other rows as they are.",
)


def csv_cell(rng: random.Random, level: Level) -> TaskSpec:
    """One cell (easy, medium) or two (hard) of a `name,<column>` table."""
    column = rng.choice(("count", "price", "score", "stock"))
    items = rng.sample(WORDS, size(rng, {"easy": (3, 4), "medium": (6, 12), "hard": (15, 25)}, level))
    values = {item: rng.randint(1, 999) for item in items}
    before = [f"name,{column}"] + [f"{item},{n}" for item, n in values.items()]
    changed = rng.sample(items, 2 if level == "hard" else 1)
    for item in changed:
        values[item] = other_value(rng, values[item])
    after = [f"name,{column}"] + [f"{item},{n}" for item, n in values.items()]
    name = rng.choice(("stock", "prices", "scores", "inventory")) + ".csv"
    path = f"{W}/{name}"
    edits = " ".join(f"-e 's/^{item},.*/{item},{values[item]}/'" for item in changed)
    return files_task(
        rng, phrase(rng, CSV_CELL, path=path, column=column, changes=listing([f"`{i}` to {values[i]}" for i in changed])),
        f"sed -i {edits} {path}", holds(path, after), {name: text(before)},
    )


CSV_COLUMNS = {
    "name": lambda rng: rng.choice(WORDS), "city": lambda rng: rng.choice(WORDS),
    "team": lambda rng: rng.choice(WORDS), "age": lambda rng: str(rng.randint(18, 90)),
    "score": lambda rng: str(rng.randint(0, 100)), "id": lambda rng: str(rng.randint(1, 999)),
}
"""Columns of a made-up table, and how each draws a cell."""
CSV_COLUMN = (
    "Write column {k} (`{column}`) of {path} to {out}, one value per line, {header}.",
    "Extract the `{column}` column, which is column {k}, from {path} into {out}, {header}.",
    "{out} should list the values of column {k} (`{column}`) of the CSV file {path}, one per line, {header}.",
)


def csv_column(rng: random.Random, level: Level) -> TaskSpec:
    """cut one column, with its header (easy, medium) or without (hard)."""
    columns = rng.sample(sorted(CSV_COLUMNS), size(rng, {"easy": (2, 2), "medium": (3, 4), "hard": (4, 5)}, level))
    rows = [[CSV_COLUMNS[c](rng) for c in columns]
            for _ in range(size(rng, {"easy": (3, 5), "medium": (5, 10), "hard": (8, 15)}, level))]
    k = rng.randint(1, len(columns))
    name, out = rng.choice(("people", "members", "table", "records")) + ".csv", names(rng, 1)[0]
    path, out = f"{W}/{name}", f"{W}/{out}"
    wanted = [row[k - 1] for row in rows]
    if level == "hard":
        header, solution = "without the header line", f"tail -n +2 {path} | cut -d, -f{k} > {out}"
    else:
        header, solution = "header line included", f"cut -d, -f{k} {path} > {out}"
        wanted.insert(0, columns[k - 1])
    return files_task(
        rng, phrase(rng, CSV_COLUMN, k=k, column=columns[k - 1], path=path, out=out, header=header),
        solution, holds(out, wanted), {name: text([",".join(columns)] + [",".join(r) for r in rows])},
    )


MKDIR = (
    "Create the directories {dirs}.",
    "Make this directory tree: {dirs}.",
    "Set up the folders {dirs}, creating parent folders as needed.",
)


def make_dirs(rng: random.Random, level: Level) -> TaskSpec:
    root = f"{W}/{rng.choice(WORDS)}"
    if level == "easy":
        dirs = [f"{root}/{rng.choice(DIRS)}"]
    else:
        children = rng.sample(DIRS, size(rng, {"medium": (2, 3), "hard": (3, 4)}, level))
        dirs = [f"{root}/{child}" for child in children]
        if level == "hard":
            dirs += [f"{d}/{rng.choice(WORDS)}" for d in rng.sample(dirs, 2)]
    return files_task(
        rng, phrase(rng, MKDIR, dirs=listing(dirs)), f"mkdir -p {' '.join(dirs)}",
        all_of(*(f"[ -d {d} ]" for d in dirs)),
    )


PICK = (
    "Write {which} of {src} to {dst}.",
    "Copy only {which} of {src} into {dst}.",
    "{dst} should contain {which} of {src}, nothing else.",
)


def pick_lines(rng: random.Random, level: Level) -> TaskSpec:
    """The first lines (easy, head), the last (medium, tail) or a range (hard, sed -n)."""
    lines = word_lines(rng, size(rng, {"easy": (8, 15), "medium": (10, 30), "hard": (20, 60)}, level))
    name, out = names(rng, 2)
    src, dst = f"{W}/{name}", f"{W}/{out}"
    if level == "hard":
        first = rng.randint(2, len(lines) - 12)
        last = first + rng.randint(2, 10)
        which, wanted, command = f"lines {first} to {last}", lines[first - 1:last], f"sed -n '{first},{last}p'"
    else:
        n = size(rng, {"easy": (2, 5), "medium": (2, 8)}, level)
        end = "first" if level == "easy" else "last"
        which, command = f"the {end} {n} lines", f"{'head' if end == 'first' else 'tail'} -n {n}"
        wanted = lines[:n] if end == "first" else lines[-n:]
    return files_task(
        rng, phrase(rng, PICK, which=which, src=src, dst=dst), f"{command} {src} > {dst}",
        holds(dst, wanted), {name: text(lines)},
    )


def log_lines(rng: random.Random, level: Level) -> tuple[list[str], str]:
    """Log lines like `ERROR cedar 42`, and a pattern some of them (not all) contain:
    a log level (easy) or a word (medium, hard)."""
    count = size(rng, {"easy": (5, 10), "medium": (10, 30), "hard": (20, 50)}, level)
    while True:
        lines = [f"{rng.choice(LOG_LEVELS)} {line}" for line in word_lines(rng, count, rng.sample(WORDS, 8))]
        pattern = rng.choice(LOG_LEVELS[1:]) if level == "easy" else rng.choice(lines).split()[1]
        if 0 < sum(pattern in line for line in lines) < count:
            return lines, pattern


GREP = (
    "Write every line of {src} {rule} to {dst}, keeping their order.",
    "Copy the lines of {src} {rule} into {dst} (same order as in the file).",
    "{dst} should hold exactly the lines of {src} {rule}, in their original order.",
)


def grep_lines(rng: random.Random, level: Level) -> TaskSpec:
    """Lines that contain a pattern (easy, medium) or that do not (hard, grep -v)."""
    lines, pattern = log_lines(rng, level)
    name, out = names(rng, 2, "log")
    src, dst = f"{W}/{name}", f"{W}/{out}"
    keep = level != "hard"
    rule = f"{'containing' if keep else 'not containing'} `{pattern}`"
    return files_task(
        rng, phrase(rng, GREP, src=src, dst=dst, rule=rule),
        f"grep {'' if keep else '-v '}'{pattern}' {src} > {dst}",
        holds(dst, [line for line in lines if (pattern in line) == keep]), {name: text(lines)},
    )


# ---- transfer families: two trained chores composed, or one in a new setting ----------------

SORT_UNIQUE = (
    "Write the distinct lines of {src} to {dst}, sorted alphabetically.",
    "{dst} should list every different line of {src} once, in alphabetical order.",
    "Sort the lines of {src} alphabetically, drop the repeats, and save the result as {dst}.",
)


def sort_unique(rng: random.Random, level: Level) -> TaskSpec:
    """Sorting (trained) and deduplicating (trained) at once, into another file."""
    lines = repeating_lines(rng, level)
    name, out = names(rng, 2)
    src, dst = f"{W}/{name}", f"{W}/{out}"
    return files_task(
        rng, phrase(rng, SORT_UNIQUE, src=src, dst=dst), f"sort -u {src} > {dst}",
        holds(dst, sorted(set(lines))), {name: text(lines)},
    )


COPY_REPLACE = (
    "Copy {src} to {dst}, then in the copy replace every `{old}` with `{new}`; the original must stay unchanged.",
    "Make a copy of {src} named {dst} and change each `{old}` in the copy to `{new}`. Leave {src} as it is.",
    "{dst} should be {src} with every `{old}` replaced by `{new}`; do not modify {src}.",
)


def copy_replace(rng: random.Random, level: Level) -> TaskSpec:
    """A copy (trained), then a replacement (trained) in the copy only."""
    old, new = rng.sample(WORDS, 2)
    count = size(rng, {"easy": (1, 3), "medium": (4, 10), "hard": (10, 25)}, level)
    lines = lines_with(rng, old, count, min(count, {"easy": 1, "medium": 2, "hard": 4}[level]), new)
    name, out = names(rng, 2)
    src, dst = f"{W}/{name}", f"{W}/{out}"
    return files_task(
        rng, phrase(rng, COPY_REPLACE, src=src, dst=dst, old=old, new=new),
        f"cp {src} {dst} && sed -i 's/{old}/{new}/g' {dst}",
        all_of(holds(src, lines), holds(dst, [line.replace(old, new) for line in lines])), {name: text(lines)},
    )


COUNT_MATCHING = (
    "Count the lines of {src} that contain `{pattern}` and write the number to {out}.",
    "How many lines of {src} contain `{pattern}`? Put just that number in {out}.",
    "Write the number of lines in {src} containing `{pattern}` into {out} (only the number).",
)


def count_matching(rng: random.Random, level: Level) -> TaskSpec:
    """Counting lines (trained) of a grep (trained)."""
    lines, pattern = log_lines(rng, level)
    name = names(rng, 1, "log")[0]
    src, out = f"{W}/{name}", f"{W}/{rng.choice(COUNT_FILES)}"
    return files_task(
        rng, phrase(rng, COUNT_MATCHING, src=src, out=out, pattern=pattern),
        f"grep -c '{pattern}' {src} > {out}",
        counted(out, sum(pattern in line for line in lines)), {name: text(lines)},
    )


MOVE_MANY = (
    "Move {files} into a new directory {folder}/, keeping their names.",
    "Create the directory {folder}/ and move {files} into it (same file names).",
    "{files} belong in {folder}/, which does not exist yet: move them there without renaming them.",
)


def move_many(rng: random.Random, level: Level) -> TaskSpec:
    """Moving (trained) several files at once into a folder that is made first (trained)."""
    total, moved = {"easy": (4, 2), "medium": (6, 3), "hard": (8, rng.randint(4, 5))}[level]
    files = names(rng, total)
    contents = {name: word_lines(rng, rng.randint(1, 3)) for name in files}
    relative = rng.choice(DIRS) + (f"/{rng.choice(WORDS)}" if level == "hard" else "")
    folder = f"{W}/{relative}"
    sources = [f"{W}/{name}" for name in files[:moved]]
    check = all_of(
        *(gone(src) for src in sources),
        *(holds(f"{folder}/{name}", contents[name]) for name in files[:moved]),
        *(holds(f"{W}/{name}", contents[name]) for name in files[moved:]),
    )
    return files_task(
        rng, phrase(rng, MOVE_MANY, files=listing(sources), folder=folder), move_into(folder, sources, False),
        check, {name: text(lines) for name, lines in contents.items()},
    )


FAMILIES = [
    Family("create-file", create_file),
    Family("append-lines", append_lines),
    Family("rename-file", rename_file),
    Family("move-file", move_file),
    Family("copy-file", copy_file),
    Family("delete-files", delete_files),
    Family("count-lines", count_lines),
    Family("sort-lines", sort_lines),
    Family("dedupe-lines", dedupe_lines),
    Family("replace-word", replace_word),
    Family("json-field", json_field),
    Family("csv-cell", csv_cell),
    Family("csv-column", csv_column),
    Family("make-dirs", make_dirs),
    Family("pick-lines", pick_lines),
    Family("grep-lines", grep_lines),
    Family("sort-unique", sort_unique, transfer=True),
    Family("copy-replace", copy_replace, transfer=True),
    Family("count-matching", count_matching, transfer=True),
    Family("move-many", move_many, transfer=True),
]
