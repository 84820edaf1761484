"""One place to find shipped files: the package's assets/ folder, in a checkout, in an
installed wheel and in the PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # build.spec puts the assets where the package would have them
        return Path(bundle) / "desktop" / "assets"
    return Path(__file__).resolve().parent / "assets"


def resource_path(*parts: str) -> Path:
    """A shipped file: company register, processing register, letter templates, fonts,
    stylesheet, translations, icons."""
    return assets_root().joinpath(*parts)


def migrations_dir(dialect: str = "sqlite") -> Path:
    """The numbered schema changes of one kind of store ("sqlite" or "postgresql"): the same
    numbers in both folders mean the same schema."""
    return assets_root() / "migrations" / dialect
