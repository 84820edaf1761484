"""Logging a request: the intake dialog and its parts."""

from desktop.ui.intake.dialog import IntakeDialog

__all__ = ["IntakeDialog"]
