"""The geometry of the report's two SVG charts, worked out on the server so the page needs no
script: per team, the weekly share of first contacts within target as bars; for the range, the
funnel as horizontal bars. The template (admissions/inbox/report.html) draws what these return;
the same figures are in the tables below each chart."""

from dataclasses import dataclass

from admissions.report_figures import Funnel, TeamReport

BAR_AREA = 100  # height of a full (100%) bar, in SVG units
WEEK_WIDTH = 24  # one week's slot; the bar leaves a gap of a quarter
TOP, BOTTOM, LEFT = 18, 24, 36  # room for value labels above, week labels below, the axis left
FUNNEL_WIDTH, FUNNEL_ROW, FUNNEL_LABEL = 360, 26, 170


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    value: str  # the figure written beside or above the bar
    label: str  # the week or stage it stands for

    @property
    def centre(self) -> int:
        return self.x + self.width // 2

    @property
    def end(self) -> int:
        return self.x + self.width


def share_chart(team: TeamReport) -> dict:
    """Bars of the share within target per week (0 to 100%); a week with no outcome yet has no
    bar and a dash. Week labels every fourth week when there are many."""
    every = 1 if len(team.weeks) <= 13 else 4
    bars = []
    for n, (start, figures) in enumerate(team.weeks):
        share = figures.share
        height = round(BAR_AREA * share) if share is not None else 0
        bars.append(
            Bar(
                x=LEFT + n * WEEK_WIDTH + WEEK_WIDTH // 8,
                y=TOP + BAR_AREA - height,
                width=WEEK_WIDTH * 3 // 4,
                height=height,
                value=f"{share:.0%}" if share is not None else "–",
                label=f"{start:%-m/%-d}" if n % every == 0 else "",
            )
        )
    width = LEFT + len(team.weeks) * WEEK_WIDTH + 8
    return {
        "bars": bars,
        "width": width,
        "height": TOP + BAR_AREA + BOTTOM,
        "axis_x": LEFT - 4,
        "full_y": TOP,
        "zero_y": TOP + BAR_AREA,
        "label_y": TOP + BAR_AREA + 16,
        "show_values": len(team.weeks) <= 13,  # past a quarter the labels would overlap
    }


def funnel_chart(funnel: Funnel) -> dict:
    """One horizontal bar per stage and outcome, as long as its share of those received."""
    rows = [
        ("Received", funnel.received),
        ("Reached", funnel.reached),
        ("Assessment scheduled", funnel.scheduled),
        ("Admitted", funnel.admitted),
        ("Referred elsewhere", funnel.referred),
        ("Unreachable", funnel.unreachable),
    ]
    bars = [
        Bar(
            x=FUNNEL_LABEL,
            y=n * FUNNEL_ROW + 4,
            width=round(FUNNEL_WIDTH * count / funnel.received) if funnel.received else 0,
            height=FUNNEL_ROW - 8,
            value=str(count),
            label=label,
        )
        for n, (label, count) in enumerate(rows)
    ]
    return {
        "bars": bars,
        "width": FUNNEL_LABEL + FUNNEL_WIDTH + 60,
        "height": len(rows) * FUNNEL_ROW,
        "label_x": FUNNEL_LABEL - 8,
        "text_dy": FUNNEL_ROW // 2,  # from a bar's top to its text's baseline
    }
