"""The command server that lives inside a sandbox for the whole session.

Shipped as text (`python3 -c SOURCE`), standard library only, Python >= 3.8: it runs on
the container's python3, not the host's. It reads one JSON request per line on stdin and
answers one JSON line on stdout, so an exec costs a pipe round trip instead of a fresh
`docker exec`. Each command runs as `bash -c` in its own process group; the EXIT trap
reports the final working directory and exported environment, which the server keeps as
the session's state, so `cd` and `export` carry over like in a terminal while a timeout
can still kill everything the command started (SIGKILL to the group). A command killed at
its timeout leaves the state as it was before it; background jobs end with their command.

The owner's connection closing (EOF on stdin: it closed the sandbox, or it died, SIGKILL
included) ends the command in flight. Given `--orphan-grace-s S` (a Docker sandbox), the
server then waits S seconds for a new server to attach (the owner reviving it); if none
does, it ends the container's main process, so the container stops and, started with
auto-remove, is removed: a container does not outlive its owner.

Given `--persist DIR` (the mount of a session's volume, see volumes.py), the server copies
DIR/workspace into the workspace before it says ready (`--restore`, the first server of a
container only), mirrors the workspace into DIR/workspace on a background thread once
commands pause, and mirrors once more before it exits on the owner's EOF. DIR is the
server's alone: whatever a command put there itself is removed by the next pass.
"""

import base64
import contextlib
import io
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time

WRAPPER = r"""
__lw_state=$1; __lw_cwd=$2; __lw_cmd=$3; set --
echo 1000 > /proc/self/oom_score_adj 2>/dev/null
trap '__lw_rc=$?; { printf "%s\0" "$PWD"; env -0; } > "$__lw_state" 2>/dev/null; exit $__lw_rc' EXIT
cd -- "$__lw_cwd" || exit 1
unset __lw_cwd
eval "$__lw_cmd"
"""
HIDDEN_VARS = {"_", "SHLVL", "PWD", "__lw_state", "__lw_cmd", "__lw_rc"}
DRAIN_AFTER_EXIT_S = 2.0
"""How long output pipes may stay open after the command (and its group) ended."""
SERVER_NAME = "loopwright-srv"
"""Process name (comm) of a server attached to its owner."""
ORPHAN_NAME = "loopwright-eof"
"""Process name of a server whose owner's connection closed (it no longer counts as attached)."""
ORPHAN_POLL_S = 0.1
"""How often an orphaned server looks for a newly attached one."""
SCRATCH = ("/tmp", "/dev/shm")
"""The container's writable places besides the workspace (its root is read-only)."""
MUTATING_OPS = ("exec", "write_file", "put_tar")
"""Requests after which the workspace is mirrored (with `--persist`)."""
MIRROR_QUIET_S = 0.05
"""How long the server must be idle before a background mirror pass starts."""


class Requests:
    """Request lines from the owner on stdin; notices the owner's EOF even mid-command."""

    def __init__(self, stream):
        self.stream = stream  # sys.stdin.buffer: bytes the bootstrap read ahead stay in it
        self.pending = bytearray()
        self.scanned = 0
        """Bytes of `pending` known to hold no newline (a large upload is scanned once)."""
        self.closed = False

    def fileno(self):
        return self.stream.fileno()

    def fill(self):
        """Read what is there (blocking when nothing is); False once the owner's end closed."""
        data = self.stream.read1(1 << 20)
        if not data:
            self.closed = True
        self.pending += data
        return bool(data)

    def next_line(self):
        """The next request line; None at EOF."""
        while True:
            cut = self.pending.find(b"\n", self.scanned)
            if cut >= 0:
                line = bytes(self.pending[: cut + 1])
                del self.pending[: cut + 1]
                self.scanned = 0
                return line
            self.scanned = len(self.pending)
            if self.closed or not self.fill():
                return None


class Capture:
    """Bounded output buffer: keeps the head and the tail, counts what it drops."""

    def __init__(self, cap_bytes):
        self.head_cap = cap_bytes // 2
        self.tail_cap = cap_bytes - self.head_cap
        self.head = bytearray()
        self.tail = bytearray()
        self.total = 0

    def add(self, data):
        self.total += len(data)
        room = self.head_cap - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        if data:
            self.tail += data
            if len(self.tail) > 2 * self.tail_cap + 65536:
                del self.tail[: len(self.tail) - self.tail_cap]

    @property
    def truncated(self):
        return self.total > self.head_cap + self.tail_cap

    def text(self):
        if not self.truncated:
            return (bytes(self.head) + bytes(self.tail)).decode("utf-8", "replace")
        tail = bytes(self.tail[-self.tail_cap:]) if self.tail_cap else b""
        cut = self.total - len(self.head) - len(tail)
        marker = f"\n[... {cut} bytes of output cut (limit {self.head_cap + self.tail_cap}) ...]\n"
        return self.head.decode("utf-8", "replace") + marker + tail.decode("utf-8", "replace")


class Session:
    """State that carries over between commands: working directory and environment."""

    def __init__(self, workspace, sweep, requests):
        self.workspace = workspace
        self.requests = requests
        self.cwd = workspace
        self.env = dict(os.environ)
        self.first_env = dict(self.env)
        self.sweep = sweep
        self.started = proc_start_ticks(os.getpid())
        if sweep:  # in a container: its main process may start after us, and must not be swept
            self.started = max(self.started, main_process_start())
        self.state_file = os.path.join("/tmp", f".loopwright-state-{os.getpid()}")
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_w, False)
        os.set_blocking(self.wake_r, False)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.set_wakeup_fd(self.wake_w)

    def resolve(self, path):
        return os.path.normpath(os.path.join(self.cwd, os.path.expanduser(path)))

    def exec(self, req):
        start = time.monotonic()
        timeout_s = float(req["timeout_s"])
        cap = int(req.get("output_bytes", 1000000))
        call_env = req.get("env") or {}
        if not os.path.isdir(self.cwd):  # the session's folder was deleted: start over
            self.cwd = self.workspace
        cwd = self.resolve(req["cwd"]) if req.get("cwd") else self.cwd
        env = dict(self.env, **call_env)
        stdin_data = req.get("stdin")
        with contextlib.suppress(OSError):
            os.unlink(self.state_file)
        proc = subprocess.Popen(
            ["bash", "-c", WRAPPER, "loopwright", self.state_file, cwd, req["cmd"]],
            stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd="/",
            start_new_session=True,
        )
        out, err = Capture(cap), Capture(cap)
        deadline = start + timeout_s
        timed_out = self.pump(proc, stdin_data, out, err, deadline)
        if not timed_out:  # the pipes may close long before the command ends
            try:
                proc.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                timed_out = True
        if timed_out:
            self.kill(proc)
        else:
            self.killpg(proc)  # background jobs end with the command that started them
        exit_code = proc.wait()
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        if not timed_out:
            self.load_state(call_env, keep_cwd=not req.get("cwd"))
        return {
            "exit_code": -9 if timed_out else exit_code,
            "stdout": out.text(), "stderr": err.text(), "timed_out": timed_out,
            "truncated": out.truncated or err.truncated,
            "duration_s": time.monotonic() - start,
        }

    def pump(self, proc, stdin_data, out, err, deadline):
        """Move bytes until the command's pipes close; True when the deadline hit first."""
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ, out)
        sel.register(proc.stderr, selectors.EVENT_READ, err)
        sel.register(self.wake_r, selectors.EVENT_READ, None)
        sel.register(self.requests.fileno(), selectors.EVENT_READ, self.requests)
        pending = stdin_data.encode("utf-8", "surrogateescape") if stdin_data is not None else b""
        if stdin_data is not None:
            os.set_blocking(proc.stdin.fileno(), False)
            if pending:
                sel.register(proc.stdin, selectors.EVENT_WRITE, None)
            else:
                proc.stdin.close()
        open_pipes, exited_at = 2, None
        while open_pipes:
            now = time.monotonic()
            if now >= deadline:
                return True
            if exited_at is None and proc.poll() is not None:
                exited_at = now
                self.killpg(proc)
            if exited_at is not None and now - exited_at > DRAIN_AFTER_EXIT_S:
                break
            for key, _ in sel.select(min(deadline - now, 0.5)):
                if key.fileobj is self.wake_r:
                    with contextlib.suppress(BlockingIOError):
                        os.read(self.wake_r, 4096)
                elif key.data is self.requests:
                    if not self.requests.fill():  # the owner is gone: nobody waits for this
                        sel.close()
                        return True
                elif key.fileobj is proc.stdin:
                    try:
                        sent = os.write(proc.stdin.fileno(), pending[:65536])
                    except (BrokenPipeError, BlockingIOError) as exc:
                        sent = len(pending) if isinstance(exc, BrokenPipeError) else 0
                    pending = pending[sent:]
                    if not pending:
                        sel.unregister(proc.stdin)
                        proc.stdin.close()
                else:
                    data = os.read(key.fileobj.fileno(), 65536)
                    if data:
                        key.data.add(data)
                    else:
                        sel.unregister(key.fileobj)
                        open_pipes -= 1
        sel.close()
        if self.sweep and exited_at is not None and open_pipes:
            self.sweep_all()
        return False

    def killpg(self, proc):
        """SIGKILL the command's process group until no live member is left.

        A fork bomb keeps refilling the group, so one signal is not enough; zombies are
        dead already and do not count.
        """
        for _ in range(1000):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                return
            proc.poll()
            if not any(stat[2] == proc.pid for _, stat in live_procs()):
                return
            time.sleep(0.002)

    def kill(self, proc):
        self.killpg(proc)
        if self.sweep:
            self.sweep_all()

    def sweep_all(self, after=None):
        """Kill every process started after this server (escapees of `setsid` included), or
        after the start tick `after`."""
        me = os.getpid()
        after = self.started if after is None else after
        for _ in range(200):
            victims = [pid for pid, stat in live_procs()
                       if pid != me and stat[19] > after]
            if not victims:
                return
            for pid in victims:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.005)

    def load_state(self, call_env, keep_cwd):
        try:
            with open(self.state_file, "rb") as f:
                blob = f.read()
        except OSError:
            return
        parts = [p.decode("utf-8", "surrogateescape") for p in blob.split(b"\0") if p]
        if not parts:
            return
        cwd, pairs = parts[0], parts[1:]
        env = {}
        for pair in pairs:
            key, sep, value = pair.partition("=")
            if sep and key not in HIDDEN_VARS:
                env[key] = value
        for key, value in call_env.items():
            if env.get(key) == value:
                if key in self.env:
                    env[key] = self.env[key]
                else:
                    env.pop(key, None)
        self.env = env
        if keep_cwd and os.path.isdir(cwd):
            self.cwd = cwd

    def reset(self, req):
        """The container as a new session finds it, so the next run can have it instead of a
        fresh container (a start and a removal cost the engine ~0.25 CPU-s): every process
        started after the container's main process killed (a revived server's too), the
        writable places emptied, the working directory and environment as at the start."""
        if not self.sweep:
            raise RuntimeError("reset needs a container (a server started with --sweep)")
        self.sweep_all(after=main_process_start())
        removed = sum(empty_folder(root) for root in (self.workspace, *SCRATCH) if os.path.isdir(root))
        self.cwd, self.env = self.workspace, dict(self.first_env)
        return {"removed": removed}

    def write_file(self, req):
        path = self.resolve(req["path"])
        parent = os.path.dirname(path)
        if parent:
            os.makedirs(parent, exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(req["data_b64"]))
        return {"path": path}

    def read_file(self, req):
        with open(self.resolve(req["path"]), "rb") as f:
            return {"data_b64": base64.b64encode(f.read()).decode()}

    def put_tar(self, req):
        dest = self.resolve(req["dest"])
        os.makedirs(dest, exist_ok=True)
        with tarfile.open(fileobj=io.BytesIO(base64.b64decode(req["tar_b64"]))) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(dest, filter="data")
            else:
                tar.extractall(dest)
        return {"dest": dest}

    def get_tar(self, req):
        path = self.resolve(req["path"])
        if not os.path.exists(path):
            raise FileNotFoundError(2, "No such file or directory", path)
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            tar.add(path, arcname=os.path.basename(path.rstrip("/")) or ".")
        return {"tar_b64": base64.b64encode(buf.getvalue()).decode()}


PARTIAL = ".loopwright-partial-"
"""Prefix of a file the mirror is writing; renamed into place when complete."""


def scan(root):
    """{relative path: key} of everything under `root`; a key changes when the entry does.

    Keys: ("d", mode, mtime_ns), ("f", size, mtime_ns, mode, inode or 0), ("l", target);
    the inode is kept only for hard-linked files (copied once, linked for the others).
    Sockets, fifos and devices are left out; so are the mirror's own partial files.
    """
    found = {}
    pending = [""]
    while pending:
        rel_dir = pending.pop()
        try:
            entries = list(os.scandir(os.path.join(root, rel_dir) if rel_dir else root))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(PARTIAL):
                continue
            rel = os.path.join(rel_dir, entry.name) if rel_dir else entry.name
            try:
                st = entry.stat(follow_symlinks=False)
                if entry.is_symlink():
                    found[rel] = ("l", os.readlink(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    found[rel] = ("d", st.st_mode & 0o7777, st.st_mtime_ns)
                    pending.append(rel)
                elif entry.is_file(follow_symlinks=False):
                    found[rel] = ("f", st.st_size, st.st_mtime_ns, st.st_mode & 0o7777,
                                  st.st_ino if st.st_nlink > 1 else 0)
            except OSError:
                continue  # gone while we looked: the next scan sees what is there
    return found


def copy_sparse(src, dst):
    """Copy a file's data regions only: a sparse file takes no more room in `dst` than in `src`."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        size = os.fstat(fin.fileno()).st_size
        pos = 0
        while pos < size:
            try:
                start = os.lseek(fin.fileno(), pos, os.SEEK_DATA)
            except OSError:  # ENXIO: nothing but a hole up to the end
                break
            end = os.lseek(fin.fileno(), start, os.SEEK_HOLE)
            fin.seek(start)
            fout.seek(start)
            left = end - start
            while left > 0:
                chunk = fin.read(min(left, 1 << 20))
                if not chunk:
                    break
                fout.write(chunk)
                left -= len(chunk)
            pos = end
        fout.truncate(size)


def remove_path(path):
    """Remove a file, link or folder tree; absent is fine."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def place(src_root, dst_root, rel, key, links):
    """Make `dst_root/rel` a copy of `src_root/rel` as `key` describes it (folders: made and
    opened to the owner; their mode and mtime are set later, children first)."""
    dst = os.path.join(dst_root, rel)
    if key[0] == "d":
        if not os.path.isdir(dst) or os.path.islink(dst):
            remove_path(dst)
            os.makedirs(dst, exist_ok=True)
        os.chmod(dst, key[1] | 0o700)  # we write its children next
        return
    if os.path.isdir(dst) and not os.path.islink(dst):
        remove_path(dst)
    partial = os.path.join(os.path.dirname(dst), PARTIAL + os.path.basename(dst))
    remove_path(partial)
    if key[0] == "l":
        os.symlink(key[1], partial)
    elif key[4] and key[4] in links:  # another name of a file copied in this pass
        os.link(links[key[4]], partial)
    else:
        copy_sparse(os.path.join(src_root, rel), partial)
        os.chmod(partial, key[3])
        os.utime(partial, ns=(key[2], key[2]))
        if key[4]:
            links[key[4]] = dst
    os.replace(partial, dst)


def settle_folders(dst_root, changed):
    """Give changed folders their mode and mtime, deepest first (a child's write moves its
    parent's mtime); the owner keeps rwx so later passes can write into them."""
    for rel, key in sorted(changed, reverse=True):
        path = os.path.join(dst_root, rel)
        with contextlib.suppress(OSError):
            os.chmod(path, key[1] | 0o700)
            os.utime(path, ns=(key[2], key[2]))


class Mirror:
    """The workspace kept in a folder of the session's volume (`store`).

    `restore` copies the store into the workspace; `request` asks the background thread to
    mirror the workspace into the store: only entries whose key changed are copied, entries
    gone from the workspace (deleted, renamed) are removed, and a file is written under a
    partial name and renamed into place, so a container killed mid-copy leaves the previous
    version in the store, never half of one. `flush` mirrors now and waits for it.

    The background pass waits until the server has been idle for MIRROR_QUIET_S and gives
    way (stops, to go on later) when a request arrives, so it never slows a command: an
    agent's next command comes after a model turn, by which time the pass is done.
    """

    def __init__(self, workspace, root):
        self.workspace = workspace
        self.root = root
        """The volume's mount: the store, and nothing else once a pass ran."""
        self.store = os.path.join(root, "workspace")
        os.makedirs(self.store, exist_ok=True)
        self.lock = threading.Lock()
        self.copied = scan(self.store)
        """What the store holds, by the keys of the workspace entries it copies."""
        self.wanted = threading.Event()
        self.errors = 0
        self.busy = False
        """A request is being served (the background pass gives way)."""
        self.last_s = time.monotonic()
        """When the latest request arrived or was answered."""
        threading.Thread(target=self._run, name="mirror", daemon=True).start()

    def serving(self, busy):
        """The request loop took a request (True) or answered it (False)."""
        self.busy = busy
        self.last_s = time.monotonic()

    def drop_foreign(self):
        """Remove what the mirror did not put in the volume (a command can write there too):
        entries beside the store, entries of the store it does not know, partial files, and
        known files whose type, size or mtime moved (placed again by this pass)."""
        for name in os.listdir(self.root):
            if name != os.path.basename(self.store):
                remove_path(os.path.join(self.root, name))
        pending = [""]
        while pending:
            rel_dir = pending.pop()
            try:
                entries = list(os.scandir(os.path.join(self.store, rel_dir)))
            except OSError:
                continue
            for entry in entries:
                rel = os.path.join(rel_dir, entry.name) if rel_dir else entry.name
                key = self.copied.get(rel)
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                kind = "l" if entry.is_symlink() else "d" if entry.is_dir(follow_symlinks=False) else "f"
                if key is not None and key[0] == kind and (
                        kind != "f" or (key[1], key[2]) == (st.st_size, st.st_mtime_ns)):
                    if kind == "d":
                        pending.append(rel)
                    continue
                remove_path(entry.path)
                for known in [k for k in self.copied if k == rel or k.startswith(rel + "/")]:
                    del self.copied[known]

    def relink(self, current):
        """Mark every name of a hard-linked file to be placed again when one of them changed or
        the store holds them as more than one file (a scan saw the links half made)."""
        groups = {}
        for rel, key in current.items():
            if key[0] == "f" and key[4]:
                groups.setdefault(key[4], []).append(rel)
        for names in groups.values():
            stored = set()
            for rel in names:
                try:
                    stored.add(os.lstat(os.path.join(self.store, rel)).st_ino)
                except OSError:
                    stored.add(None)
            if len(stored) > 1 or any(self.copied.get(rel) != current[rel] for rel in names):
                for rel in names:
                    self.copied.pop(rel, None)

    def restore(self):
        """Copy the store into the workspace (before the first command); entries restored."""
        with self.lock:
            links, folders = {}, []
            for rel, key in sorted(self.copied.items()):
                try:
                    place(self.store, self.workspace, rel, key, links)
                except OSError:
                    self.errors += 1  # e.g. a store past the workspace's size: keep what fits
                    continue
                if key[0] == "d":
                    folders.append((rel, key))
            settle_folders(self.workspace, folders)
            restored = len(self.copied)
            if not self.errors:  # the same entries, now keyed by the workspace's inodes
                self.copied = scan(self.workspace)
            return restored

    def request(self):
        """Mirror soon, off the request loop (the reply is already sent)."""
        self.wanted.set()

    def _run(self):
        while True:
            self.wanted.wait()
            self.wanted.clear()
            while self.busy or time.monotonic() - self.last_s < MIRROR_QUIET_S:
                time.sleep(MIRROR_QUIET_S)
            with contextlib.suppress(Exception):  # a failed pass is retried by the next
                if self.flush(give_way=True)["interrupted"]:
                    self.wanted.set()

    def flush(self, give_way=False):
        """Mirror the workspace into the store now; says how many entries it copied and removed.

        `give_way`: stop early when a request arrives (`interrupted`: the rest comes later).
        """
        with self.lock:
            self.drop_foreign()
            current = scan(self.workspace)
            gone = [rel for rel in self.copied if rel not in current]
            touched = set()  # folders whose entries changed in the store: their mtime moved
            for rel in sorted(gone, reverse=True):
                remove_path(os.path.join(self.store, rel))
                del self.copied[rel]
                touched.add(os.path.dirname(rel))
            self.relink(current)
            links = {key[4]: os.path.join(self.store, rel) for rel, key in current.items()
                     if key[0] == "f" and key[4] and self.copied.get(rel) == key}
            copied, interrupted = 0, False
            for rel, key in sorted(current.items()):
                if self.copied.get(rel) == key:
                    continue
                if give_way and self.busy:
                    interrupted = True
                    break
                touched.add(os.path.dirname(rel))
                try:
                    place(self.workspace, self.store, rel, key, links)
                except OSError:
                    self.errors += 1  # unreadable (mode 000) or gone: retried next time
                    self.copied.pop(rel, None)
                    continue
                self.copied[rel] = key
                copied += 1
                if key[0] == "d":
                    touched.add(rel)
            settle_folders(self.store, [(rel, current[rel]) for rel in touched
                                        if current.get(rel, ("",))[0] == "d"])
            return {"copied": copied, "removed": len(gone), "errors": self.errors,
                    "interrupted": interrupted}


def proc_stat(pid):
    """Fields of /proc/PID/stat after the command name: [state, ppid, pgrp, ...]."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2:].split()
    return [fields[0].decode()] + [int(x) for x in fields[1:20]]


def empty_folder(root):
    """Remove everything under `root` (not `root` itself, a mount point); returns the entries
    removed. Folders a command made unreadable or unwritable are opened up first (they are
    the agent's, as is this server)."""
    removed = 0
    for entry in os.scandir(root):
        if entry.is_dir(follow_symlinks=False):
            open_up(entry.path)
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)
        removed += 1
    return removed


def open_up(folder):
    """chmod 700 `folder` and every folder under it (links are not followed)."""
    os.chmod(folder, 0o700)
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            open_up(entry.path)


def live_procs():
    """(pid, stat) of every visible process that is not a zombie."""
    for name in os.listdir("/proc"):
        if name.isdigit():
            stat = proc_stat(int(name))
            if stat is not None and stat[0] != "Z":
                yield int(name), stat


def proc_start_ticks(pid):
    stat = proc_stat(pid)
    return -1 if stat is None else stat[19]


def main_process_start(wait_s=2.0):
    """Start time of the container's main process (the child of its init, pid 1), waiting
    for it up to `wait_s`: the engine may start it just after it started this server."""
    deadline = time.monotonic() + wait_s
    while True:
        starts = [stat[19] for _, stat in live_procs() if stat[1] == 1]
        if starts or time.monotonic() >= deadline:
            return min(starts, default=-1)
        time.sleep(0.01)


def wait_for_main_process_asleep(wait_s=5.0):
    """Wait until the container's main process has become `sleep infinity` (docker.py's
    MAIN_PROCESS). Until then it polls with forks, and a first command that exhausts the pid
    limit (a fork bomb) would make that shell fail to fork and exit, stopping the container."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if any(stat[1] == 1 and proc_comm(pid) == "sleep" for pid, stat in live_procs()):
            return
        time.sleep(0.01)


def proc_comm(pid):
    try:
        with open(f"/proc/{pid}/comm", "rb") as f:
            return f.read().strip().decode(errors="replace")
    except OSError:
        return None


def wait_for_owner(grace_s):
    """The owner's connection closed: stop the container unless a new server attaches in time.

    A new server is the owner reviving its sandbox; an owner that died attaches none.
    """
    set_process_name(ORPHAN_NAME)
    me = os.getpid()
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        if any(pid != me and proc_comm(pid) == SERVER_NAME for pid, _ in live_procs()):
            return
        time.sleep(ORPHAN_POLL_S)
    stop_container()


def stop_container():
    """End the container's main process (the child of its init, pid 1): the container stops."""
    for pid, stat in live_procs():
        if stat[1] == 1:  # ppid 1: the main process, and daemons its init adopted
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def set_process_name(name):
    """Rename this process (comm) so `pkill python3` in a task does not end the session."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None).prctl(15, name.encode(), 0, 0, 0)  # PR_SET_NAME


def option(name, default=None):
    """The value after `name` on the command line."""
    args = sys.argv[2:]
    return args[args.index(name) + 1] if name in args[:-1] else default


def main():
    set_process_name(SERVER_NAME)
    workspace = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    grace_s = option("--orphan-grace-s")
    persist = option("--persist")
    requests = Requests(sys.stdin.buffer)
    session = Session(workspace, sweep="--sweep" in sys.argv, requests=requests)
    ops = {"exec": session.exec, "write_file": session.write_file,
           "read_file": session.read_file, "put_tar": session.put_tar,
           "get_tar": session.get_tar, "reset": session.reset}
    ready = {"ready": True, "pid": os.getpid()}
    mirror = Mirror(workspace, persist) if persist else None
    if mirror is not None:
        ready["restored"] = mirror.restore() if "--restore" in sys.argv else 0
        ops["persist"] = lambda req: mirror.flush()
    if grace_s is not None:  # a Docker sandbox: its main process must be settled first
        wait_for_main_process_asleep()
    out = sys.stdout.buffer
    out.write(json.dumps(ready).encode() + b"\n")
    out.flush()
    while True:
        line = requests.next_line()
        if line is None:
            break
        if mirror is not None:
            mirror.serving(True)
        req = json.loads(line)
        try:
            reply = {"ok": True, **ops[req["op"]](req)}
        except Exception as exc:  # every failure goes back to the client, typed
            reply = {"ok": False, "error": type(exc).__name__,
                     "message": getattr(exc, "strerror", None) or str(exc),
                     "errno": getattr(exc, "errno", None),
                     "filename": getattr(exc, "filename", None)}
        reply["id"] = req.get("id")
        try:
            out.write(json.dumps(reply).encode() + b"\n")
            out.flush()
        except OSError:  # the owner's end is gone
            break
        if mirror is not None:
            mirror.serving(False)
            if req["op"] in MUTATING_OPS:
                mirror.request()
    if mirror is not None:
        with contextlib.suppress(Exception):  # the owner is gone: keep what it made
            mirror.flush()
    if grace_s is not None:
        wait_for_owner(float(grace_s))


if __name__ == "__main__":
    main()
