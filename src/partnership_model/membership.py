"""What a partner leaving would take with it (seed §4, flexibility): before the partners
adopt a withdrawal, the list of everything the partner holds in the convention, and
which of it nobody else would hold once it has left.

``withdrawal_consequences(dossier, "fourneaux")`` reads the current text; the
withdrawal itself is :meth:`~partnership_model.Dossier.withdraw`, after which
:func:`~partnership_model.validate` reports what the departure left uncovered. Pure:
nothing is read but the convention.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from partnership_model.convention import Convention
from partnership_model.dossier import read_target
from partnership_model.errors import InvalidValueError
from partnership_model.i18n import LabelledEnum, translate
from partnership_model.roles import Raci
from partnership_model.text import blank

__all__ = ["Holding", "HoldingKind", "WithdrawalConsequences", "withdrawal_consequences"]


class HoldingKind(LabelledEnum):
    """What a partner holds in a convention, in the order the convention says it."""

    CARRIER = "carrier"
    OWNER = "owner"
    ROLE = "role"
    RESPONSIBLE = "responsible"
    ACCOUNTABLE = "accountable"
    CONSULTED = "consulted"
    INFORMED = "informed"
    CONTRIBUTION = "contribution"
    NEED = "need"
    """A need one of its contributions covers."""
    MEMBER = "member"
    CHAIR = "chair"
    VOTER = "voter"
    """One of the voters a decision rule lists."""
    EXCLUDED = "excluded"
    WEIGHT = "weight"
    VETO = "veto"
    """One of the partners a decision rule's veto lists."""
    DELEGATE = "delegate"
    ESCALATION = "escalation"
    """A step of the conflict procedure it leads."""
    LINK = "link"
    """The institutional link of its own structure."""
    STEP = "step"
    MOMENT = "moment"
    ACTION = "action"
    FUNDS = "funds"
    BUDGET = "budget"
    """A budget line whose money comes from it."""
    SIGNATURE = "signature"


_VACANT = frozenset(
    {
        HoldingKind.OWNER,
        HoldingKind.CONTRIBUTION,
        HoldingKind.CHAIR,
        HoldingKind.DELEGATE,
        HoldingKind.ESCALATION,
        HoldingKind.LINK,
        HoldingKind.STEP,
        HoldingKind.ACTION,
        HoldingKind.FUNDS,
        HoldingKind.BUDGET,
        HoldingKind.SIGNATURE,
    }
)
"""What the partner alone holds, whoever else takes part: it goes with it."""
_SHARED = frozenset(
    {HoldingKind.CONSULTED, HoldingKind.INFORMED, HoldingKind.EXCLUDED, HoldingKind.WEIGHT}
)
"""What leaves nothing vacant when the partner goes."""


_LETTERS = {
    Raci.RESPONSIBLE: HoldingKind.RESPONSIBLE,
    Raci.ACCOUNTABLE: HoldingKind.ACCOUNTABLE,
    Raci.CONSULTED: HoldingKind.CONSULTED,
    Raci.INFORMED: HoldingKind.INFORMED,
}


@attrs.frozen(kw_only=True)
class Holding:
    """One thing a partner holds: what kind of thing, the id of the item (None for the
    convention's own carriers, owner and funds), how the item is named, where it is (a
    path in the syntax of the findings), and whether it is left ``vacant``: held by
    nobody once the partner has left, or gone with it."""

    kind: HoldingKind
    item: str | None
    name: str | LabelledEnum
    """The item's title or name as the partners wrote it, else its id; a role without
    a title, or a conflict step without a description, by its kind."""
    path: str
    vacant: bool

    def message(self, language: str = "fr", partner: str = "") -> str:
        """The holding in one sentence of ``language``, the partner named ``partner``."""
        name = self.name.label(language) if isinstance(self.name, LabelledEnum) else self.name
        key = f"withdrawal.{self.kind.value}"
        if self.vacant and self.kind not in _VACANT:
            key += "-vacant"
        return translate(key, language, partner=partner, item=name)


@attrs.frozen(kw_only=True)
class WithdrawalConsequences:
    """Everything the partner ``partner`` holds in the convention, in the convention's
    order: what its withdrawal would take away."""

    partner: str
    name: str
    """The partner's name, else its id."""
    holdings: tuple[Holding, ...]

    @property
    def vacant(self) -> tuple[Holding, ...]:
        """What nobody would hold once the partner has left."""
        return tuple(holding for holding in self.holdings if holding.vacant)

    def explain(self, language: str = "fr") -> tuple[str, ...]:
        """Every holding in one sentence of ``language``: "Les Fourneaux do the task
        'Ateliers' (R): nobody else does it."."""
        return tuple(holding.message(language, self.name) for holding in self.holdings)


def _said(text: str | None, instead: str) -> str:
    return instead if text is None or blank(text) else text


class _Finder:
    """The holdings of one partner, found section by section of the convention."""

    def __init__(self, convention: Convention, partner: str, prefix: str) -> None:
        self.convention = convention
        self.partner = partner
        self.prefix = prefix

    def holding(
        self,
        kind: HoldingKind,
        path: str,
        item: str | None = None,
        name: str | LabelledEnum = "",
        *,
        others: Iterable[str] = (),
    ) -> Holding:
        """The partner's holding at ``path``: vacant when ``others`` (those who hold
        it, the partner among them) name no other partner, or when it is of a kind
        that goes with the partner whoever else takes part."""
        if kind in _VACANT:
            vacant = True
        elif kind in _SHARED:
            vacant = False
        else:
            vacant = all(other == self.partner for other in others)
        return Holding(
            kind=kind, item=item, name=name, path=f"{self.prefix}.{path}", vacant=vacant
        )

    def among(
        self,
        kind: HoldingKind,
        path: str,
        ids: tuple[str, ...],
        item: str,
        name: str | LabelledEnum,
    ) -> Iterator[Holding]:
        """A holding for each place of ``ids`` (a list at ``path``) that names the partner."""
        for at, key in enumerate(ids):
            if key == self.partner:
                yield self.holding(kind, f"{path}[{at}]", item, name, others=ids)

    def held(
        self,
        kind: HoldingKind,
        path: str,
        holder: str | None,
        item: str | None = None,
        name: str | LabelledEnum = "",
    ) -> Iterator[Holding]:
        """The holding at ``path`` when the partner is its one ``holder``."""
        if holder == self.partner:
            yield self.holding(kind, path, item, name)

    def project(self) -> Iterator[Holding]:
        convention = self.convention
        for at, key in enumerate(convention.carriers):
            if key == self.partner:
                yield self.holding(
                    HoldingKind.CARRIER, f"carriers[{at}]", others=convention.carriers
                )
        yield from self.held(HoldingKind.OWNER, "owner", convention.owner)

    def roles_and_tasks(self) -> Iterator[Holding]:
        for at, role in enumerate(self.convention.roles):
            name = role.kind if role.title is None or blank(role.title) else role.title
            yield from self.among(
                HoldingKind.ROLE, f"roles[{at}].holders", role.holders, role.id, name
            )
        for at, task in enumerate(self.convention.tasks):
            for place, assignment in enumerate(task.assignments):
                if assignment.partner == self.partner:
                    yield self.holding(
                        _LETTERS[assignment.raci],
                        f"tasks[{at}].assignments[{place}]",
                        task.id,
                        _said(task.title, task.id),
                        others=task.partners_with(assignment.raci),
                    )

    def contributions(self) -> Iterator[Holding]:
        contributions = self.convention.contributions
        covered: list[str] = []
        for at, contribution in enumerate(contributions):
            name = _said(contribution.description, contribution.id)
            path = f"contributions[{at}]"
            mine = contribution.partner
            yield from self.held(HoldingKind.CONTRIBUTION, path, mine, contribution.id, name)
            if mine == self.partner:
                covered.extend(need for need in contribution.covers if need not in covered)
        for at, need in enumerate(self.convention.needs):
            if need.id in covered:
                # A contribution of nobody in particular still covers it: "" stands for it.
                covering = (c.partner or "" for c in contributions if need.id in c.covers)
                name = _said(need.description, need.id)
                yield self.holding(
                    HoldingKind.NEED, f"needs[{at}]", need.id, name, others=covering
                )

    def governance(self) -> Iterator[Holding]:
        convention = self.convention
        for at, body in enumerate(convention.governing_bodies):
            name, path = _said(body.name, body.id), f"governing_bodies[{at}]"
            yield from self.among(
                HoldingKind.MEMBER, f"{path}.members", body.members, body.id, name
            )
            yield from self.held(HoldingKind.CHAIR, f"{path}.chair", body.chair, body.id, name)
        roles = {role.id for role in convention.roles}
        for at, rule in enumerate(convention.decision_rules):
            path, key = f"decision_rules[{at}]", rule.id
            # A delegate that names a role is the role's holders, told with the roles.
            delegate = None if rule.delegate in roles else rule.delegate
            weighted = tuple(weight.partner for weight in rule.weights)
            vetoing = rule.veto.partners if rule.veto is not None else ()
            yield from self.among(HoldingKind.VOTER, f"{path}.voters", rule.voters, key, key)
            yield from self.among(
                HoldingKind.EXCLUDED, f"{path}.excluded", rule.excluded, key, key
            )
            yield from self.among(HoldingKind.WEIGHT, f"{path}.weights", weighted, key, key)
            yield from self.among(HoldingKind.VETO, f"{path}.veto.partners", vetoing, key, key)
            yield from self.held(HoldingKind.DELEGATE, f"{path}.delegate", delegate, key, key)
        for at, step in enumerate(convention.conflict_procedure.steps):
            name = step.action if blank(step.description) else step.description
            path = f"conflict_procedure.steps[{at}].handled_by"
            yield from self.held(HoldingKind.ESCALATION, path, step.handled_by, None, name)
        for at, link in enumerate(convention.institutional_links):
            name, path = _said(link.institution, link.id), f"institutional_links[{at}]"
            yield from self.held(HoldingKind.LINK, path, link.partner, link.id, name)

    def plan(self) -> Iterator[Holding]:
        convention = self.convention
        for at, step in enumerate(convention.timeline.steps):
            name, path = _said(step.title, step.id), f"timeline.steps[{at}].owner"
            yield from self.held(HoldingKind.STEP, path, step.owner, step.id, name)
        for at, moment in enumerate(convention.evaluation.moments):
            name, path = _said(moment.title, moment.id), f"evaluation.moments[{at}].participants"
            yield from self.among(HoldingKind.MOMENT, path, moment.participants, moment.id, name)
        for at, action in enumerate(convention.communication.actions):
            name, path = _said(action.description, action.id), f"communication.actions[{at}].owner"
            yield from self.held(HoldingKind.ACTION, path, action.owner, action.id, name)
        yield from self.held(HoldingKind.FUNDS, "funds.holder", convention.funds.holder)
        for at, line in enumerate(convention.funds.budget):
            name, path = _said(line.label, line.id), f"funds.budget[{at}].source"
            yield from self.held(HoldingKind.BUDGET, path, line.source, line.id, name)
        for at, signature in enumerate(convention.signatures):
            yield from self.held(HoldingKind.SIGNATURE, f"signatures[{at}]", signature.partner)


def withdrawal_consequences(target: object, partner_id: str) -> WithdrawalConsequences:
    """Everything the partner ``partner_id`` holds in the current text of ``target`` (a
    :class:`~partnership_model.Dossier` or a :class:`~partnership_model.Convention`),
    and what of it would be left vacant by its withdrawal.

    Its roles, its part in each task (R, A, C, I), its contributions and the needs
    they cover, its seats and chairs, its place in the decision rules (voter, excluded,
    weighted, veto, delegate), the conflict steps it leads, its institutional link, the
    steps, evaluations and communication actions it sees to, the funds, the budget
    lines that come from it, its signature. Raises
    :class:`~partnership_model.InvalidValueError` for an id that names no partner.
    """
    convention, dossier = read_target("withdrawal_consequences", target)
    partner = convention.partner(partner_id) if type(partner_id) is str else None
    if partner is None:
        raise InvalidValueError(
            "withdrawal_consequences(partner_id)",
            partner_id,
            "no partner of the convention has this id",
        )
    finder = _Finder(convention, partner.id, "$.convention" if dossier is not None else "$")
    return WithdrawalConsequences(
        partner=partner.id,
        name=_said(partner.name, partner.id),
        holdings=(
            *finder.project(),
            *finder.roles_and_tasks(),
            *finder.contributions(),
            *finder.governance(),
            *finder.plan(),
        ),
    )
