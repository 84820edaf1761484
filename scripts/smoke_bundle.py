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
    shown = ""
    if os.environ.get("DISPLAY"):  # under xvfb-run: how long until the window is on screen
        timings = [window_shown_ms([str(program), "--db", store], work, env) for _ in range(3)]
        shown = f", window on screen in {sorted(timings)[1]:.0f} ms (median of 3)"
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    print(f"bundle {bundle}: {size / 2**20:.0f} MiB; {version.strip()}")
    print(f"--version {version_ms:.0f} ms, case add {add_ms:.0f} ms, letter {letter_ms:.0f} ms"
          f"{shown}")  # fmt: skip
    print(f"window up offscreen for {time.perf_counter() - start:.0f} s: OK")
    return 0


def window_shown_ms(command: list[str], work: Path, env: dict[str, str]) -> float:
    """Milliseconds from starting `command` until X shows a viewable "Privacy Desk" window."""
    display = {key: os.environ[key] for key in ("DISPLAY", "XAUTHORITY") if key in os.environ}
    env = {**env, **display, "QT_QPA_PLATFORM": "xcb"}
    start = time.perf_counter()
    window = subprocess.Popen(command, cwd=work, env=env, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < 60:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True,
                                  text=True).stdout  # fmt: skip
            for line in tree.splitlines():
                if '"Privacy Desk' in line and _viewable(line.split()[0]):
                    return (time.perf_counter() - start) * 1000
            time.sleep(0.01)
        raise SystemExit("FAILED: no window on screen within 60 s")
    finally:
        window.terminate()
        window.wait(timeout=30)


def _viewable(window_id: str) -> bool:
    info = subprocess.run(["xwininfo", "-id", window_id], capture_output=True, text=True).stdout
    return "IsViewable" in info


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
