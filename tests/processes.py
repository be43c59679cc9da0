"""Child processes that tests start, and stopping them with whatever they forked."""

import os
import signal
import subprocess


def stop_process_group(process: subprocess.Popen) -> None:
    """Stop a child started with start_new_session=True, and whatever it forked."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)
