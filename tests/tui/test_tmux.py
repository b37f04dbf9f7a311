"""`loopwright chat` in a real terminal: tmux runs it, send-keys types, capture-pane reads."""

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

LOOPWRIGHT = Path(sys.executable).with_name("loopwright")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def _screen(session: str) -> str:
    return _tmux("capture-pane", "-p", "-t", session)


def _wait_screen(session: str, predicate, what: str, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        screen = _screen(session)
        if predicate(screen):
            return screen
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}; the screen was:\n{_screen(session)}")


@pytest.mark.slow
def test_chat_in_tmux_answers_a_typed_message(tmp_path):
    assert shutil.which("tmux"), "tmux is part of scripts/setup"
    session = f"lw-chat-{uuid.uuid4().hex[:8]}"
    command = shlex.join([
        str(LOOPWRIGHT), "chat", "--sandbox", "local", "--max-tokens", "48", "--max-turns", "2",
        "--trace-dir", str(tmp_path / "traces"), "--sessions-db", str(tmp_path / "chat.sqlite"),
    ])
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "36", "-e", "HF_HUB_OFFLINE=1",
          "-e", "TRANSFORMERS_OFFLINE=1", command)
    try:
        _wait_screen(session, lambda s: s.startswith(" ready"), "the model to load", 120)
        _tmux("send-keys", "-t", session, "-l", "Say hello in one short sentence.")
        _tmux("send-keys", "-t", session, "Enter")
        _wait_screen(session, lambda s: "╭─ you" in s, "the message to show", 10)

        def answered(screen: str) -> bool:
            if "Allow the tool call" in screen:
                _tmux("send-keys", "-t", session, "d")
            return screen.startswith(" ready") and "╭─ loopwright" in screen

        screen = _wait_screen(session, answered, "the reply", 120)
        reply_box = screen.split("╭─ loopwright", 1)[1].split("╰", 1)[0]
        reply_text = "".join(line.strip(" │▎") for line in reply_box.splitlines()[1:])
        assert reply_text, screen
        assert "│ turn 1 │" in screen or "│ turn 2 │" in screen  # model turns of this run (--max-turns 2)
        assert "^c Cancel run" in screen
        _tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 20
        while subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0:
            assert time.monotonic() < deadline, "ctrl+q did not quit"
            time.sleep(0.25)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
