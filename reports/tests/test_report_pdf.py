"""The PDF reads right in Russian and Georgian, with the key figures; a chart drawn to PNG shows its bars."""

from pathlib import Path

import pytest
from django.utils import translation
from PIL import Image
from weasyprint import HTML

from reports.charts import COLOURS, pareto_chart
from reports.exports.files import report_file
from reports.period import month_parse
from reports.selectors.scope import Scope

from .pdf_text import pdf_page_png, pdf_text

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "reports"


def november_pdf(language: str) -> bytes:
    with translation.override(language):
        return report_file(scope=Scope(period=month_parse("2026-11", "Asia/Tbilisi")), file_format="pdf").content


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "title", "loyal", "mark"), [
    ("ru", "Ноябрь 2026", "Лояльны после жалобы", ","),
    ("ka", "ნოემბერი 2026", "ლოიალური საჩივრის შემდეგ", "."),  # Django's Georgian format: a decimal point
])
def test_the_pdf_carries_the_key_figures_in_the_readers_language(month, tmp_path, language, title, loyal, mark):
    # when
    text = pdf_text(november_pdf(language), tmp_path)
    flat = " ".join(text.split())
    # then
    assert title in flat
    assert loyal in flat
    assert f"75{mark}0 %" in flat  # on time: 3 of 4; loyal: 3 of 4
    assert f"50{mark}0 %" in flat  # satisfied: 2 of 4
    assert f"21{mark}0" in flat and f"35{mark}4" in flat  # working hours to the solution: median and p90
    assert f"80{mark}00" in flat  # remedies' value
    assert month.c4.tracking_number in flat  # the delay and its reason
    assert "Ждём ответа поставщика" in flat


def test_a_pareto_chart_draws_to_png_with_its_bars():
    # given
    svg = pareto_chart(labels=["Доставка", "მიწოდება", "Billing"], counts=[30, 12, 5], cumulative=[0.64, 0.89, 1.0],
                       title="Pareto", count_name="Жалобы", cumulative_name="Cumulative")
    # when: the same SVG WeasyPrint puts into the report, drawn to a PNG
    pdf = HTML(string=f'<html><body style="font-family: DejaVu Sans">{svg}</body></html>').write_pdf()
    png = pdf_page_png(pdf, ARTIFACTS, "pareto-chart")
    # then: the bars' blue and the cumulative line's orange are on the page
    colours = {colour for _count, colour in Image.open(png).convert("RGB").getcolors(maxcolors=1_000_000)}
    wanted = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in COLOURS[:2]]
    assert all(colour in colours for colour in wanted)
