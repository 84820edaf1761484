"""Statutory retention (DOMAIN.md §5): periods start at the end of the year the document arose."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RetentionRule:
    id: str
    country: str
    label: str
    years: int
    legal_basis: str
    names: tuple[tuple[str, str], ...] = ()  # (language, label): the label in nl and de letters

    def label_in(self, language: str) -> str:
        return dict(self.names).get(language, self.label)

    def retained_until(self, document_date: date) -> date:
        return retention_end(document_date, self.years)


def retention_end(document_date: date, years: int) -> date:
    """31 December of the year `years` after the year the document arose.

    An invoice of 15 Mar 2025 kept 8 years: the period starts 31 Dec 2025 and ends 31 Dec 2033.
    """
    return date(document_date.year + years, 12, 31)
