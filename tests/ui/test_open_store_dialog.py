"""Issue 15: File ▸ Open store… opens a store file or the office's store on a server; the
server's address is checked and tried before the window lets go of its store."""

from desktop.ui.dialogs.open_store import OpenStoreDialog


def test_a_store_file_is_chosen_on_the_first_tab(qtbot, tmp_path):
    dialog = OpenStoreDialog(None, "anna")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing.sqlite"))
    assert dialog.submit() is False
    assert (
        "no store file" in dialog.fields["file"].parent().findChildren(type(dialog.error))[0].text()
    )
    (tmp_path / "desk.sqlite").write_bytes(b"SQLite format 3\x00")
    dialog.path.setText(str(tmp_path / "desk.sqlite"))
    assert dialog.submit() is True
    assert dialog.chosen == tmp_path / "desk.sqlite"


def test_the_offices_server_is_tried_before_it_is_chosen(qtbot, pg_cluster):
    database = pg_cluster.new_database()
    dialog = OpenStoreDialog(None, "postgres")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.host.setText(str(pg_cluster.socket_dir))
    dialog.port.setValue(pg_cluster.port)
    dialog.database.setText("no_such_database")
    assert dialog.submit() is False
    assert "no such database" in dialog.error.text()
    dialog.database.setText(database)
    assert dialog.submit() is True
    assert dialog.chosen.startswith("postgresql://postgres@/" + database)
    assert "password" not in dialog.chosen
    again = OpenStoreDialog(dialog.chosen, "someone")  # the current server, shown as it is
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1 and again.database.text() == database
    assert again.port.value() == pg_cluster.port
    pg_cluster.drop_database(database)
