"""What a change touched, so that each screen reloads only what it shows (no global reload)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Subject(Enum):
    CASES = "cases"  # cases, their deadlines, decisions and letters
    SUPPRESSION = "suppression"  # the suppression register
    COMPANIES = "companies"  # the company register
    PROCESSING = "processing"  # the processing register


@dataclass(frozen=True)
class ChangeNote:
    subjects: frozenset[Subject]
    case_ids: frozenset[int] = field(default_factory=frozenset)
    elsewhere: bool = False  # made by another window or program, not by this one

    @classmethod
    def of_case(cls, case_id: int) -> ChangeNote:
        # A decision on a case may add suppression entries: both lists may have moved.
        return cls(frozenset({Subject.CASES, Subject.SUPPRESSION}), frozenset({case_id}))

    @classmethod
    def of(cls, *subjects: Subject) -> ChangeNote:
        return cls(frozenset(subjects))

    @classmethod
    def everything(cls, elsewhere: bool = True) -> ChangeNote:
        """Another window or program committed (or the officer asked to reload): anything
        may have changed."""
        return cls(frozenset(Subject), elsewhere=elsewhere)

    def touches(self, subject: Subject) -> bool:
        return subject in self.subjects
