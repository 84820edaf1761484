"""`python -m desktop` / `privacydesk`: no arguments opens the window, else the command line."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop.private_files import private_umask

    private_umask()  # before anything is written: the store, exports, letters, logs
    from desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
