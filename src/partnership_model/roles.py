"""Who does what (seed, CLARIFY): roles such as the coordinator, and tasks with a
RACI assignment of each partner."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    id_tuple,
    items_of,
    member_of,
    optional_text,
    required_id,
    text,
)
from partnership_model.i18n import LabelledEnum

__all__ = ["Assignment", "Raci", "Role", "RoleKind", "Task"]


class RoleKind(LabelledEnum):
    """The roles a partnership gives out: "who is the coordinator?" (seed, CLARIFY)."""

    COORDINATOR = "coordinator"
    PARTNER = "partner"
    CONTRIBUTOR = "contributor"
    OWNER = "owner"
    TREASURER = "treasurer"
    SECRETARY = "secretary"
    OBSERVER = "observer"
    FUNDER = "funder"
    OTHER = "other"


class Raci(LabelledEnum):
    """Responsible does the work, Accountable answers for it, Consulted and Informed."""

    RESPONSIBLE = "responsible"
    ACCOUNTABLE = "accountable"
    CONSULTED = "consulted"
    INFORMED = "informed"

    @property
    def letter(self) -> str:
        return self.value[0].upper()


@attrs.frozen(kw_only=True)
class Role:
    """A role in the partnership and the partners who hold it."""

    id: str = attrs.field(validator=required_id)
    kind: RoleKind = attrs.field(validator=member_of(RoleKind))
    title: str | None = attrs.field(default=None, validator=optional_text)
    """The role's own name when the kind alone does not say it."""
    holders: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    responsibilities: tuple[str, ...] = attrs.field(default=(), validator=items_of(str))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""


@attrs.frozen(kw_only=True)
class Assignment:
    """One partner's part in one task."""

    partner: str = attrs.field(validator=required_id)
    raci: Raci = attrs.field(validator=member_of(Raci))


@attrs.frozen(kw_only=True)
class Task:
    """What has to be done, and each partner's part in it."""

    id: str = attrs.field(validator=required_id)
    title: str = attrs.field(validator=text)
    description: str = attrs.field(default="", validator=text)
    assignments: tuple[Assignment, ...] = attrs.field(default=(), validator=items_of(Assignment))
    objectives: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the objectives this task serves."""
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""

    def partners_with(self, raci: Raci) -> tuple[str, ...]:
        """Ids of the partners assigned ``raci`` on this task, in assignment order."""
        return tuple(a.partner for a in self.assignments if a.raci == raci)
