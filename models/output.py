"""From sampled token ids to a Completion: incremental text, stop strings, finish reasons.

Both engines feed tokens through `CompletionBuilder` one at a time, so the text, the stop
handling and the streamed deltas are the same whichever engine produced the tokens.
"""

from transformers import PreTrainedTokenizerBase

from loopwright.models.sampling import Completion, FinishReason, SamplingParams, StreamDelta


class CompletionBuilder:
    """Accumulates one sample; `append` returns the delta a stream would show."""

    def __init__(self, tokenizer: PreTrainedTokenizerBase, params: SamplingParams, eos_ids: list[int]):
        self.tokenizer = tokenizer
        self.params = params
        self.stop_ids = (set() if params.ignore_eos else set(eos_ids)) | set(params.stop_token_ids)
        self.holdback_chars = max((len(s) for s in params.stop), default=1) - 1
        self.token_ids: list[int] = []
        self.logprobs: list[float] = []
        self.text = ""
        self.emitted = 0
        self.finish_reason: FinishReason | None = None

    def append(self, token_id: int, logprob: float, context_full: bool = False) -> StreamDelta:
        """Adds one token; `context_full` (the sequence reached the model's context) ends the
        sample with 'length' like max_new_tokens does, releasing any held-back text."""
        self.token_ids.append(token_id)
        self.logprobs.append(logprob)
        if token_id in self.stop_ids:
            self.finish_reason = "stop"
        else:
            self._update_text()
        if self.finish_reason is None and (context_full or len(self.token_ids) >= self.params.max_new_tokens):
            self.finish_reason = "length"
        return StreamDelta(self._take_delta(), token_id, logprob, self.finish_reason)

    def copy(self) -> "CompletionBuilder":
        """An independent builder with the same state (beam search forks a sample)."""
        twin = CompletionBuilder.__new__(CompletionBuilder)
        twin.tokenizer, twin.params, twin.stop_ids = self.tokenizer, self.params, self.stop_ids
        twin.holdback_chars, twin.text, twin.emitted = self.holdback_chars, self.text, self.emitted
        twin.token_ids, twin.logprobs = list(self.token_ids), list(self.logprobs)
        twin.finish_reason = self.finish_reason
        return twin

    def abort(self) -> None:
        if self.finish_reason is None:
            self.finish_reason = "abort"

    @property
    def finished(self) -> bool:
        return self.finish_reason is not None

    def completion(self) -> Completion:
        return Completion(list(self.token_ids), self.text, list(self.logprobs), self.finish_reason or "abort")

    def _update_text(self) -> None:
        text = self.tokenizer.decode(self.token_ids, skip_special_tokens=True)
        if text.endswith("\ufffd"):
            return  # an incomplete UTF-8 character: wait for the next token
        search_from = max(0, len(self.text) - self.holdback_chars)
        hits = [at for stop in self.params.stop if (at := text.find(stop, search_from)) != -1]
        self.text = text[: min(hits)] if hits else text
        if hits:
            self.finish_reason = "stop"

    def _take_delta(self) -> str:
        # Text that may be the start of a stop string stays back until it is decided.
        end = len(self.text) if self.finished else max(self.emitted, len(self.text) - self.holdback_chars)
        delta = self.text[self.emitted:end]
        self.emitted = max(self.emitted, end)
        return delta
