"""Partners who join and leave (seed §4, flexibility): the text of the convention once a
partner has joined it, or once a partner and every reference to it are gone.

:meth:`~partnership_model.Dossier.admit` and :meth:`~partnership_model.Dossier.withdraw`
record these texts as amendments. Only the arguments are checked here; what a departure
leaves uncovered (a task nobody answers for, a role nobody holds, a need no contribution
covers) is for the validation rules to say of the new text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from partnership_model.amendments import Amendment
from partnership_model.convention import Convention, Signature
from partnership_model.decision_making import DecisionRule
from partnership_model.errors import InvalidValueError
from partnership_model.partners import Contribution, Partner
from partnership_model.roles import Assignment, Raci

__all__ = ["check_amendment", "with_partner", "without_partner"]


def check_amendment(
    function: str, amendments: tuple[Amendment, ...], key: str, day: object, field: str
) -> None:
    """Refuse an amendment whose id is already an amendment's, or that would take effect
    before the latest one recorded: the text in force on each day must stay the one
    the partners adopted."""
    if type(day) is not dt.date:
        raise InvalidValueError(
            f"{function}({field})", day, "expected a datetime.date (a day, not an instant)"
        )
    if any(amendment.id == key for amendment in amendments):
        raise InvalidValueError(f"{function}(id)", key, "an amendment already has this id")
    latest = max(amendments, key=lambda amendment: amendment.effective_from, default=None)
    if latest is not None and day < latest.effective_from:
        raise InvalidValueError(
            f"{function}({field})",
            day,
            f"the amendment {latest.id} takes effect later, on "
            f"{latest.effective_from.isoformat()}: a change takes effect after the last one",
        )


def _known_partner(function: str, convention: Convention, partner_id: object) -> str:
    if type(partner_id) is not str or convention.partner(partner_id) is None:
        raise InvalidValueError(
            f"{function}(partner_id)", partner_id, "no partner of the convention has this id"
        )
    return partner_id


def without_partner(function: str, convention: Convention, partner_id: object) -> Convention:
    """``convention`` without the partner ``partner_id`` and without any reference to
    it: its contributions, institutional links and signature go with it; the roles,
    tasks, bodies, decision rules, evaluation moments and carriers it was one of keep
    the others; the steps, actions, funds, budget lines and conflict steps it saw to are
    left to nobody."""
    leaving = _known_partner(function, convention, partner_id)

    def kept(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(key for key in ids if key != leaving)

    def cleared(key: str | None) -> str | None:
        return None if key == leaving else key

    roles = frozenset(role.id for role in convention.roles)
    timeline, evaluation = convention.timeline, convention.evaluation
    communication, funds = convention.communication, convention.funds
    procedure = convention.conflict_procedure
    return attrs.evolve(
        convention,
        partners=tuple(partner for partner in convention.partners if partner.id != leaving),
        carriers=kept(convention.carriers),
        owner=cleared(convention.owner),
        roles=tuple(attrs.evolve(role, holders=kept(role.holders)) for role in convention.roles),
        tasks=tuple(
            attrs.evolve(
                task, assignments=tuple(a for a in task.assignments if a.partner != leaving)
            )
            for task in convention.tasks
        ),
        contributions=tuple(c for c in convention.contributions if c.partner != leaving),
        governing_bodies=tuple(
            attrs.evolve(body, members=kept(body.members), chair=cleared(body.chair))
            for body in convention.governing_bodies
        ),
        decision_rules=tuple(
            _rule_without(rule, leaving, roles) for rule in convention.decision_rules
        ),
        conflict_procedure=attrs.evolve(
            procedure,
            steps=tuple(
                attrs.evolve(step, handled_by=cleared(step.handled_by)) for step in procedure.steps
            ),
        ),
        institutional_links=tuple(
            link for link in convention.institutional_links if link.partner != leaving
        ),
        timeline=attrs.evolve(
            timeline,
            steps=tuple(attrs.evolve(step, owner=cleared(step.owner)) for step in timeline.steps),
        ),
        evaluation=attrs.evolve(
            evaluation,
            moments=tuple(
                attrs.evolve(moment, participants=kept(moment.participants))
                for moment in evaluation.moments
            ),
        ),
        communication=attrs.evolve(
            communication,
            actions=tuple(
                attrs.evolve(action, owner=cleared(action.owner))
                for action in communication.actions
            ),
        ),
        funds=attrs.evolve(
            funds,
            holder=cleared(funds.holder),
            budget=tuple(attrs.evolve(line, source=cleared(line.source)) for line in funds.budget),
        ),
        signatures=tuple(s for s in convention.signatures if s.partner != leaving),
    )


def _rule_without(rule: DecisionRule, leaving: str, roles: frozenset[str]) -> DecisionRule:
    """``rule`` without the partner ``leaving``; a delegate that names a role (a role's
    id comes first, as the tally reads it) keeps the role's other holders."""
    veto = rule.veto
    delegate = rule.delegate
    return attrs.evolve(
        rule,
        voters=tuple(key for key in rule.voters if key != leaving),
        excluded=tuple(key for key in rule.excluded if key != leaving),
        weights=tuple(weight for weight in rule.weights if weight.partner != leaving),
        delegate=None if delegate == leaving and delegate not in roles else delegate,
        veto=None
        if veto is None
        else attrs.evolve(veto, partners=tuple(key for key in veto.partners if key != leaving)),
    )


def _ids(field: str, given: object, known: Iterable[str], kind: str) -> frozenset[str]:
    """The ids ``given``, each of which must name a ``kind`` of the convention."""
    if isinstance(given, str) or not isinstance(given, Iterable):
        raise InvalidValueError(
            field, given, f"expected the ids of {kind}s, such as ('{kind}-1',)"
        )
    names, keys = set(known), tuple(given)
    for key in keys:
        if key not in names:
            raise InvalidValueError(field, key, f"no {kind} of the convention has this id")
    return frozenset(keys)


def _letters(field: str, task: str, given: object) -> tuple[Raci, ...]:
    letters = (given,) if isinstance(given, Raci) else given
    if isinstance(letters, str) or not isinstance(letters, Iterable):
        raise InvalidValueError(field, given, f"expected the Raci letters of the task {task}")
    for letter in letters:
        if not isinstance(letter, Raci):
            raise InvalidValueError(field, letter, f"expected a Raci letter for the task {task}")
    return tuple(dict.fromkeys(letters))


def _tasks(field: str, convention: Convention, given: object) -> dict[str, tuple[Raci, ...]]:
    """Each task ``given`` names with the letters the new partner takes on in it."""
    if not isinstance(given, Mapping):
        raise InvalidValueError(field, given, "expected task ids with Raci letters")
    _ids(field, tuple(given), (task.id for task in convention.tasks), "task")
    return {key: _letters(field, key, letters) for key, letters in given.items()}


def _contributions(
    field: str, convention: Convention, partner_id: str, given: object
) -> tuple[Contribution, ...]:
    """The contributions the new partner brings, each said to be its own."""
    if not isinstance(given, Iterable):
        raise InvalidValueError(field, given, "expected Contributions, such as (contribution,)")
    taken = {contribution.id for contribution in convention.contributions}
    brought = []
    for contribution in given:
        if not isinstance(contribution, Contribution):
            raise InvalidValueError(field, contribution, "expected a Contribution")
        if contribution.partner not in (None, partner_id):
            raise InvalidValueError(
                field, contribution.partner, f"the contribution {contribution.id} is another's"
            )
        if contribution.id in taken:
            raise InvalidValueError(field, contribution.id, "a contribution already has this id")
        taken.add(contribution.id)
        brought.append(attrs.evolve(contribution, partner=partner_id))
    return tuple(brought)


def with_partner(
    function: str,
    convention: Convention,
    partner: object,
    *,
    carrier: object,
    roles: object,
    bodies: object,
    tasks: object,
    contributions: object,
    signature: object,
) -> Convention:
    """``convention`` with ``partner`` among its partners, and among the carriers when
    ``carrier``; holding the ``roles``, sitting on the ``bodies``, taking on the Raci
    letters ``tasks`` gives it, bringing the ``contributions`` and signing with
    ``signature``, each added after what is already there."""
    if not isinstance(partner, Partner):
        raise InvalidValueError(f"{function}(partner)", partner, "expected a Partner")
    joining = partner.id
    if convention.partner(joining) is not None:
        raise InvalidValueError(
            f"{function}(partner)", joining, "a partner of the convention already has this id"
        )
    if type(carrier) is not bool:
        raise InvalidValueError(f"{function}(carrier)", carrier, "expected True or False")
    held = _ids(f"{function}(roles)", roles, (role.id for role in convention.roles), "role")
    seats = _ids(
        f"{function}(bodies)", bodies, (body.id for body in convention.governing_bodies), "body"
    )
    parts = _tasks(f"{function}(tasks)", convention, tasks)
    brought = _contributions(f"{function}(contributions)", convention, joining, contributions)
    if signature is not None and (
        not isinstance(signature, Signature) or signature.partner != joining
    ):
        raise InvalidValueError(
            f"{function}(signature)", signature, f"expected a Signature of {joining}"
        )
    return attrs.evolve(
        convention,
        partners=(*convention.partners, partner),
        carriers=(*convention.carriers, joining) if carrier else convention.carriers,
        roles=tuple(
            attrs.evolve(role, holders=(*role.holders, joining)) if role.id in held else role
            for role in convention.roles
        ),
        tasks=tuple(
            attrs.evolve(
                task,
                assignments=(
                    *task.assignments,
                    *(Assignment(partner=joining, raci=letter) for letter in parts[task.id]),
                ),
            )
            if task.id in parts
            else task
            for task in convention.tasks
        ),
        contributions=(*convention.contributions, *brought),
        governing_bodies=tuple(
            attrs.evolve(body, members=(*body.members, joining)) if body.id in seats else body
            for body in convention.governing_bodies
        ),
        signatures=(*convention.signatures, signature)
        if signature is not None
        else convention.signatures,
    )
