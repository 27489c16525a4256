"""The workbook's Summary sheet read back as a project manager's spreadsheet would show it:
the chosen language, the JSON report's numbers, percent formats, the diverging chart."""

from __future__ import annotations

import json
import re
import zipfile

import openpyxl
import pytest
from builtin_items import AGREEMENT

from feedback_app.domain.questionnaire import CANNOT_SAY, pick
from feedback_app.domain.sessions import SessionDraft
from feedback_app.reports import agreement_colours
from feedback_app.reports.aggregate import report
from feedback_app.reports.codebook import CODEBOOK_COLUMNS
from feedback_app.reports.export_rows import FIXED_COLUMNS
from feedback_app.reports.report_json import render_json
from feedback_app.reports.xlsx_export import export_xlsx
from feedback_app.store.aggregates import Filters
from feedback_app.ui.review import palette

HEADINGS = {
    "fi": [
        "Kysymys",
        "n",
        "Keskiarvo",
        "Keskihajonta",
        "Mediaani",
        "Kaksi ylintä",
        "95 %:n luottamusväli, alaraja",
        "95 %:n luottamusväli, yläraja",
        "Kaksi alinta",
        "En osaa sanoa",
        "Ei vastausta",
    ],
    "sv": [
        "Fråga",
        "n",
        "Medelvärde",
        "Standardavvikelse",
        "Median",
        "Två högsta",
        "95 % KI, nedre gräns",
        "95 % KI, övre gräns",
        "Två lägsta",
        "Kan inte säga",
        "Inget svar",
    ],
    "en": [
        "Question",
        "n",
        "Mean",
        "Standard deviation",
        "Median",
        "Top two",
        "95 % interval, lower end",
        "95 % interval, upper end",
        "Bottom two",
        "Cannot say",
        "No answer",
    ],
}
TITLES = {
    "fi": "Palaute koulutuksesta – yhteenveto",
    "sv": "Respons på utbildningen – sammanfattning",
    "en": "Training feedback – summary",
}
WITHHELD = {"fi": "alle 5 vastausta", "sv": "färre än 5 svar", "en": "fewer than 5 responses"}
SCALE_LABELS = {
    "fi": ["Täysin eri mieltä", "Jokseenkin eri mieltä", "Ei samaa eikä eri mieltä"],
    "sv": ["Helt av annan åsikt", "Delvis av annan åsikt", "Varken av samma eller annan åsikt"],
    "en": ["Strongly disagree", "Disagree", "Neither agree nor disagree"],
}
LANGUAGES = ("fi", "sv", "en")
PERCENT = '0.0" "%'


def fill(store, sizes: dict[str, int]) -> None:
    """Completed responses to the built-in questionnaire, one session per organisation, every
    scale point and "cannot say" among the answers."""
    q = store.questionnaires.latest("ihme-feedback")
    answers = [1, 2, 3, 4, 5, CANNOT_SAY, 4, 5, 5]
    for organisation, n in sizes.items():
        draft = SessionDraft(title="Kurssi", session_date="2026-02-02", organisation=organisation)
        session = store.sessions.create(draft, q.id, q.version)
        for i in range(n):
            given = {item: answers[(i + k) % len(answers)] for k, item in enumerate(AGREEMENT)}
            given["overall"] = 1 + i % 5
            store.responses.submit(session.id, q, "fi", given)


def summary_cells(path) -> list[list]:
    book = openpyxl.load_workbook(path)
    return [list(row) for row in book["Summary"].iter_rows()]


def values(cells: list[list]) -> list[list]:
    return [[cell.value for cell in row] for row in cells]


def table(cells: list[list], heading: str) -> tuple[list[str], list[list]]:
    """The header and the rows under the first header row that starts with ``heading``, up
    to the first without n (a figure, or the words of a withheld group)."""
    rows = values(cells)
    start = next(i for i, row in enumerate(rows) if row[0] == heading)
    header = [h for h in rows[start] if h is not None]
    n = header.index("n")
    body = []
    for cell_row in cells[start + 1 :]:
        if cell_row[n].value is None:
            break
        body.append(cell_row)
    return header, body


def questionnaire(store):
    return store.questionnaires.latest("ihme-feedback")


@pytest.mark.parametrize("language", LANGUAGES)
def test_summary_reads_in_the_chosen_language(store, tmp_path, language):
    fill(store, {"Lapin poliisilaitos": 9})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language=language)
    cells = summary_cells(target)
    rows = values(cells)
    assert rows[0][0] == TITLES[language]
    header, body = table(cells, HEADINGS[language][0])
    assert header == HEADINGS[language]
    q = questionnaire(store)
    texts = [pick(question.text, language) for question in q.questions if question.type != "text"]
    assert [row[0].value for row in body] == texts[: len(body)]
    ids = {question.id for question in q.questions}
    everything = [v for row in rows for v in row if isinstance(v, str)]
    assert not ids & set(everything)
    assert not any(re.search(r"_pct|top2|bottom2|question_id", v) for v in everything)


@pytest.mark.parametrize("language", LANGUAGES)
def test_summary_numbers_are_the_json_reports(store, tmp_path, language):
    fill(store, {"Lapin poliisilaitos": 9, "Oulun poliisilaitos": 4})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language=language)
    expected = json.loads(render_json(report(store, Filters(), "none", 5), language))
    by_text = {row["question"]: row for row in expected if row["type"] in ("likert", "rating")}
    header, body = table(summary_cells(target), HEADINGS[language][0])
    assert len(body) == len(by_text) == len(AGREEMENT) + 1
    column = {key: header.index(name) for key, name in zip(KEYS, header, strict=True)}
    for cells in body:
        want = by_text[cells[0].value]
        got = {key: cells[index].value for key, index in column.items()}
        assert got["n"] == want["n"]
        assert (got["mean"], got["sd"], got["median"]) == (want["mean"], want["sd"], want["median"])
        for key, name in (("top2", "top2_pct"), ("bottom2", "bottom2_pct")):
            assert round(got[key] * 100, 1) == want[name]
        assert [round(got["ci_low"] * 100, 1), round(got["ci_high"] * 100, 1)] == want["top2_ci"]
        if want["type"] == "likert":
            assert got["cannot_say"] == want["n_cannot_say"]
            assert got["no_answer"] == want["n_missing"] - want["n_cannot_say"]
        else:  # the rating offers no "cannot say": the cell stays empty, not 0
            assert got["cannot_say"] is None
        for key in ("top2", "bottom2", "ci_low", "ci_high"):
            assert cells[column[key]].number_format == PERCENT
        for key in ("mean", "sd", "median"):
            assert cells[column[key]].number_format == "0.00"
    assert all(row["n_cannot_say"] for row in expected if row["type"] == "likert")


KEYS = ("question", "n", "mean", "sd", "median", "top2", "ci_low", "ci_high", "bottom2")
KEYS += ("cannot_say", "no_answer")


@pytest.mark.parametrize("language", LANGUAGES)
def test_withheld_groups_are_named_in_words_without_figures(store, tmp_path, language):
    fill(store, {"Lapin poliisilaitos": 6, "Oulun poliisilaitos": 4})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, group_by="organisation", language=language)
    cells = summary_cells(target)
    rows = values(cells)
    start = next(i for i, row in enumerate(rows) if row[0] == HEADINGS[language][0])
    assert rows[start][1] == {"fi": "Ryhmä", "sv": "Grupp", "en": "Group"}[language]
    oulu = [row for row in rows[start + 1 :] if row[1] == "Oulun poliisilaitos"]
    lapland = [row for row in rows[start + 1 :] if row[1] == "Lapin poliisilaitos"]
    assert len(oulu) == len(lapland) == len(AGREEMENT) + 1
    for row in oulu:
        assert row[2] == WITHHELD[language]
        assert all(value is None for value in row[3:])  # no number of the small group
    assert all(isinstance(row[2], int) and isinstance(row[3], int | float) for row in lapland)


def chart_xml(path, number: int) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/charts/chart{number}.xml").decode("utf-8")


def series(xml: str) -> list[dict]:
    found = []
    for body in re.findall(r"<c:ser>(.*?)</c:ser>", xml, re.S):
        found.append(
            {
                "name": re.search(r"<c:tx>.*?<c:v>(.*?)</c:v>", body, re.S).group(1),
                "colour": re.search(r'<a:solidFill><a:srgbClr val="(\w+)"', body).group(1),
                "categories": re.search(r"<c:cat>.*?<c:f>(.*?)</c:f>", body, re.S).group(1),
                "values": re.search(r"<c:val>.*?<c:f>(.*?)</c:f>", body, re.S).group(1),
            }
        )
    return found


def cell_range(reference: str) -> tuple[str, int, int]:
    sheet, column, first, _, last = re.fullmatch(
        r"(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)", reference
    ).groups()
    return column, int(first), int(last)


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_is_diverging_in_the_windows_colours(store, tmp_path, language):
    fill(store, {"Lapin poliisilaitos": 9})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language=language)
    xml = chart_xml(target, 1)
    assert '<c:barDir val="bar"/>' in xml and '<c:grouping val="stacked"/>' in xml
    assert '<c:overlap val="100"/>' in xml
    assert "plotVisOnly" not in xml  # hidden cells plotted: its series are in hidden columns
    plotted = series(xml)
    colours = [c.lstrip("#").upper() for c in palette.scale_colours(5)]
    # from the neutral half outwards on each side, the legend's own series between
    assert [s["colour"] for s in plotted] == [
        colours[2],
        colours[1],
        colours[0],
        *colours,
        colours[2],
        colours[3],
        colours[4],
    ]
    legend = [s["name"] for s in plotted[3:8]]
    assert legend[:3] == SCALE_LABELS[language]
    deleted = [int(i) for i in re.findall(r"<c:legendEntry><c:idx val=\"(\d+)\"/><c:delete", xml)]
    assert sorted(deleted) == [0, 1, 2, 8, 9, 10]  # both ends: Excel and LibreOffice agree
    book = openpyxl.load_workbook(target)
    sheet = book["Summary"]
    column, first, last = cell_range(plotted[0]["categories"])
    labels = [" ".join(sheet[f"{column}{r}"].value.split()) for r in range(first, last + 1)]
    q = questionnaire(store)
    assert labels == [pick(q.question(item).text, language) for item in AGREEMENT]
    assert all(s["categories"] == plotted[0]["categories"] for s in plotted)
    expected = {r["question_id"]: r for r in map(lambda r: r.to_dict(), report(store, Filters()))}
    for k, item in enumerate(AGREEMENT):
        row = first + k
        shares = [sheet[f"{cell_range(s['values'])[0]}{row}"].value for s in plotted]
        left, right = shares[:3], shares[8:]
        assert all(v is None for v in shares[3:8])  # the legend's series draw nothing
        assert all(v <= 0 for v in left) and all(v >= 0 for v in right)
        assert left[0] == -right[0]  # the neutral point, half to each side
        counts = expected[item]["counts"]
        assert round((right[1] + right[2]) * 100, 1) == pytest.approx(
            100 * (counts["4"] + counts["5"]) / expected[item]["n"], abs=0.11
        )
    axis = re.search(r"<c:valAx>.*?</c:valAx>", xml, re.S).group(0)
    assert 'formatCode="0&quot; &quot;%;0&quot; &quot;%"' in axis  # no minus on the left


def test_cannot_say_has_a_chart_of_its_own_on_the_same_rows(store, tmp_path):
    fill(store, {"Lapin poliisilaitos": 9})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language="fi")
    main, side = series(chart_xml(target, 1)), series(chart_xml(target, 2))
    assert len(side) == 1
    assert side[0]["name"] == "En osaa sanoa"
    assert side[0]["colour"] == palette.CANNOT_SAY.lstrip("#").upper()
    assert side[0]["categories"] == main[0]["categories"]
    sheet = openpyxl.load_workbook(target)["Summary"]
    column, first, last = cell_range(side[0]["values"])
    expected = {r.question_id: r.stats for r in report(store, Filters())}
    for k, item in enumerate(AGREEMENT):
        stats = expected[item]
        share = sheet[f"{column}{first + k}"].value
        assert share == pytest.approx(stats.n_cannot_say / (stats.n + stats.n_missing), abs=5e-4)
        assert sheet[f"{column}{first + k}"].number_format == PERCENT


def test_distribution_table_headings_carry_the_bar_colours(store, tmp_path):
    fill(store, {"Lapin poliisilaitos": 9})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language="sv")
    cells = summary_cells(target)
    rows = values(cells)
    start = next(i for i, row in enumerate(rows) if row[0] == "Svarsfördelning per påstående")
    header = cells[start + 1]
    assert [c.value for c in header[1:4]] == SCALE_LABELS["sv"]
    fills = [c.fill.fgColor.rgb[-6:] for c in header[1:6]]
    assert fills == [c.lstrip("#").upper() for c in palette.scale_colours(5)]
    first = cells[start + 2]
    assert first[1].number_format == PERCENT
    shares = [c.value for c in first[1:6]]
    assert sum(shares) == pytest.approx(1, abs=0.003)


def test_heading_names_the_selection_and_its_size(store, tmp_path):
    fill(store, {"Lapin poliisilaitos": 6, "Oulun poliisilaitos": 5})
    target = tmp_path / "out.xlsx"
    filters = Filters(organisations=("Lapin poliisilaitos",), date_from="2026-01-01")
    export_xlsx(store, filters, target, language="fi")
    rows = values(summary_cells(target))
    facts = {row[0]: row[1] for row in rows[1:8] if row[0]}
    assert facts["Valmiita vastauksia"] == 6
    assert facts["Koulutuksia"] == 1
    assert facts["Koulutusten päivämäärät"] == "2.2.2026"
    assert facts["Organisaatio"] == "Lapin poliisilaitos"
    assert facts["Päivämäärät"] == "1.1.2026 alkaen"
    export_xlsx(store, Filters(), target, language="en", force=True)
    facts = {row[0]: row[1] for row in values(summary_cells(target))[1:8] if row[0]}
    assert (facts["Completed responses"], facts["Selection"]) == (11, "All responses")


def test_responses_and_codebook_keep_machine_readable_names(store, tmp_path):
    fill(store, {"Lapin poliisilaitos": 6})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language="fi")
    book = openpyxl.load_workbook(target, read_only=True)
    responses = next(book["Responses"].iter_rows(values_only=True))
    assert list(responses) == [*FIXED_COLUMNS, *(q.id for q in questionnaire(store).questions)]
    codebook = next(book["Codebook"].iter_rows(values_only=True))
    assert list(codebook) == list(CODEBOOK_COLUMNS)


def test_the_workbook_palette_is_the_windows():
    for points in range(2, 12):
        assert agreement_colours.scale_colours(points) == palette.scale_colours(points)
        assert agreement_colours.neutral_index(points) == palette.neutral_index(points)
    assert agreement_colours.CANNOT_SAY == palette.CANNOT_SAY
    assert agreement_colours.GRID == palette.GRID
    assert agreement_colours.TEXT == palette.TEXT
    assert agreement_colours.NEUTRAL == palette.scale_colours(5)[2]


def test_text_from_the_data_never_reads_as_a_formula(store, tmp_path):
    from export_samples import fill as fill_samples

    fill_samples(store)  # a session titled =HYPERLINK(...), a 0-10 rating with NPS
    store.settings.set("minimum_group_size", 2)
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, group_by="session", language="en")
    cells = summary_cells(target)
    rows = values(cells)
    groups = {row[1] for row in rows if isinstance(row[1], str) and "HYPERLINK" in row[1]}
    assert groups == {'2 Mar 2026 =HYPERLINK("http://x")'}  # the date first: no formula start
    header, body = table(cells, "Question")
    nps = header.index("NPS")
    scores = [row[nps] for row in body if row[0].value.startswith("Score?")]
    assert scores and all(cell.number_format == "0.0" for cell in scores)
    q = store.questionnaires.latest("export-test")
    draft = SessionDraft(title="@x", session_date="2026-05-05", organisation="=1+1")
    session = store.sessions.create(draft, q.id, q.version)
    for value in (4, 5):
        store.responses.submit(session.id, q, "en", {"clear": value})
    filters = Filters(organisations=("=1+1",))
    export_xlsx(store, filters, target, group_by="organisation", language="en", force=True)
    rows = values(summary_cells(target))
    assert ["Organisation", "'=1+1"] in [row[:2] for row in rows[:8]]  # the selection
    assert "'=1+1" in {row[1] for row in rows}  # the group
    assert not any(str(v)[:1] in "=+-@" for row in rows for v in row if isinstance(v, str))
