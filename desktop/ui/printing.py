"""Printing a PDF's pages with Qt (the letter PDF is reportlab's work; paper is Qt's)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import ValidationError
from desktop.services.files import refuse_store_as_target


class PdfBytes:
    """A QPdfDocument over bytes in memory; keeps its buffer alive as long as it lives."""

    def __init__(self, data: bytes) -> None:
        self._array = QByteArray(data)
        self._buffer = QBuffer(self._array)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def print_pdf(printer: QPrinter, data: bytes, dpi: int = 300, store: Path | None = None) -> int:
    """Print every page of `data`, scaled to the printable area; returns the pages printed."""
    return print_pdfs(printer, [data], dpi, store=store)


def print_pdfs(
    printer: QPrinter,
    documents: Sequence[bytes],
    dpi: int = 300,
    progress: Callable[[int], bool] | None = None,
    store: Path | None = None,
) -> int:
    """All `documents` as ONE print job (one painter); returns the pages printed.

    Raises OSError when the job could not start, was stopped (`progress` returned False) or
    did not finish: then nothing may be recorded as printed. Printing to a file writes a
    temporary file beside it, which takes the file's place only when the job is complete.
    """
    target_file = printer.outputFileName()
    temporary = ""
    if target_file:
        try:
            refuse_store_as_target(target_file, store)
        except ValidationError as exc:
            raise OSError(exc.message) from None
        folder = os.path.dirname(target_file) or "."
        try:  # private (0600) like every file with personal data the program writes
            handle, temporary = tempfile.mkstemp(prefix=".print-", suffix=".part", dir=folder)
        except OSError as exc:
            why = "it does not exist" if not os.path.isdir(folder) else exc.strerror
            raise OSError(f"cannot write the file in {folder}: {why}") from None
        os.close(handle)
        printer.setOutputFileName(temporary)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        pages = 0
        for number, data in enumerate(documents):
            if progress is not None and not progress(number):
                printer.abort()
                raise OSError("printing was stopped; nothing was kept as sent")
            pdf = PdfBytes(data)
            for index in range(pdf.pages):
                if pages:
                    printer.newPage()
                _draw_page(painter, pdf, index, dpi)
                pages += 1
        if not painter.end():
            raise OSError("the print job did not finish")
        if temporary:
            os.replace(temporary, target_file)
            temporary = ""
        return pages
    finally:
        if painter.isActive():
            painter.end()
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        if target_file:
            printer.setOutputFileName(target_file)


def _draw_page(painter: QPainter, pdf: PdfBytes, index: int, dpi: int) -> None:
    points = pdf.document.pagePointSize(index)
    size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
    image = pdf.document.render(index, size)
    target = painter.viewport()
    scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRect(target.topLeft(), scaled), image)
