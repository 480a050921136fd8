"""The convention: the written agreement the seed asks every partnership to keep
(§4, tracing), carrying everything DEFINE, CLARIFY and PLAN decided."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from partnership_model._extensions import (
    EMPTY_EXTENSIONS,
    JsonValue,
    check_extensions,
    freeze_extensions,
)
from partnership_model._fields import (
    fail,
    id_tuple,
    instance_of,
    items_of,
    member_of,
    optional_date,
    optional_id,
    optional_member_of,
    optional_text,
    required_id,
    text,
)
from partnership_model._words import words
from partnership_model.communication import CommunicationPlan
from partnership_model.conflicts import ConflictProcedure
from partnership_model.decision_making import DecisionRule, GoverningBody
from partnership_model.evaluation import EvaluationPlan
from partnership_model.funds import FundManagement
from partnership_model.i18n import LabelledEnum, is_bcp47
from partnership_model.institutions import InstitutionalLink
from partnership_model.needs import Need
from partnership_model.objectives import Objective
from partnership_model.partners import Contribution, Partner
from partnership_model.planning import Period, Timeline
from partnership_model.publics import TargetPublic
from partnership_model.roles import Role, Task
from partnership_model.text import blank

__all__ = ["CONSORTIUM_CLAUSES", "Clause", "ClauseKind", "Convention", "Form", "Signature"]


class Form(LabelledEnum):
    """The seed's distinction (§2)."""

    PARTNERSHIP = "partnership"
    """Several associations carry one project together."""
    COLLABORATION = "collaboration"
    """One association brings its stone to a project that stays another's."""


class ClauseKind(LabelledEnum):
    """Clauses a convention carries beyond the seed's seven elements."""

    DURATION_AND_RENEWAL = "duration_and_renewal"
    ENTRY_AND_WITHDRAWAL = "entry_and_withdrawal"
    TERMINATION_AND_EXIT = "termination_and_exit"
    AMENDMENT_PROCEDURE = "amendment_procedure"
    DISPUTE_RESOLUTION = "dispute_resolution"
    LIABILITY = "liability"
    CONFIDENTIALITY = "confidentiality"
    RESULTS_AND_INTELLECTUAL_PROPERTY = "results_and_intellectual_property"
    DATA_PROTECTION = "data_protection"
    APPLICABLE_LAW = "applicable_law"
    OTHER = "other"


CONSORTIUM_CLAUSES = (
    ClauseKind.DURATION_AND_RENEWAL,
    ClauseKind.ENTRY_AND_WITHDRAWAL,
    ClauseKind.TERMINATION_AND_EXIT,
    ClauseKind.LIABILITY,
    ClauseKind.CONFIDENTIALITY,
    ClauseKind.RESULTS_AND_INTELLECTUAL_PROPERTY,
    ClauseKind.DISPUTE_RESOLUTION,
    ClauseKind.APPLICABLE_LAW,
)
"""The clauses every consortium agreement carries (DESCA practice), which the
``consortium`` profile asks for."""


@attrs.frozen(kw_only=True)
class Clause:
    kind: ClauseKind = attrs.field(validator=member_of(ClauseKind))
    text: str = attrs.field(validator=text)
    title: str | None = attrs.field(default=None, validator=optional_text)


@attrs.frozen(kw_only=True)
class Signature:
    """One partner's signature of the convention."""

    partner: str = attrs.field(validator=required_id)
    signatory: str = attrs.field(validator=text)
    function: str | None = attrs.field(default=None, validator=optional_text)
    place: str | None = attrs.field(default=None, validator=optional_text)
    date: dt.date | None = attrs.field(default=None, validator=optional_date)


def _check_language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not str or not is_bcp47(value):
        fail(instance, attribute, value, words("refusal.language-tag"))


@attrs.frozen(kw_only=True)
class Convention:
    """A partnership or collaboration agreement, complete or still a draft.

    Only ``name`` is required: a convention is written over weeks, and what it still
    lacks is for :func:`~partnership_model.validate` to say, not for the constructor.
    Everything that is referred to elsewhere carries an ``id``; references hold ids.
    """

    name: str = attrs.field(validator=text)
    language: str = attrs.field(default="fr", validator=_check_language)
    """The language the partners write the convention in, as a BCP 47 tag."""
    form: Form | None = attrs.field(default=None, validator=optional_member_of(Form))
    purpose: str = attrs.field(default="", validator=text)
    partners: tuple[Partner, ...] = attrs.field(default=(), validator=items_of(Partner))
    carriers: tuple[str, ...] = attrs.field(default=(), validator=id_tuple)
    """Ids of the partners who carry the project (porteurs)."""
    owner: str | None = attrs.field(default=None, validator=optional_id)
    """In a collaboration, id of the partner whose project it remains."""
    period: Period = attrs.field(factory=Period, validator=instance_of(Period))
    objectives: tuple[Objective, ...] = attrs.field(default=(), validator=items_of(Objective))
    needs: tuple[Need, ...] = attrs.field(default=(), validator=items_of(Need))
    target_publics: tuple[TargetPublic, ...] = attrs.field(
        default=(), validator=items_of(TargetPublic)
    )
    roles: tuple[Role, ...] = attrs.field(default=(), validator=items_of(Role))
    tasks: tuple[Task, ...] = attrs.field(default=(), validator=items_of(Task))
    contributions: tuple[Contribution, ...] = attrs.field(
        default=(), validator=items_of(Contribution)
    )
    governing_bodies: tuple[GoverningBody, ...] = attrs.field(
        default=(), validator=items_of(GoverningBody)
    )
    decision_rules: tuple[DecisionRule, ...] = attrs.field(
        default=(), validator=items_of(DecisionRule)
    )
    conflict_procedure: ConflictProcedure = attrs.field(
        factory=ConflictProcedure, validator=instance_of(ConflictProcedure)
    )
    institutional_links: tuple[InstitutionalLink, ...] = attrs.field(
        default=(), validator=items_of(InstitutionalLink)
    )
    timeline: Timeline = attrs.field(factory=Timeline, validator=instance_of(Timeline))
    evaluation: EvaluationPlan = attrs.field(
        factory=EvaluationPlan, validator=instance_of(EvaluationPlan)
    )
    communication: CommunicationPlan = attrs.field(
        factory=CommunicationPlan, validator=instance_of(CommunicationPlan)
    )
    funds: FundManagement = attrs.field(
        factory=FundManagement, validator=instance_of(FundManagement)
    )
    clauses: tuple[Clause, ...] = attrs.field(default=(), validator=items_of(Clause))
    signatures: tuple[Signature, ...] = attrs.field(default=(), validator=items_of(Signature))
    extensions: Mapping[str, JsonValue] = attrs.field(
        default=EMPTY_EXTENSIONS,
        converter=freeze_extensions,
        validator=check_extensions,
        hash=False,
    )
    """The application's own JSON data, carried untouched."""

    def partner(self, partner_id: str) -> Partner | None:
        """The partner with ``partner_id``, or None: drafts may refer to partners not yet added."""
        return next((p for p in self.partners if p.id == partner_id), None)

    def institutions_named(self) -> tuple[tuple[str, str], ...]:
        """Every institution the plan names, with where (a path from the convention): the
        funder of a subsidy, the recipient of a report, the authority an administrative
        step is addressed to. Each needs an institutional link; blank names say nothing."""
        named: list[tuple[str, str]] = []
        for at, line in enumerate(self.funds.budget):
            if line.subsidy and line.source is not None and not blank(line.source):
                named.append((f"funds.budget[{at}].source", line.source))
        for at, duty in enumerate(self.funds.reporting):
            if not blank(duty.recipient):
                named.append((f"funds.reporting[{at}].recipient", duty.recipient))
        for at, step in enumerate(self.timeline.steps):
            if step.authority is not None and not blank(step.authority):
                named.append((f"timeline.steps[{at}].authority", step.authority))
        return tuple(named)
