"""How a request came in: channel, legal received date, the letter's own date, fax number, files."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from desktop.core.requests import Channel
from desktop.ui.dates import DateEdit
from desktop.ui.text import pydate, qdate


class SourceBox(QGroupBox):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How it came in"), parent)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(self.tr(channel.label), channel.value)
        self.received = DateEdit(today)
        self.received.setMaximumDate(qdate(today))
        self.received.setToolTip(self.tr("The date the request reached any official channel"))
        self.arrival_label = QLabel()
        self.arrival_label.setWordWrap(True)
        self.arrival_label.setObjectName("countLabel")
        self.arrival_label.hide()
        self.letter_date = DateEdit()
        self.letter_date.setSpecialValueText(self.tr("not dated"))
        self.letter_date.setMinimumDate(QDate(1990, 1, 1))
        self.letter_date.setDate(self.letter_date.minimumDate())
        self.letter_date.calendar_month(today)  # not January 1990
        self.fax_number = QLineEdit(placeholderText="+31 30 123 45 67")
        self.open_message = QPushButton(self.tr("Open message file…"))
        self.attach_scan = QPushButton(self.tr("Attach scan…"))
        self.note = QLabel(self.tr("Drop an .eml or .msg file, or a scan, onto this dialog."))
        self.note.setWordWrap(True)
        self.note.setObjectName("countLabel")
        self.files = QListWidget()
        self.files.setMaximumHeight(72)

        form = QFormLayout(self)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.arrival_label)
        self._letter_row = QLabel(self.tr("Letter dated"))
        form.addRow(self._letter_row, self.letter_date)
        self._fax_row = QLabel(self.tr("Fax number"))
        form.addRow(self._fax_row, self.fax_number)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_message)
        buttons.addWidget(self.attach_scan)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.note)
        form.addRow(self.tr("Files kept"), self.files)

    def set_channel(self, channel: str) -> None:
        self.channel.setCurrentIndex(self.channel.findData(channel))

    def show_channel_parts(self, channel: str) -> None:
        """A letter has its own date, a fax a number; a message comes as a file, paper as scans."""
        paper = channel in ("letter", "fax")
        self._letter_row.setVisible(paper)
        self.letter_date.setVisible(paper)
        self._fax_row.setVisible(channel == "fax")
        self.fax_number.setVisible(channel == "fax")
        self.open_message.setVisible(channel == "email")
        self.attach_scan.setVisible(paper)
        self.files.setVisible(channel == "email" or paper)

    def letter_dated(self) -> date | None:
        day = self.letter_date.date()
        return None if day == self.letter_date.minimumDate() else pydate(day)
