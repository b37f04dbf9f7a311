"""The engine's blocking calls, awaited from the event loop without holding it.

Each call gets its own thread (the engine's request front batches them all into its one
step loop), so 32 clients are 32 rows of one decode step, not a queue behind a thread pool
of a few workers. A stream's thread checks, after every token, whether its HTTP client went
away; then it closes the engine's iterator, which aborts the request and frees its blocks.
A request that is not streamed to the client runs as engine streams too (but for n > 1,
whose samples share one prefill in `generate`), so a client that gives up frees it as well.
"""

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import closing
from typing import Any, TypeVar

from starlette.requests import Request as HTTPRequest

from loopwright.models.engine_protocol import Engine
from loopwright.models.sampling import Completion, GenerationResult, SamplingParams, StreamDelta
from loopwright.server.served import ServedModel

T = TypeVar("T")

DISCONNECT_POLL_S = 0.25
"""How often a request that is not streamed checks that its client is still there."""


CLIENT_CLOSED_REQUEST = 499
"""The status logged for a request whose client left before the answer (nginx's code)."""


class ClientGone(Exception):
    """The HTTP client disconnected before its answer was ready; the work was aborted."""


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


async def generate(engine: Engine, prompt_ids: list[int], params: SamplingParams,
                   cancel: threading.Event) -> GenerationResult:
    """All n samples of one prompt (they share its prefill); setting `cancel` aborts them."""
    return (await in_thread(lambda: engine.generate([prompt_ids], params, cancel)))[0]


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


def append_delta(sample: Completion, delta: StreamDelta) -> None:
    """Adds one streamed token to the sample it belongs to."""
    sample.token_ids.append(delta.token_id)
    sample.logprobs.append(delta.logprob)
    sample.text += delta.text
    if delta.finish_reason is not None:
        sample.finish_reason = delta.finish_reason


async def collect(streams: list[Iterator[StreamDelta]], on_token: Callable[[], None]) -> list[Completion]:
    """The whole sample of each stream; `on_token` is called once per token."""
    samples = [Completion([], "", [], "abort") for _ in streams]
    async for index, delta in stream_samples(streams):
        append_delta(samples[index], delta)
        on_token()
    return samples


async def unless_disconnected(http: HTTPRequest, work: Awaitable[T]) -> T:
    """`work`'s result; raises ClientGone, with `work` cancelled, when the client leaves first."""
    task = asyncio.ensure_future(work)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=DISCONNECT_POLL_S)
            if done:
                return task.result()
            if await http.is_disconnected():
                raise ClientGone
    finally:
        if not task.done():
            task.cancel()


async def whole_answers(served: ServedModel, http: HTTPRequest, prompts: list[tuple[list[int], SamplingParams]],
                        streams: list[Iterator[StreamDelta]]) -> list[GenerationResult] | None:
    """Each prompt's whole answer, counted in the server's metrics; None when the client left.

    With `streams` (one sample per prompt, in prompt order) each sample streams; without,
    each prompt's n samples fork from one prefill. Either way a client that leaves aborts them.
    """
    served.counters.started(sum(len(ids) for ids, _ in prompts))
    cancel = threading.Event()
    try:
        if streams:
            samples = await unless_disconnected(http, collect(streams, lambda: served.counters.generated(1)))
            return [GenerationResult(ids, [sample]) for (ids, _), sample in zip(prompts, samples, strict=True)]
        results = await unless_disconnected(
            http, asyncio.gather(*[generate(served.engine, ids, params, cancel) for ids, params in prompts]))
        served.counters.generated(sum(len(c.token_ids) for r in results for c in r.completions))
        return list(results)
    except ClientGone:
        cancel.set()
        return None
    finally:
        served.counters.finished()
