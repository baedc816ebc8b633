"""Run a check as a user without root's powers, to test real permission errors.

Root ignores file permissions, and ``nobody`` may not run this interpreter (it may live under
/root), so the call runs in a forked child that already has everything imported, then drops
root for ``nobody``. Returns what the call returned (a short text) or the error it raised.
"""

from __future__ import annotations

import os
import pwd
from collections.abc import Callable

from diag_app.errors import UserError


def run_as_nobody(call: Callable[[], object]) -> str:
    """``str(call())``, or the French message of the :class:`UserError` it raised."""
    account = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
            answer = str(call())
        except UserError as exc:
            answer = exc.message
        except BaseException as exc:  # reported to the parent, which fails the test
            answer = repr(exc)
        os.write(write_end, answer.encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        received = pipe.read().decode()
    os.waitpid(pid, 0)
    return received
