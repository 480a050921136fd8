"""The relation to the institution, the public authority and the hierarchy
(seed, CLARIFY): "the worker is part of a structure", and the convention says how
that structure is involved."""

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
    items_of,
    member_of,
    optional_id,
    optional_text,
    required_id,
    text,
)
from partnership_model.decision_making import Topic
from partnership_model.i18n import LabelledEnum

__all__ = ["InstitutionKind", "InstitutionalLink", "Involvement"]


class InstitutionKind(LabelledEnum):
    """What a worker's structure is, seen from the partnership (seed, CLARIFY)."""

    INSTITUTION = "institution"
    PUBLIC_AUTHORITY = "public_authority"
    HIERARCHY = "hierarchy"


class Involvement(LabelledEnum):
    """How far an institution takes part, from least to most."""

    INFORM = "inform"
    CONSULT = "consult"
    APPROVE = "approve"


@attrs.frozen(kw_only=True)
class InstitutionalLink:
    """How an institution, public authority or hierarchy takes part, for one partner."""

    id: str = attrs.field(validator=required_id)
    partner: str | None = attrs.field(default=None, validator=optional_id)
    """Id of the partner whose structure this is; None for the partnership as a whole."""
    institution: str = attrs.field(validator=text)
    kind: InstitutionKind = attrs.field(validator=member_of(InstitutionKind))
    involvement: Involvement = attrs.field(validator=member_of(Involvement))
    topics: tuple[Topic, ...] = attrs.field(default=(), validator=items_of(Topic))
    contact: str | None = attrs.field(default=None, validator=optional_text)
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""
