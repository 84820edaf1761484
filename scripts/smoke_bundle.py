"""The bundle, tried from a clean folder without the checkout: its command line logs a case
and renders a letter, its window starts offscreen and stays up. Prints size and timings.

    python scripts/smoke_bundle.py [dist/privacydesk]
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/privacydesk").resolve()
    program = bundle / "privacydesk"
    work = Path(tempfile.mkdtemp(prefix="privacydesk-smoke-"))
    (work / "passphrase.txt").write_text("smoke test passphrase 2026\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "QT_QPA_PLATFORM": "offscreen",
           "PRIVACYDESK_PASSPHRASE_FILE": str(work / "passphrase.txt"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    store = str(work / "office.sqlite")

    def run(*args: str) -> tuple[float, str]:
        start = time.perf_counter()
        done = subprocess.run([str(program), *args], cwd=work, env=env, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"FAILED: privacydesk {' '.join(args)}\n{done.stderr}")
        return (time.perf_counter() - start) * 1000, done.stdout

    version_ms, version = run("--version")
    add_ms, _ = run("--db", store, "case", "add", "--channel", "letter", "--received",
                    "2026-11-20", "--type", "access", "--name", "Jürgen Weiß", "--country",
                    "DE", "--language", "de")  # fmt: skip
    letter = work / "letter.pdf"
    letter_ms, _ = run("--db", store, "letter", "render", "1", "--type", "acknowledgement",
                       "--out", str(letter))  # fmt: skip
    if not letter.read_bytes().startswith(b"%PDF"):
        raise SystemExit("FAILED: the letter is not a PDF")
    start = time.perf_counter()
    window = subprocess.Popen([str(program), "--db", store], cwd=work, env=env,
                              stderr=subprocess.PIPE, text=True)  # fmt: skip
    time.sleep(8)
    alive = window.poll() is None
    window.send_signal(signal.SIGTERM)
    _out, err = window.communicate(timeout=30)
    if not alive:
        raise SystemExit(f"FAILED: the window ended by itself\n{err}")
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    print(f"bundle {bundle}: {size / 2**20:.0f} MiB; {version.strip()}")
    print(f"--version {version_ms:.0f} ms, case add {add_ms:.0f} ms, letter {letter_ms:.0f} ms")
    print(f"window up offscreen for {time.perf_counter() - start:.0f} s: OK")
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
