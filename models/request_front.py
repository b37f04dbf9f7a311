"""The request front: callers in any thread submit requests, one engine thread steps them.

`generate` and `stream` turn prompts into `Request`s and hand them to a background thread
that admits them to the scheduler and calls `step` while there is work, so concurrent
agent turns and the samples of a rollout group share every decode step. A step that
raises fails the requests in flight, and the thread keeps serving new ones. Closing a
stream's iterator aborts its request; the next step retires it and frees its blocks.
`between_steps` holds the step lock (weight updates land between two steps, never during one).
"""

import atexit
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from loopwright.models.local_model import LocalModel
from loopwright.models.requests import Prompt, Request, params_per_prompt, prompt_ids
from loopwright.models.sampling import GenerationResult, SamplingParams, StreamDelta
from loopwright.models.scheduler import Scheduler

CANCEL_POLL_S = 0.05
"""How often a blocked `generate` looks at its cancel event (a decode step takes ~15 ms)."""
EXIT_JOIN_S = 10.0
"""At interpreter exit, how long to wait for the engine thread to finish the step it is in."""


class RequestFront:
    def __init__(self, local: LocalModel, scheduler: Scheduler, step: Callable[[], object]):
        self.local = local
        self.scheduler = scheduler
        self._step = step
        self._step_lock = threading.Lock()
        self._wake = threading.Condition()
        self._incoming: list[Request] = []
        self._thread: threading.Thread | None = None

    def generate(
        self, prompts: list[Prompt], params: SamplingParams | list[SamplingParams] | None = None,
        cancel: threading.Event | None = None,
    ) -> list[GenerationResult]:
        """Completions of every prompt; blocks until all are done (thread-safe). Setting
        `cancel` aborts the requests still running; they end with finish reason "abort"."""
        all_params = params_per_prompt(prompts, params)
        requests = [self._make_request(p, sp, streaming=False) for p, sp in zip(prompts, all_params, strict=True)]
        self._submit(requests)
        for request in requests:
            while not request.done.wait(None if cancel is None else CANCEL_POLL_S):
                if cancel.is_set():
                    self._abort(requests)
                    cancel = None  # aborted requests end within a step; wait for them plainly
        return [r.result() for r in requests]

    def stream(self, prompt: Prompt, params: SamplingParams | None = None) -> Iterator[StreamDelta]:
        """Deltas of one sample as they are decoded; closing the iterator aborts the request."""
        params = params or SamplingParams()
        if params.n != 1 or params.num_beams != 1:
            raise ValueError("stream() takes n=1 and num_beams=1")
        request = self._make_request(prompt, params, streaming=True)  # raises here, not on first next()
        return self._deltas(request)

    @contextmanager
    def between_steps(self) -> Iterator[None]:
        """No step runs while the block is inside."""
        with self._step_lock:
            yield

    def _deltas(self, request: Request) -> Iterator[StreamDelta]:
        self._submit([request])
        try:
            while (delta := request.deltas.get()) is not None:
                yield delta
            request.result()  # raises if the step loop failed
        finally:
            self._abort([request])

    def _abort(self, requests: list[Request]) -> None:
        """Marks unfinished requests aborted and wakes the step loop to retire them."""
        for request in requests:
            if not request.done.is_set():
                request.abort()
        with self._wake:
            self._wake.notify()

    def _make_request(self, prompt: Prompt, params: SamplingParams, streaming: bool) -> Request:
        ids = prompt_ids(self.local, prompt)
        self.scheduler.check_fits(len(ids), params)
        return Request(ids, params, self.local, streaming)

    def _submit(self, requests: list[Request]) -> None:
        with self._wake:
            self._incoming.extend(requests)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, daemon=True, name="loopwright-engine")
                atexit.register(self._end_at_exit)  # unregistered when the thread ends
                self._thread.start()
            self._wake.notify()

    def _end_at_exit(self) -> None:
        """At interpreter exit: aborts every request still running and waits for the engine
        thread to end. Left running, the daemon thread is killed as it takes the GIL back from
        inside torch's C++ frames during finalization, and that unwinding aborts the whole
        process ("terminate called without an active exception", exit 134) after its work was
        done: a script ending while a daemon thread still generated, a decode-bench child."""
        with self._wake:
            thread = self._thread
            for request in [*self._incoming, *self.scheduler.requests]:
                request.abort()
            self._wake.notify()
        if thread is not None:
            thread.join(EXIT_JOIN_S)

    def _loop(self) -> None:
        """Steps while there is work, then ends: an idle engine holds no thread, so an engine
        nobody references is freed with its KV cache (a parked thread would keep it alive)."""
        while True:
            with self._wake:
                if not self._incoming and not self.scheduler.has_work():
                    self._thread = None  # under the lock: the next _submit starts a new thread
                    atexit.unregister(self._end_at_exit)  # nor does it keep this engine alive
                    return
                for request in self._incoming:
                    try:
                        self.scheduler.add(request)
                    except Exception as exc:  # a request that cannot start fails its own caller
                        self.scheduler.fail(request, exc)
                self._incoming.clear()
            with self._step_lock:
                try:
                    self.scheduler.drop_aborted()
                    self._step()
                except Exception as exc:  # fail the requests in flight, keep serving new ones
                    self.scheduler.fail_all(exc)
