"""One case, all of it: the case file window and its parts (header, actions, one module a tab)."""

from desktop.ui.case_file.window import CaseFileDialog, CaseFileServices

__all__ = ["CaseFileDialog", "CaseFileServices"]
