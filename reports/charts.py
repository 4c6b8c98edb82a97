"""Charts as SVG text, drawn on the server: the same drawing goes into the pages and the PDF. Pure, no ORM.

Labels are escaped here; the result is safe to embed as is. Fonts are named explicitly
(DejaVu Sans covers Latin, Cyrillic and Georgian), so WeasyPrint and browsers draw the same.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

FONT = "DejaVu Sans, sans-serif"
COLOURS = ("#1f5f8b", "#d9822b", "#3a8d5c", "#b03a48", "#6b5b95")
WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 48, 24, 64


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # None: no data that month (a gap in the line)


def svg(body: list[str], *, title: str, width: int = WIDTH, height: int = HEIGHT) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label={quoteattr(title)} '
            f'font-family={quoteattr(FONT)} font-size="11"><title>{escape(title)}</title>{"".join(body)}</svg>')


def text(x: float, y: float, label: str, *, anchor: str = "middle", rotate: bool = False, fill: str = "#333") -> str:
    turn = f' transform="rotate(-40 {x:.1f} {y:.1f})"' if rotate else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{turn}>'
            f"{escape(label)}</text>")


def axes(*, plot_height: float, plot_width: float, ticks: Sequence[tuple[float, str]],
         right: Sequence[tuple[float, str]] = ()) -> list[str]:
    """Horizontal grid lines at fractions of the plot height, labelled on the left (and right)."""
    parts = []
    for fraction, label in ticks:
        y = TOP + plot_height * (1 - fraction)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_width}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(text(LEFT - 6, y + 4, label, anchor="end"))
    for fraction, label in right:
        y = TOP + plot_height * (1 - fraction)
        parts.append(text(LEFT + plot_width + 6, y + 4, label, anchor="start"))
    return parts


def percent_ticks() -> list[tuple[float, str]]:
    return [(f / 4, f"{f * 25}%") for f in range(5)]


def count_ticks(top: float) -> list[tuple[float, str]]:
    return [(f / 4, f"{round(top * f / 4):,}".replace(",", " ")) for f in range(5)]


def nice_top(value: float) -> float:
    """A round number at least ``value``, for the top of a count axis."""
    if value <= 0:
        return 1
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if factor * step >= value:
            return factor * step
    return 10 * step


def legend(names: Sequence[str], *, y: float) -> list[str]:
    parts, x = [], LEFT
    for index, name in enumerate(names):
        colour = COLOURS[index % len(COLOURS)]
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        parts.append(text(x + 14, y, name, anchor="start"))
        x += 24 + 7 * len(name)
    return parts


def line_chart(*, labels: Sequence[str], series: Sequence[Series], title: str, percent: bool = True) -> str:
    """One line per series over ``labels`` (months); shares 0..1 on a percent axis, or counts."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = 1.0 if percent else nice_top(max((v for s in series for v in s.values if v is not None), default=0))
    step = plot_width / max(len(labels) - 1, 1)
    body = axes(plot_height=plot_height, plot_width=plot_width, ticks=percent_ticks() if percent else count_ticks(top))
    for index, label in enumerate(labels):
        body.append(text(LEFT + index * step, TOP + plot_height + 16, label, rotate=len(labels) > 12))
    for number, line in enumerate(series):
        colour = COLOURS[number % len(COLOURS)]
        points = [(LEFT + i * step, TOP + plot_height * (1 - v / top)) for i, v in enumerate(line.values)
                  if v is not None]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            body.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        body += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>' for x, y in points]
    body += legend([s.name for s in series], y=HEIGHT - 8)
    return svg(body, title=title)


def stacked_bars(*, labels: Sequence[str], series: Sequence[Series], title: str) -> str:
    """Bars of shares that add up to 100 % (e.g. justified / partly / unjustified per month)."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_width / max(len(labels), 1)
    body = axes(plot_height=plot_height, plot_width=plot_width, ticks=percent_ticks())
    for index, label in enumerate(labels):
        x, bottom = LEFT + index * slot + slot * 0.15, TOP + plot_height
        for number, part in enumerate(series):
            value = part.values[index] or 0
            height = plot_height * value
            bottom -= height
            body.append(f'<rect x="{x:.1f}" y="{bottom:.1f}" width="{slot * 0.7:.1f}" height="{height:.1f}" '
                        f'fill="{COLOURS[number % len(COLOURS)]}"/>')
        body.append(text(x + slot * 0.35, TOP + plot_height + 16, label, rotate=len(labels) > 12))
    body += legend([s.name for s in series], y=HEIGHT - 8)
    return svg(body, title=title)


def pareto_chart(*, labels: Sequence[str], counts: Sequence[int], cumulative: Sequence[float], title: str,
                 count_name: str, cumulative_name: str) -> str:
    """Bars of counts, largest first, with the cumulative share as a line on a percent axis at the right."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = nice_top(max(counts, default=0))
    slot = plot_width / max(len(labels), 1)
    body = axes(plot_height=plot_height, plot_width=plot_width, ticks=count_ticks(top), right=percent_ticks())
    points = []
    for index, (label, count, share) in enumerate(zip(labels, counts, cumulative, strict=True)):
        x = LEFT + index * slot
        height = plot_height * count / top
        body.append(f'<rect x="{x + slot * 0.1:.1f}" y="{TOP + plot_height - height:.1f}" width="{slot * 0.8:.1f}" '
                    f'height="{height:.1f}" fill="{COLOURS[0]}"/>')
        short = label if len(label) <= 18 else label[:17] + "…"
        body.append(text(x + slot / 2, TOP + plot_height + 14, short, rotate=True, anchor="end"))
        points.append((x + slot / 2, TOP + plot_height * (1 - share)))
    if points:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" stroke="{COLOURS[1]}" stroke-width="2"/>')
        body += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{COLOURS[1]}"/>' for x, y in points]
    body += legend([count_name, cumulative_name], y=14)
    return svg(body, title=title, height=HEIGHT + 40)
