"""A year of decisions of a general assembly, counted under the convention's rules.

Five Brussels associations run a shared social grocery. Their general assembly decides
under one rule written as consortium agreements write it: a quorum of two thirds of the
members present or represented, two thirds of the votes cast, one proxy at most per
member present, a veto with grounds for the partner whose own budget a decision changes,
the chair's casting vote on a tie, and decisions in writing, by unanimity, within ten
days. The minutes hold one decision adopted, one without quorum, one vetoed on its
grounds, one tie the chair broke, and one written procedure; a conflict over the shared
van climbed from talks to mediation.

Run it to see each tally: ``python examples/general_assembly.py [fr|en|nl]``, or
``partnership-model tally examples/general-assembly.json --lang en``.
"""

from __future__ import annotations

import datetime as dt
import sys
from fractions import Fraction

from partnership_model import (
    Ballot,
    Choice,
    ConflictProcedure,
    ConflictRecord,
    ConflictStep,
    Convention,
    DecisionMode,
    DecisionRecord,
    DecisionRule,
    Dossier,
    EscalationAction,
    EscalationStep,
    Form,
    GoverningBody,
    Outcome,
    Partner,
    Proxy,
    ProxyRule,
    TieBreak,
    Topic,
    Veto,
    VetoHolders,
    WrittenProcedure,
    tally,
)

MEMBERS = ("epicerie", "pont", "entraide", "fourneaux", "cpas")
FOR, AGAINST, ABSTAIN = Choice.FOR, Choice.AGAINST, Choice.ABSTAIN


def ballots(*votes: tuple[str, Choice]) -> tuple[Ballot, ...]:
    return tuple(Ballot(partner=partner, choice=choice) for partner, choice in votes)


def build_dossier() -> Dossier:
    """The grocery's convention with a year of minutes and one conflict."""
    convention = Convention(
        name="Épicerie sociale partagée de Molenbeek",
        form=Form.PARTNERSHIP,
        partners=(
            Partner(id="epicerie", name="Épicerie sociale Le Panier ASBL"),
            Partner(id="pont", name="Le Pont de Laeken ASBL"),
            Partner(id="entraide", name="Entraide Bockstael ASBL"),
            Partner(id="fourneaux", name="Les Fourneaux Solidaires ASBL"),
            Partner(id="cpas", name="CPAS de Molenbeek (antenne sociale)"),
        ),
        carriers=MEMBERS,
        governing_bodies=(
            GoverningBody(id="ag", name="Assemblée générale", members=MEMBERS, chair="epicerie"),
        ),
        decision_rules=(
            DecisionRule(
                id="rule-ag",
                mode=DecisionMode.MAJORITY,
                body="ag",
                quorum=Fraction(2, 3),
                threshold=Fraction(2, 3),
                tie_break=TieBreak.CHAIR,
                proxies=ProxyRule(most_per_holder=1),
                veto=Veto(holders=VetoHolders.CONCERNED_PARTNER, topics=(Topic.BUDGET,)),
                written=WrittenProcedure(days=10),
            ),
        ),
        conflict_procedure=ConflictProcedure(
            steps=(
                EscalationStep(action=EscalationAction.BILATERAL_TALK, time_limit_days=15),
                EscalationStep(action=EscalationAction.GOVERNING_BODY, time_limit_days=30),
                EscalationStep(action=EscalationAction.MEDIATION, handled_by="Médiateur agréé"),
            )
        ),
    )
    minutes = (
        DecisionRecord(
            id="ag-01",
            date=dt.date(2027, 1, 19),
            title="Horaires d'ouverture",
            topic=Topic.PLANNING,
            body="ag",
            present=("epicerie", "pont", "entraide", "cpas"),
            represented=(Proxy(principal="fourneaux", holder="pont"),),
            ballots=(
                *ballots(("epicerie", FOR), ("pont", FOR), ("entraide", FOR), ("cpas", ABSTAIN)),
                Ballot(partner="fourneaux", choice=FOR, holder="pont"),
            ),
            outcome=Outcome.ADOPTED,
            decision="Ouverture le mardi et le jeudi de 14 h à 18 h.",
        ),
        DecisionRecord(
            id="ag-02",
            date=dt.date(2027, 3, 16),
            title="Achat d'un congélateur",
            topic=Topic.BUDGET,
            body="ag",
            present=("epicerie", "pont", "entraide"),
            ballots=ballots(("epicerie", FOR), ("pont", FOR), ("entraide", FOR)),
            outcome=Outcome.POSTPONED,
            decision="Reporté à la prochaine assemblée, faute de quorum.",
        ),
        DecisionRecord(
            id="ag-03",
            date=dt.date(2027, 4, 20),
            title="Part des Fourneaux dans le loyer",
            topic=Topic.BUDGET,
            body="ag",
            present=MEMBERS,
            concerned=("fourneaux",),
            ballots=(
                *ballots(("epicerie", FOR), ("pont", FOR), ("entraide", FOR), ("cpas", FOR)),
                Ballot(
                    partner="fourneaux",
                    choice=AGAINST,
                    veto=True,
                    grounds="Notre subside ne couvre pas un loyer.",
                ),
            ),
            outcome=Outcome.REJECTED,
        ),
        DecisionRecord(
            id="ag-04",
            date=dt.date(2027, 6, 15),
            title="Ouverture le samedi",
            topic=Topic.PLANNING,
            body="ag",
            present=("epicerie", "pont", "entraide", "fourneaux"),
            ballots=ballots(
                ("epicerie", FOR), ("pont", FOR), ("entraide", AGAINST), ("fourneaux", AGAINST)
            ),
            outcome=Outcome.ADOPTED,
            decision="Ouverture le samedi matin, à l'essai jusqu'en décembre.",
        ),
        DecisionRecord(
            id="ag-05",
            date=dt.date(2027, 9, 6),
            title="Adhésion au réseau des épiceries sociales",
            topic=Topic.PARTNERS,
            body="ag",
            written=True,
            closes_on=dt.date(2027, 9, 16),
            ballots=tuple(
                Ballot(partner=partner, choice=FOR, cast_on=dt.date(2027, 9, 10))
                for partner in MEMBERS
            ),
            outcome=Outcome.ADOPTED,
        ),
    )
    van = ConflictRecord(
        id="conflit-camionnette",
        opened_on=dt.date(2027, 5, 3),
        parties=("pont", "entraide"),
        subject="Usage de la camionnette partagée",
        steps=(
            ConflictStep(
                step=1,
                started_on=dt.date(2027, 5, 3),
                ended_on=dt.date(2027, 5, 17),
                result="Pas d'accord sur le planning.",
            ),
            ConflictStep(
                step=2,
                started_on=dt.date(2027, 5, 18),
                ended_on=dt.date(2027, 6, 15),
                result="L'assemblée renvoie à la médiation.",
            ),
            ConflictStep(step=3, started_on=dt.date(2027, 6, 21)),
        ),
    )
    return Dossier(convention=convention, minutes=minutes, conflicts=(van,))


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else "fr"
    dossier = build_dossier()
    for record in dossier.minutes:
        print(f"{record.id}: {tally(record, dossier).explain(language)}")
