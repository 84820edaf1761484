"""The set of services one open store offers; built by the composition root (desktop/app.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.context import ServiceContext
from desktop.services.queries import CaseQueries
from desktop.store import companies as company_sql
from desktop.store import facts as fact_sql
from desktop.store import registers as register_sql

if TYPE_CHECKING:
    from desktop.core.ledger import StoreCheck
    from desktop.services.assignment import AssignmentService
    from desktop.services.authority_export import AuthorityExport
    from desktop.services.backups import BackupService
    from desktop.services.cases import CaseService
    from desktop.services.companies import CompanyRegister
    from desktop.services.decisions import DecisionService
    from desktop.services.exports import ExportService
    from desktop.services.follow_up import FollowUpService
    from desktop.services.inquiries import InquiryService
    from desktop.services.intake import IntakeService
    from desktop.services.letters import LetterService
    from desktop.services.office_rules import OfficeRules
    from desktop.services.processing import ProcessingRegisterService
    from desktop.services.reports import ReportService
    from desktop.services.suppression import SuppressionService


class Services:
    """Each service is built (and its module imported) when first used: the window's first
    paint needs only the case queries; the registers, letters, decisions and intake load
    later, so a start-up does not pay for them."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.queries = CaseQueries(ctx)
        self._seen_data_version: int | None = None
        self._closed = False
        self._own_commit = False  # a background op of this window committed on its connection
        # Opens the same store again (set by the composition root); background work needs it.
        self.reopen: Callable[[], Services] | None = None

    @cached_property
    def assignment(self) -> AssignmentService:
        from desktop.services.assignment import AssignmentService

        return AssignmentService(self.ctx)

    @cached_property
    def register(self) -> CompanyRegister:
        from desktop.services.companies import CompanyRegister

        return CompanyRegister(self.ctx)

    @cached_property
    def processing(self) -> ProcessingRegisterService:
        from desktop.services.processing import ProcessingRegisterService

        return ProcessingRegisterService(self.ctx)

    @cached_property
    def authority_export(self) -> AuthorityExport:
        from desktop.services.authority_export import AuthorityExport

        return AuthorityExport(self.ctx, self.cases.case_file)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.services.backups import BackupService

        return BackupService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        from desktop.services.exports import ExportService

        return ExportService(self.ctx, self.queries)

    @cached_property
    def reports(self) -> ReportService:
        from desktop.services.reports import ReportService

        return ReportService(self.ctx, self.register.company)

    @cached_property
    def cases(self) -> CaseService:
        from desktop.services.cases import CaseService

        return CaseService(self.ctx, self.register)

    @cached_property
    def follow_up(self) -> FollowUpService:
        from desktop.services.follow_up import FollowUpService

        return FollowUpService(self.cases, self.intake)

    @cached_property
    def inquiries(self) -> InquiryService:
        from desktop.services.inquiries import InquiryService

        return InquiryService(self.cases, self.authority_export)

    @cached_property
    def office_rules(self) -> OfficeRules:
        from desktop.services.office_rules import OfficeRules

        return OfficeRules(self.ctx)

    @cached_property
    def intake(self) -> IntakeService:
        from desktop.services.intake import IntakeService

        return IntakeService(self.ctx)

    @cached_property
    def decisions(self) -> DecisionService:
        from desktop.services.decisions import DecisionService

        return DecisionService(self.ctx, self.processing)

    @cached_property
    def suppression(self) -> SuppressionService:
        from desktop.services.suppression import SuppressionService

        return SuppressionService(self.ctx)

    @cached_property
    def letters(self) -> LetterService:
        from desktop.services.letters import LetterService

        return LetterService(self.ctx, self.register, self.processing, self.cases.case_file)

    def ensure_seeded(self) -> None:
        """A new store gets the shipped company and processing registers; an existing one is
        only looked at (the register services load when first used)."""
        store = self.ctx.store
        if not company_sql.company_count(store):
            self.register.ensure_seeded()
        if not register_sql.has_register(store, register_sql.PROCESSING):
            self.processing.ensure_seeded()

    def store_check(self) -> tuple[Callable[[], StoreCheck | None], Callable[[], None]] | None:
        """The full check of the store (SQLite's integrity check, then the tamper checks) for
        another thread, and how to cancel it; None for an in-memory store."""
        from desktop.store.integrity import IntegrityCheck

        path = self.ctx.store.path
        if path is None:
            return None
        check = IntegrityCheck(path, self.ctx.store.key)
        return check.run_checks, check.cancel

    def store_encrypted(self) -> bool | None:
        """Whether the store file is encrypted at rest (None: an in-memory store)."""
        store = self.ctx.store
        return None if store.path is None else store.key is not None

    def store_path(self) -> Path | None:
        """The store's file (None in memory, or on a server)."""
        return self.ctx.store.path

    def store_location(self) -> Path | str | None:
        """Where the store is, to open it again: its file, or its server's address."""
        address = self.ctx.store.address
        return address.url() if address is not None else self.ctx.store.path

    def store_name(self) -> str | None:
        """The store as the title bar names it: its file, or its server (no password)."""
        address = self.ctx.store.address
        return address.display() if address is not None else None

    @contextlib.contextmanager
    def another_connection(self) -> Iterator[Services]:
        """Services on a connection of their own, for work on another thread; closed after."""
        if self.reopen is None:
            raise RuntimeError("this store cannot be opened a second time")
        other = self.reopen()
        try:
            yield other
        finally:
            other.close()

    def changed_elsewhere(self) -> bool:
        """True once another window or program committed since the last call (cheap to poll)."""
        if self._closed:
            return False
        now = self.ctx.store.data_version()
        changed = self._seen_data_version is not None and now != self._seen_data_version
        self._seen_data_version = now
        return changed

    def change_notices(self) -> int | None:
        """The socket on which a server store announces other officers' changes (None: a
        store file, whose changes the window polls for)."""
        listen = getattr(self.ctx.store, "listener_socket", None)
        return listen() if listen is not None else None

    def own_commit_done(self) -> None:
        """This window's background work committed on a connection of its own: the next
        change the poll sees may be ours (it still reloads: others may have written too)."""
        self._own_commit = True

    def took_own_commit(self) -> bool:
        """Whether own background work committed since the last poll (and forget it)."""
        own, self._own_commit = self._own_commit, False
        return own

    def is_demo(self) -> bool:
        """A store made by `privacydesk demo`: its cases are invented."""
        return fact_sql.get_fact(self.ctx.store, "demo") == "1"

    def reattach_store(self) -> None:
        """Take the store's locks afresh (after a file dialog may have dropped them)."""
        self.ctx.store.reattach()
        # data_version counts per connection: the new one starts afresh, so the next poll
        # refreshes once rather than miss a change made elsewhere meanwhile.
        self._seen_data_version = -1

    def checkpoint(self) -> None:
        """Move committed work from the -wal into the store file (the window does it often)."""
        self.ctx.store.checkpoint()

    def finish_erasure(self) -> bool:
        """Retry emptying the -wal after an ID copy was deleted; True while still pending."""
        store = self.ctx.store
        if store.erasure_pending:
            store.checkpoint(truncate=True)
        return store.erasure_pending

    def close(self) -> None:
        self._closed = True
        self.ctx.store.close()
