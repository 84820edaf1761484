"""File ▸ Open store…: a store file on this computer, or the office's store on a PostgreSQL
server (an office of several officers). The server's password is typed here for this session
or kept in the OS keychain; it is never part of the address, the settings or the title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.services import team
from desktop.ui.dialogs.form import FormDialog

TLS_MODES = ("verify-full", "verify-ca", "require")


class OpenStoreDialog(FormDialog):
    def __init__(
        self, current: Path | str | None, login: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a store"))
        self.ok_button.setText(self.tr("&Open"))
        self.chosen: Path | str | None = None
        self.tabs = QTabWidget()
        self.content.addWidget(self.tabs)

        file_tab = QWidget()
        self.file_form = self.form_layout()
        file_tab.setLayout(self.file_form)
        self.path = QLineEdit(str(current) if isinstance(current, Path) else "")
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(browse)
        self.add_field(self.tr("Store file"), row, "file", form=self.file_form)
        self.tabs.addTab(file_tab, self.tr("On this computer"))

        server_tab = QWidget()
        self.server_form = self.form_layout()
        server_tab.setLayout(self.server_form)
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("privacydesk")
        self.user = QLineEdit(login)
        self.tls = QComboBox()
        for mode, words in zip(TLS_MODES, (
            self.tr("Encrypted, the server's certificate and name checked"),
            self.tr("Encrypted, the server's certificate checked"),
            self.tr("Encrypted, nothing checked"),
        ), strict=True):  # fmt: skip
            self.tls.addItem(words, mode)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("The system's certificate authorities"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: from the keychain or your .pgpass"))
        self.remember = QCheckBox(self.tr("Keep the password in this computer's keychain"))
        for label, widget, name in (
            (self.tr("Server"), self.host, "host"),
            (self.tr("Port"), self.port, "port"),
            (self.tr("Database"), self.database, "database"),
            (self.tr("Your login"), self.user, "user"),
            (self.tr("Connection"), self.tls, "tls"),
            (self.tr("Certificate authority"), self.ca_file, "ca_file"),
            (self.tr("Password"), self.password, "password"),
        ):
            self.add_field(label, widget, name, form=self.server_form)
        self.add_field("", self.remember, "remember", form=self.server_form, indent=True)
        self.tabs.addTab(server_tab, self.tr("The office's server"))
        self.host.textChanged.connect(self._on_host_changed)
        self._on_host_changed(self.host.text())
        if isinstance(current, str):
            self._show_address(current)
            self.tabs.setCurrentIndex(1)

    def _on_host_changed(self, host: str) -> None:
        """This computer needs no encryption to itself: the choice counts for other hosts."""
        remote = not team.is_local_host(host.strip())
        self.tls.setEnabled(remote)
        self.ca_file.setEnabled(remote)

    def _show_address(self, address: str) -> None:
        from urllib.parse import parse_qsl, unquote, urlsplit

        parts = urlsplit(address)
        options = dict(parse_qsl(parts.query))
        self.host.setText(options.get("host") or parts.hostname or "localhost")
        self.port.setValue(int(options.get("port") or parts.port or 5432))
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        self.tls.setCurrentIndex(max(self.tls.findData(options.get("sslmode")), 0))
        self.ca_file.setText(options.get("sslrootcert", ""))

    def _browse(self) -> None:
        from desktop.ui.files import choose_file_to_open

        chosen = choose_file_to_open(
            self, self.tr("Open a store"), self.tr("Privacy Desk stores (*.sqlite)")
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def apply(self) -> None:
        if self.tabs.currentIndex() == 0:
            path = Path(self.path.text().strip()).expanduser()
            if not self.path.text().strip() or not path.is_file():
                raise ValidationError("file", self.tr("there is no store file at this path"))
            self.chosen = path
            return
        host = self.host.text().strip()
        remote = not team.is_local_host(host)
        address = team.server_address(
            host, self.port.value(), self.database.text(), self.user.text(),
            self.tls.currentData() if remote else "", self.ca_file.text() if remote else "",
        )  # fmt: skip
        team.check_server(address, self.password.text(), self.remember.isChecked())
        self.chosen = address
