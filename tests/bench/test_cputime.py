"""CPU accounting counts every process a command starts, orphans too; the busy core starts and stops its loop."""

import os
import sys
import textwrap
import time

import pytest

from bench import cputime

# A process that burns `seconds` of its own CPU time: the amount is fixed, whatever the machine's speed.
BURN = "import time\ndef burn(seconds):\n    while time.process_time() < seconds:\n        pass\n"


def _script(tmp_path, body: str):
    path = tmp_path / "burn.py"
    path.write_text(BURN + textwrap.dedent(body), "utf-8")
    return [sys.executable, str(path)]


def test_the_cpu_of_a_child_that_its_parent_waits_for_is_counted(tmp_path):
    command = _script(tmp_path, """
        import subprocess, sys
        child = subprocess.Popen([sys.executable, __file__, "child"]) if len(sys.argv) == 1 else None
        burn(0.4)
        if child:
            child.wait()
        print("klaar")
    """)
    usage = cputime.measure(command, tmp_path)
    assert usage.returncode == 0 and usage.output.strip().endswith("klaar")
    assert usage.cpu_s >= 0.8  # 0.4 s in the command, 0.4 s in its child
    assert usage.cpu_s == pytest.approx(usage.user_s + usage.sys_s)


def test_the_cpu_of_an_orphan_that_outlives_the_command_is_counted(tmp_path):
    """Like multiprocessing's forkserver: the grandchild burns on after its parent has exited."""
    command = _script(tmp_path, """
        import os
        if os.fork() == 0:
            burn(0.6)
            os._exit(0)
        burn(0.3)
    """)
    usage = cputime.measure(command, tmp_path)
    assert usage.returncode == 0
    assert usage.processes == 2
    assert usage.cpu_s >= 0.9


def test_a_failing_command_reports_its_exit_code_and_output(tmp_path):
    usage = cputime.measure([sys.executable, "-c", "import sys; print('mislukt'); sys.exit(3)"], tmp_path)
    assert usage.returncode == 3 and "mislukt" in usage.output


def test_the_busy_core_runs_its_loop_for_the_whole_block_and_stops_it():
    with cputime.BusyCore() as busy:
        pid = busy.process.pid
        assert busy.process.poll() is None
        deadline = time.monotonic() + 60  # the loop burns CPU from the start; a minute if the machine is swamped
        while busy.cpu_now() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert busy.cpu_now() > 0
        if len(os.sched_getaffinity(0)) > 1:
            assert os.sched_getaffinity(pid) == {busy.core}
    assert busy.process.poll() is not None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone and reaped: no zombie left
    assert busy.cpu_s > 0 and 0 < busy.share
    assert "while True: pass" in cputime.BusyCore.describe()
