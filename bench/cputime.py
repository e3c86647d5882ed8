"""Wall time and CPU time of a command and every process it starts, and a busy core to measure under.

CPU time is user + system time of the command and ALL its descendants, from the kernel's own
accounting: wait4 reports a reaped process's usage together with that of every child it reaped
in turn. Processes a build starts and leaves behind (the search index's second process is
reaped, but multiprocessing's resource tracker and forkserver outlive the build, and the
forkserver reaps the PDF renderers) would escape that count: while a command runs, this process
is a child subreaper (Linux prctl), so orphans become its children, and it reaps every process
of the command's process group before it reports. Wall time ends when the command itself exits.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


@dataclass(frozen=True)
class Usage:
    """What one command cost: wall seconds, CPU seconds (user, system) of it and its descendants, peak memory."""

    wall_s: float
    user_s: float
    sys_s: float
    peak_mib: float
    returncode: int
    output: str
    processes: int  # the command and the orphans it left behind (reaped here; the others its processes reaped)

    @property
    def cpu_s(self) -> float:
        return self.user_s + self.sys_s


def _set_subreaper(on: bool) -> bool:
    """Make this process the one orphaned descendants are given to (Linux only); False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0) == 0


@contextlib.contextmanager
def _subreaper():
    enabled = _set_subreaper(True)
    try:
        yield enabled
    finally:
        if enabled:
            _set_subreaper(False)


def measure(command: list[str], cwd: Path, env: dict | None = None) -> Usage:
    """Run `command` to its end and measure it (its output, stdout and stderr together, is kept)."""
    with _subreaper():
        start = time.perf_counter()
        # A session of its own: the command's process group is what gets reaped below.
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        chunks: list[bytes] = []
        output = process.stdout
        assert output is not None  # stdout=PIPE
        reader = threading.Thread(target=lambda: chunks.extend(output), daemon=True)
        reader.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            os.killpg(process.pid, 9)  # interrupted: leave no build running
            raise
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        usages = [usage, *_reap_group(process.pid)]
    reader.join()
    output.close()
    return Usage(wall_s=wall, user_s=sum(u.ru_utime for u in usages), sys_s=sum(u.ru_stime for u in usages),
                 peak_mib=max(u.ru_maxrss for u in usages) / 1024, returncode=process.returncode,
                 output=b"".join(chunks).decode("utf-8", "replace"), processes=len(usages))


def _reap_group(group: int) -> list[resource.struct_rusage]:
    """Wait for every process left in the command's group (orphans handed to us) and return their usage."""
    found: list[resource.struct_rusage] = []
    while True:
        try:
            _, _, usage = os.wait4(-group, 0)
        except ChildProcessError:
            return found
        found.append(usage)


BUSY_LOOP = "while True: pass"


class BusyCore:
    """`with BusyCore() as busy:` one process runs `python -c 'while True: pass'` for the whole block.

    It is pinned to the last core this process may use (when there are two or more), so one
    core is never free while the block runs; the others stay as busy as the machine makes them.
    After the block, `busy.cpu_s` and `busy.wall_s` say how much of a core the loop got.
    """

    code = BUSY_LOOP

    def __init__(self):
        self.process: subprocess.Popen | None = None
        self.core: int | None = None
        self.cpu_s = self.wall_s = 0.0

    def __enter__(self) -> BusyCore:
        self.process = subprocess.Popen([sys.executable, "-c", self.code])
        cores = sorted(os.sched_getaffinity(0))
        if len(cores) > 1:
            self.core = cores[-1]
            os.sched_setaffinity(self.process.pid, {self.core})
        self.started = time.perf_counter()
        return self

    def _running(self) -> subprocess.Popen:
        if self.process is None:
            raise RuntimeError("BusyCore is only busy inside its `with` block")
        return self.process

    def __exit__(self, *exc) -> None:
        process = self._running()
        process.kill()
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = -9
        self.wall_s = time.perf_counter() - self.started
        self.cpu_s = usage.ru_utime + usage.ru_stime

    def cpu_now(self) -> float:
        """CPU seconds the loop has used so far (from /proc: it is still running)."""
        fields = Path(f"/proc/{self._running().pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime

    @staticmethod
    def describe() -> str:
        """The loop as the results files state it."""
        cores = sorted(os.sched_getaffinity(0))
        where = f"pinned to core {cores[-1]} of {len(cores)}" if len(cores) > 1 else "on the only core"
        return (f"`python -c '{BUSY_LOOP}'` in a process of its own, {where}, started before the first build and "
                "killed after the last")

    @property
    def share(self) -> float:
        """How much of one core the loop used while it ran (1.0: all of it)."""
        return self.cpu_s / self.wall_s if self.wall_s else 0.0
