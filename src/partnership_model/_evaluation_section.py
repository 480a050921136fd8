"""The evaluation reports and measurements of a rendered dossier. Private to
:mod:`partnership_model.render`."""

from __future__ import annotations

from partnership_model._markdown import MarkdownPage, cell, escape, table
from partnership_model._wording import NOT_SAID, amount, day, short
from partnership_model.dossier import Dossier, in_force_by_day
from partnership_model.evaluation import Measurement
from partnership_model.objectives import Indicator
from partnership_model.text import blank

__all__ = ["evaluation_results_section"]


def evaluation_results_section(page: MarkdownPage, dossier: Dossier) -> list[str]:
    """The evaluation reports and the measurements of a dossier, each measurement next to
    the target in force on its day: an indicator readjusted by an amendment keeps its id,
    and what was measured before is read against the target of its time."""
    blocks: list[str] = []
    text_on = in_force_by_day(dossier)
    indicators_of: dict[int, dict[str, Indicator]] = {}

    def indicator(measurement: Measurement) -> Indicator | None:
        text = text_on(measurement.date)
        if id(text) not in indicators_of:
            indicators_of[id(text)] = {
                one.id: one for objective in text.objectives for one in objective.indicators
            }
        return indicators_of[id(text)].get(measurement.indicator)

    measured = {measurement.id: measurement for measurement in dossier.measurements}

    def value(measurement: Measurement) -> str:
        known = indicator(measurement)
        unit = measurement.unit or (known.unit if known is not None else None)
        return amount(measurement.value) + ("" if blank(unit) else f" {cell(unit)}")

    if dossier.evaluation_reports:
        blocks.append(page.heading(3, "document.evaluation-reports"))
        moments = {moment.id: moment.title for moment in page.convention.evaluation.moments}
        for report in dossier.evaluation_reports:
            moment = report.moment
            named = moments.get(moment, moment) if moment is not None else None
            title = page.say(
                "document.report-title",
                moment=escape(short(named)) if named else NOT_SAID,
                day=day(report.date),
            )
            parts = [f"#### {title}"]
            if not blank(report.summary):
                parts.append(escape(report.summary))
            considered = [
                f"{page.named(page.indicators, [m.indicator])}{page.say('summary.separator')}"
                f"{value(m)} ({day(m.date)})"
                if (m := measured.get(key)) is not None
                else escape(short(key))
                for key in report.measurements
            ]
            if considered:
                parts.append(
                    f"{page.say('document.report-measured')}{page.say('summary.separator')}"
                    + "; ".join(considered)
                )
            if report.readjustments:
                said = page.say("document.readjustments") + page.say("summary.separator")
                parts.append(said.rstrip())
                parts.append("\n".join(f"- {escape(said)}" for said in report.readjustments))
            blocks.extend(parts)
    if dossier.measurements:
        blocks.append(page.heading(3, "document.measurements"))
        header = page.header(
            "document.indicator",
            "document.date",
            "document.measured",
            "document.target-that-day",
            "document.source",
        )
        rows = []
        for measurement in dossier.measurements:
            known = indicator(measurement)
            target = None if known is None else known.target
            unit = None if known is None else known.unit
            rows.append(
                [
                    page.named(page.indicators, [measurement.indicator]),
                    day(measurement.date),
                    value(measurement),
                    NOT_SAID
                    if target is None
                    else amount(target) + ("" if blank(unit) else f" {cell(unit)}"),
                    cell(measurement.source),
                ]
            )
        blocks.append(table(header, rows))
    return blocks
