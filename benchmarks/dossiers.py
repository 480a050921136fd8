"""Large synthetic dossiers for the benchmarks, at four sizes.

S: 10 partners, 100 tasks, 50 steps, 200 decision records; M: ten times that; L: a
hundred times; XL: five hundred times (about 100 MB of JSON). Every value is drawn from
a seeded generator, so a size always gives the same dossier, and every reference
resolves.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from fractions import Fraction

from partnership_model import (
    Assignment,
    Audience,
    Ballot,
    Choice,
    CommunicationAction,
    CommunicationPlan,
    ConflictProcedure,
    Contribution,
    ContributionKind,
    Convention,
    DecideNote,
    DecideStep,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Dossier,
    EscalationAction,
    EscalationStep,
    EvaluationMoment,
    EvaluationPlan,
    Form,
    GoverningBody,
    Indicator,
    LegalIdentifier,
    Money,
    Need,
    NeedCategory,
    Objective,
    Outcome,
    Partner,
    Period,
    Raci,
    Recurrence,
    Representative,
    Role,
    RoleKind,
    Step,
    StepKind,
    Task,
    Timeline,
    Topic,
)

SIZES = {
    "S": {"partners": 10, "tasks": 100, "steps": 50, "records": 200},
    "M": {"partners": 100, "tasks": 1_000, "steps": 500, "records": 2_000},
    "L": {"partners": 1_000, "tasks": 10_000, "steps": 5_000, "records": 20_000},
    # About 100 MB of JSON: the largest document issue 17 asks reading to stay linear to.
    "XL": {"partners": 5_000, "tasks": 50_000, "steps": 25_000, "records": 100_000},
}

START = dt.date(2027, 1, 1)


def _enterprise_number(rng: random.Random) -> str:
    base = rng.randrange(2_000_000, 9_999_999)
    return f"0{base:07d}{97 - base % 97:02d}"


def dossier(size: str, *, seed: int = 2027) -> Dossier:
    """The synthetic dossier of ``size`` ("S", "M", "L" or "XL")."""
    counts = SIZES[size]
    rng = random.Random(seed)
    partners = tuple(
        Partner(
            id=f"p{i}",
            name=f"Association {i} de Laeken",
            legal_identifier=LegalIdentifier(scheme="BE-BCE_KBO", value=_enterprise_number(rng)),
            representatives=(Representative(name=f"Personne {i}", function="coordination"),),
        )
        for i in range(counts["partners"])
    )
    ids = [p.id for p in partners]
    objectives = tuple(
        Objective(
            id=f"o{i}",
            title=f"Objectif {i}",
            indicators=(
                Indicator(
                    id=f"i{i}",
                    name=f"Indicateur {i}",
                    unit="personnes",
                    baseline=Decimal(rng.randrange(0, 50)),
                    target=Decimal(rng.randrange(50, 500)),
                ),
            ),
        )
        for i in range(max(1, counts["tasks"] // 20))
    )
    needs = tuple(
        Need(
            id=f"n{i}",
            category=NeedCategory.FINANCIAL,
            description=f"Besoin {i}",
            amount=Money(amount=Decimal(rng.randrange(100, 100_000)) / 100, currency="EUR"),
        )
        for i in range(max(1, counts["tasks"] // 10))
    )
    tasks = tuple(
        Task(
            id=f"t{i}",
            title=f"Tâche {i}",
            assignments=(
                Assignment(partner=rng.choice(ids), raci=Raci.RESPONSIBLE),
                Assignment(partner=rng.choice(ids), raci=Raci.ACCOUNTABLE),
                Assignment(partner=rng.choice(ids), raci=Raci.INFORMED),
            ),
            objectives=(rng.choice(objectives).id,),
        )
        for i in range(counts["tasks"])
    )
    contributions = tuple(
        Contribution(
            id=f"c{i}",
            partner=rng.choice(ids),
            kind=ContributionKind.FINANCIAL,
            amount=need.amount,
            covers=(need.id,),
            serves=(rng.choice(tasks).id,),
        )
        for i, need in enumerate(needs)
    )
    steps = []
    for i in range(counts["steps"]):
        begin = START + dt.timedelta(days=rng.randrange(0, 300))
        steps.append(
            Step(
                id=f"s{i}",
                title=f"Étape {i}",
                kind=rng.choice(list(StepKind)),
                owner=rng.choice(ids),
                planned=Period(start=begin, end=begin + dt.timedelta(days=rng.randrange(1, 60))),
                depends_on=(f"s{i - 1}",) if i else (),
            )
        )
    records = tuple(
        DecisionRecord(
            id=f"d{i}",
            date=START + dt.timedelta(days=i % 365),
            title=f"Décision {i}",
            decision="Adoptée après discussion.",
            topic=rng.choice(list(Topic)),
            body="copil",
            rule="majorite",
            present=tuple(rng.sample(ids, min(4, len(ids)))),
            ballots=tuple(
                Ballot(partner=p, choice=rng.choice(list(Choice)))
                for p in rng.sample(ids, min(4, len(ids)))
            ),
            outcome=Outcome.ADOPTED,
            decide=(DecideNote(step=DecideStep.DEFINE_PROBLEM, text="Le problème posé."),),
        )
        for i in range(counts["records"])
    )
    convention = Convention(
        name=f"Convention synthétique {size}",
        form=Form.PARTNERSHIP,
        partners=partners,
        carriers=tuple(ids[:3]),
        period=Period(start=START, end=dt.date(2027, 12, 31)),
        objectives=objectives,
        needs=needs,
        roles=(Role(id="coordination", kind=RoleKind.COORDINATOR, holders=(ids[0],)),),
        tasks=tasks,
        contributions=contributions,
        governing_bodies=(
            GoverningBody(
                id="copil",
                name="Comité de pilotage",
                members=tuple(ids),
                meetings=Recurrence(rule="FREQ=MONTHLY;BYDAY=1TU"),
            ),
        ),
        decision_rules=(
            DecisionRule(
                id="majorite",
                mode=DecisionMode.MAJORITY,
                body="copil",
                quorum=Fraction(1, 2),
                threshold=Fraction(2, 3),
            ),
        ),
        conflict_procedure=ConflictProcedure(
            steps=(EscalationStep(action=EscalationAction.MEDIATION, time_limit_days=30),)
        ),
        timeline=Timeline(steps=tuple(steps)),
        evaluation=EvaluationPlan(
            moments=(
                EvaluationMoment(
                    id="eval",
                    title="Évaluation",
                    date=dt.date(2027, 12, 1),
                    indicators=tuple(i.id for o in objectives for i in o.indicators),
                ),
            )
        ),
        communication=CommunicationPlan(
            actions=tuple(
                CommunicationAction(id=f"com-{a.value}", audience=a, owner=ids[0])
                for a in Audience
            )
        ),
    )
    return Dossier(convention=convention, minutes=records)
