"""The engine's blocking calls, awaited from the event loop without holding it.

Each call gets its own thread (the engine's request front batches them all into its one
step loop), so 32 clients are 32 rows of one decode step, not a queue behind a thread pool
of a few workers. A stream's thread checks, after every token, whether its HTTP client went
away; then it closes the engine's iterator, which aborts the request and frees its blocks.
"""

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import closing
from typing import Any, TypeVar

from loopwright.models.sampling import GenerationResult, SamplingParams, StreamDelta

T = TypeVar("T")


async def in_thread(fn: Callable[[], T]) -> T:
    """fn() in a fresh daemon thread; its result or exception comes back to the awaiting task."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(result: Any, exc: BaseException | None) -> None:
        if done.cancelled():
            return
        if exc is not None:
            done.set_exception(exc)
        else:
            done.set_result(result)

    def run() -> None:
        try:
            result, exc = fn(), None
        except BaseException as e:  # handed to the awaiting task, raised there
            result, exc = None, e
        loop.call_soon_threadsafe(settle, result, exc)

    threading.Thread(target=run, daemon=True, name="loopwright-serve-call").start()
    return await done


async def generate(engine: Any, prompt_ids: list[int], params: SamplingParams) -> GenerationResult:
    """All n samples of one prompt (they share its prefill)."""
    return (await in_thread(lambda: engine.generate([prompt_ids], params)))[0]


async def stream_samples(streams: list[Iterator[StreamDelta]]) -> AsyncIterator[tuple[int, StreamDelta]]:
    """(stream index, delta) of the engine's streams (`Engine.stream`, not yet started) as
    decoded, interleaved. Leaving the loop early (a client gone) aborts every one still running.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[int, StreamDelta | BaseException | None]] = asyncio.Queue()
    stop = threading.Event()

    def consume(index: int, deltas: Iterator[StreamDelta]) -> None:
        try:
            with closing(deltas):  # closing an unfinished stream aborts its request
                for delta in deltas:
                    loop.call_soon_threadsafe(queue.put_nowait, (index, delta))
                    if stop.is_set():
                        break
            item: StreamDelta | BaseException | None = None
        except BaseException as exc:  # raised in the event loop's task
            item = exc
        if not loop.is_closed():
            loop.call_soon_threadsafe(queue.put_nowait, (index, item))

    for index, deltas in enumerate(streams):
        threading.Thread(target=consume, args=(index, deltas), daemon=True, name="loopwright-serve-stream").start()
    running = len(streams)
    try:
        while running:
            index, item = await queue.get()
            if item is None:
                running -= 1
            elif isinstance(item, BaseException):
                raise item
            else:
                yield index, item
    finally:
        stop.set()
