"""Printing a PDF's pages with Qt (the letter PDF is reportlab's work; paper is Qt's)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


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


def print_pdf(printer: QPrinter, data: bytes, dpi: int = 300) -> int:
    """Print every page of `data`, scaled to the printable area; returns the pages printed."""
    pdf = PdfBytes(data)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for index in range(pdf.pages):
            if index:
                printer.newPage()
            points = pdf.document.pagePointSize(index)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = pdf.document.render(index, size)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
    finally:
        painter.end()
    return pdf.pages
