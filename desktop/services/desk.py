"""The set of services one open store offers; built by the composition root (desktop/app.py)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.cases import CaseService
from desktop.services.companies import CompanyRegister
from desktop.services.context import ServiceContext
from desktop.services.decisions import DecisionService
from desktop.services.intake import IntakeService
from desktop.services.letters import LetterService
from desktop.services.processing import ProcessingRegisterService
from desktop.services.queries import CaseQueries
from desktop.services.suppression import SuppressionService


@dataclass
class Services:
    ctx: ServiceContext
    register: CompanyRegister
    cases: CaseService
    queries: CaseQueries
    intake: IntakeService
    processing: ProcessingRegisterService
    decisions: DecisionService
    suppression: SuppressionService
    letters: LetterService

    def close(self) -> None:
        self.ctx.store.close()
