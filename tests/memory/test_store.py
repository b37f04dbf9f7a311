"""The SQLite memory store: BM25 recall, outcome updates, and sharing one file across threads."""

import threading

from loopwright.memory import MemoryStore, memory_block


def _add(store: MemoryStore, task: str, outcome: float = 1.0, source: str = "verifier") -> int:
    return store.add(task, finish_reason="finish", actions="bash `echo 4 > answer.txt` -> ok",
                     error=None, outcome=outcome, outcome_source=source, task_id=task[:8])


def test_search_ranks_the_item_sharing_the_rare_words_first(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    _add(store, "Write the sum of 3 and 4 to answer.txt")
    geometry = _add(store, "Write the area of a rectangle 3 by 5 to answer.txt")
    _add(store, "List the files in the workspace and count them")
    found = store.search("What is the area of a rectangle 7 by 2? Write it to answer.txt", k=2)
    assert [item.id for item in found][0] == geometry
    assert len(found) == 2 and found[0].score > found[1].score > 0


def test_search_with_no_shared_word_or_only_punctuation_finds_nothing(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    _add(store, "Write the sum of 3 and 4 to answer.txt")
    assert store.search("zebra quokka", k=3) == []
    assert store.search('"(*) -- ...', k=3) == []


def test_query_words_that_are_fts5_syntax_are_read_as_words(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    item = _add(store, "Explain NEAR and OR and AND in a file")
    assert [i.id for i in store.search('NEAR( "OR" AND* -x', k=1)] == [item]


def test_verifier_outcome_replaces_the_self_judgement_and_rewrites_the_lesson(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    item_id = store.add("Write 7 to a.txt", finish_reason="finish", actions="bash `echo 8 > a.txt` -> ok",
                        error=None, outcome=1.0, outcome_source="self")
    assert store.get(item_id).lesson.startswith("Passed (judged by the model itself)")
    store.set_outcome(item_id, 0.0, "verifier")
    item = store.get(item_id)
    assert (item.outcome, item.outcome_source) == (0.0, "verifier")
    assert item.lesson.startswith("Failed (checked by the verifier)")
    assert store.search("verifier checked", k=1)[0].id == item_id  # the index follows the new lesson


def test_items_survive_reopening_and_clear_empties_both_tables(tmp_path):
    path = tmp_path / "memory.sqlite"
    _add(MemoryStore(path), "Write the sum of 3 and 4 to answer.txt")
    store = MemoryStore(path)
    assert store.count() == 1 and store.items()[0].task.startswith("Write the sum")
    assert store.clear() == 1
    assert store.count() == 0 and store.search("sum answer", k=3) == []


def test_mark_used_counts_runs_that_saw_an_item(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    item = _add(store, "a task")
    store.mark_used([item])
    store.mark_used([item])
    assert store.get(item).used == 2


def test_threads_writing_at_once_lose_no_item(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    threads = [threading.Thread(target=lambda i=i: [_add(store, f"task {i} {j}") for j in range(10)])
               for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count() == 40 and len(store.search("task", k=100)) == 40


def test_memory_block_is_empty_without_items_and_numbers_each_lesson(tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    assert memory_block([]) == ""
    _add(store, "Write the sum of 3 and 4 to answer.txt")
    _add(store, "Write the sum of 5 and 6 to answer.txt", outcome=0.0)
    block = memory_block(store.search("sum answer.txt", k=2))
    lines = block.splitlines()
    assert lines[0].startswith("Lessons from earlier runs") and len(lines) == 3
    assert lines[1].startswith("1. Task: ") and lines[2].startswith("2. Task: ")
    assert "Failed (checked by the verifier)" in block and "Passed (checked by the verifier)" in block
