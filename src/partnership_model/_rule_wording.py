"""What a decision rule says beyond its majority, in sentences: the data sheet and the
agreement to sign say it alike, each through its own quoting of names."""

from __future__ import annotations

from partnership_model._wording import Wording, capitalised
from partnership_model.decision_making import (
    Attendance,
    DecisionMode,
    DecisionRule,
    Rounding,
    TieBreak,
    VetoHolders,
)

__all__ = ["rule_details"]


def rule_details(page: Wording, rule: DecisionRule) -> list[str]:
    """What a rule says beyond its majority, each in a sentence: who does not vote, the
    votes some carry, whom the quorum counts, rounding, ties, the veto, proxies and a
    written procedure."""
    separator = page.say("summary.separator")
    said = []
    if rule.excluded:
        said.append(
            f"{page.say('document.excluded')}{separator}{page.partner_list(rule.excluded)}."
        )
    if rule.weights:
        carried = ", ".join(
            f"{page.partner(weight.partner)} {weight.votes}" for weight in rule.weights
        )
        said.append(page.say("document.weights", weights=carried) + ".")
    has_quorum = rule.quorum is not None or rule.minimum_present is not None
    if has_quorum and (
        rule.proxies is not None or rule.quorum_by_weight or not rule.abstentions_in_quorum
    ):
        attendance = rule.attendance if rule.proxies is not None else Attendance.PRESENT
        said.append(
            page.say(
                "document.quorum-counts",
                attendance=attendance.label(page.language),
                weight=page.say("document.quorum-by-weight") if rule.quorum_by_weight else "",
                abstentions=""
                if rule.abstentions_in_quorum
                else page.say("document.quorum-without-abstentions"),
            )
        )
    # Rounding up and a tie that changes nothing are what a reader assumes: said only
    # when the rule departs from them.
    if rule.rounding is not Rounding.UP:
        said.append(page.say("document.rounding", rounding=rule.rounding.label(page.language)))
    if rule.mode is DecisionMode.MAJORITY and rule.tie_break is not TieBreak.STATUS_QUO:
        said.append(capitalised(rule.tie_break.label(page.language)) + ".")
    if rule.veto is not None:
        veto = rule.veto
        holders = (
            page.partner_list(veto.partners)
            if veto.holders is VetoHolders.LISTED
            else veto.holders.label(page.language)
        )
        topics = ", ".join(topic.label(page.language) for topic in veto.topics)
        said.append(
            page.say(
                "document.veto",
                holders=holders,
                topics=page.say("document.veto-topics", topics=topics) if topics else "",
                grounds=page.say("document.veto-grounds") if veto.grounds_required else "",
            )
        )
    if rule.proxies is not None:
        proxies = rule.proxies
        most = proxies.most_per_holder
        said.append(
            page.say(
                "document.proxies",
                most="" if most is None else page.say("document.proxies-most", count=most),
                holder=page.say("document.proxies-holder-present")
                if proxies.holder_must_be_present
                else "",
                own=page.say("document.proxies-own-vote") if proxies.own_vote_overrides else "",
            )
        )
    if rule.written is not None:
        said.append(
            page.say(
                "document.written-procedure",
                days=rule.written.days,
                unanimity=page.say("document.written-unanimity") if rule.written.unanimity else "",
            )
        )
    return said
