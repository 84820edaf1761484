"""The letter dialog and the batch run: propose, edit, preview, print, keep as sent."""

import pytest
from PySide6.QtCore import QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.core.errors import ValidationError
from desktop.core.letter_types import LetterType
from desktop.services.cases import CaseDraft, Requester
from desktop.ui.dialogs.batch_letters import BatchLettersDialog
from desktop.ui.dialogs.letter import LetterDialog
from desktop.ui.ops import ChangeHub, Ops
from tests.letterhead_support import complete_letterhead


def log(services, *types, name="Anne de Vries", language="nl"):
    return services.cases.log_case(
        CaseDraft(
            channel="letter",
            received="2026-11-20",
            types=list(types),
            requester=Requester(
                name=name, address="Oudegracht 112\n3511 AX Utrecht", language=language
            ),
        )  # fmt: skip
    ).id


@pytest.fixture(autouse=True)
def _letters_may_be_sent(services):
    """Hoffmann SE's shipped entry makes drafts only (tests/letterhead_support.py)."""
    complete_letterhead(services)


@pytest.fixture
def dialog(qtbot, services):
    d = LetterDialog(services.letters, services.cases, log(services, "access", "erasure"))
    qtbot.addWidget(d)
    d.show()
    return d


def pdf_printer(path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_needed_letter_is_proposed_in_the_requesters_language(dialog, services):
    assert services.letters.needed(dialog.case_id)[0] is LetterType.ACKNOWLEDGEMENT
    assert services.letters.proposed(dialog.case_id) is LetterType.ACKNOWLEDGEMENT
    assert dialog.current_kind() is LetterType.ACKNOWLEDGEMENT  # the proposed one is chosen
    assert dialog.language.currentData() == "nl"
    assert "PD-2026-000001" in dialog.subject.text()
    assert dialog.preview.document().status() == QPdfDocument.Status.Ready
    assert dialog.pdf_bytes().startswith(b"%PDF")


def test_edit_preview_save_and_print(dialog, qtbot, tmp_path):
    dialog.body.setPlainText(
        dialog.body.toPlainText() + "\n\nEen extra alinea van de functionaris."
    )
    assert dialog.refresh_preview()
    target = tmp_path / "brief.pdf"
    dialog.save_pdf(target)
    assert target.read_bytes() == dialog.pdf_bytes()
    printed = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_printer(printed)) >= 1
    assert printed.stat().st_size > 1000


def test_an_empty_text_is_refused_with_the_field_named(dialog, services):
    dialog.body.setPlainText("")
    assert not dialog.refresh_preview()
    with pytest.raises(ValidationError) as refused:
        services.letters.render(dialog.draft())
    assert refused.value.field == "text"
    assert dialog.error.text() == f"{refused.value.field.capitalize()}: {refused.value.message}"


def test_mark_sent_keeps_the_letter_in_the_case(dialog, services):
    dialog.via.setCurrentIndex(dialog.via.findData("email"))
    letter_id = dialog.mark_sent()
    case = services.cases.case_file(dialog.case_id)
    assert [(r["id"], r["sent_via"]) for r in case["letters"]] == [(letter_id, "email")]
    assert services.letters.letter_pdf(letter_id) == dialog.pdf_bytes()
    assert services.letters.needed(dialog.case_id) == []


def test_a_late_extension_notice_is_flagged_before_it_is_sent(qtbot, services):
    case_id = log(services, "access")
    services.cases.extend(case_id, "Many systems")
    d = LetterDialog(services.letters, services.cases, case_id)
    qtbot.addWidget(d)
    d.show()
    d.kind.setCurrentIndex(d.kind.findData("extension-notice"))
    assert not d.late_warning.isVisibleTo(d)
    d.sent_on.setMaximumDate(QDate(2027, 12, 31))
    d.sent_on.setDate(QDate(2026, 12, 22))  # the deadline is 21 Dec 2026
    assert d.late_warning.isVisibleTo(d)


def test_batch_prints_and_records_every_letter_due(qtbot, services, tmp_path):
    first = log(services, "access")
    second = log(services, "objection-marketing", name="Jürgen Müller", language="de")
    batch = batch_dialog(qtbot, services)
    assert [job[0] for job in batch.jobs] == [first, second]
    assert run_batch(qtbot, batch, pdf_printer(tmp_path / "batch.pdf")) == 2
    assert batch.chosen() == [] and not batch.print_button.isEnabled()  # nothing twice
    # One job: both letters are in the file, not only the last one (issue 8.3).
    pages = [services.letters.letter_pdf(r["id"]) for c in (first, second)
             for r in services.letters.letters(c)]  # fmt: skip
    printed = QPdfDocument()
    printed.load(str(tmp_path / "batch.pdf"))
    assert printed.pageCount() == sum(pdf_pages(p) for p in pages) >= 2
    assert services.letters.due_today() == []
    assert len(services.letters.letters(second)) == 1


def batch_dialog(qtbot, services) -> BatchLettersDialog:
    batch = BatchLettersDialog(services.letters, services.cases, Ops(services, ChangeHub()))
    qtbot.addWidget(batch)
    return batch


def run_batch(qtbot, batch: BatchLettersDialog, printer) -> int:
    """The letters are worded off the UI thread; the count arrives with letters_sent."""
    with qtbot.waitSignal(batch.letters_sent, timeout=30_000) as sent:
        batch.run(printer)
    return sent.args[0]


def pdf_pages(data):
    from desktop.ui.printing import PdfBytes

    return PdfBytes(data).pages


def test_a_failed_print_job_records_nothing_and_keeps_the_old_file(qtbot, services, tmp_path):
    log(services, "access")
    no_address = services.cases.log_case(
        CaseDraft(channel="email", received="2026-11-20", types=["access"],
                  requester=Requester(name="Mail Only", email="m@example.org")),
    ).id  # fmt: skip
    batch = batch_dialog(qtbot, services)
    folder = tmp_path / "gone"
    assert run_batch(qtbot, batch, pdf_printer(folder / "batch.pdf")) == 0  # no such folder
    assert services.letters.letters(no_address) == [] and batch.sent == []
    # Two failures: the case without an address, with the service's reason; then the job.
    reference = services.cases.case_file(no_address)["reference"]
    why = dict(services.letters.plan_post_batch(batch.chosen()).not_printed)[reference]
    assert len(batch.failures) == 2 and batch.failures[0] == f"{reference}: {why}"
    assert not batch.failures[1].startswith("PD-") and not folder.exists()
    assert len(services.letters.due_today()) == 2  # still due: nothing went out
