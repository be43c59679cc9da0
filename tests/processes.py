"""Child processes that tests start, and stopping them with whatever they forked."""

import os
import signal
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def start_gunicorn(env: dict[str, str], log: Path) -> subprocess.Popen:
    """The portal under gunicorn as gunicorn.conf.py runs it, in a session of its own
    (stop it with stop_process_group), its output going to `log`."""
    with open(log, "wb") as log_file:
        return subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "gunicorn"), "--config", "gunicorn.conf.py"],
            cwd=REPO,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop_process_group(process: subprocess.Popen) -> None:
    """Stop a child started with start_new_session=True, and whatever it forked."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
