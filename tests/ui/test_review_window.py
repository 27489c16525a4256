"""The project manager's review window: its chart, table and trend show the numbers of
``feedback-app report --format json`` for the same filters, small groups are withheld in every
view, and everything follows the filters."""

from __future__ import annotations

import json
import random

import pytest
from builtin_items import AGREEMENT
from command_line import run_cli
from PySide6.QtCore import Qt
from ui_helpers import click

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.services import Services
from feedback_app.ui.i18n import Translations
from feedback_app.ui.review.window import ReviewWindow
from feedback_app.ui.widgets.numbers import count, decimal, percent

SESSIONS = (
    # title, date, organisation, audience, language, responses, expected
    ("Lappi A", "2026-01-15", "Lapin poliisilaitos", "police_officers", "fi", 12, 15),
    ("Oulu", "2026-02-10", "Oulun poliisilaitos", "border_guards", "sv", 8, None),
    ("Pieni", "2026-03-05", "Kainuun rajavartiosto", "border_guard_students", "fi", 3, None),
    ("Lappi B", "2026-04-20", "Lapin poliisilaitos", "police_officers", "en", 6, 10),
)
SMALL_COMMENT = "Pienen ryhmän oma kommentti"


def fill(services: Services) -> dict[str, str]:
    """The sessions above with varied answers; returns their ids by title."""
    rng = random.Random(7)
    ids = {}
    for title, day, organisation, audience, language, responses, expected in SESSIONS:
        session = services.sessions.create(
            SessionDraft(
                title=title,
                session_date=day,
                organisation=organisation,
                audience=audience,
                expected_participants=expected,
            )
        )
        ids[title] = session.id
        questionnaire = services.questionnaires.get(
            session.questionnaire_id, session.questionnaire_version
        )
        for number in range(responses):
            answers = {q: rng.choice([1, 2, 3, 4, 4, 5, 5, CANNOT_SAY]) for q in AGREEMENT}
            answers["overall"] = rng.randint(1, 5)
            if title == "Pieni":
                answers["most_useful"] = f"{SMALL_COMMENT} {number}"
            else:
                answers["most_useful"] = f"{title}: esimerkit {number}"
                answers["improve"] = "Pidempi tauko" if number % 2 else ""
            services.responses.submit(session.id, questionnaire, language, answers)
    return ids


@pytest.fixture
def sessions(data_dir):
    with Services(data_dir) as services:
        return fill(services)


@pytest.fixture
def english():
    """English texts, whatever translator an earlier test left installed (the newest
    installed translator is asked first)."""
    translations = Translations()
    translations.install("en")
    yield
    translations.uninstall()


@pytest.fixture
def window(qtbot, data_dir, sessions, english):
    services = Services(data_dir)
    review = ReviewWindow(services, "en")
    qtbot.addWidget(review)
    review.resize(1366, 768)
    review.show()
    settle(qtbot, review)
    yield review
    review.shutdown()
    services.close()


def settle(qtbot, review) -> None:
    qtbot.waitUntil(review.idle, timeout=15000)


def report(data_dir, *options: str) -> list[dict]:
    code, out, err = run_cli("--data-dir", str(data_dir), "report", "--format", "json", *options)
    assert code == 0, err
    return json.loads(out)


def likert(rows: list[dict], **group) -> list[dict]:
    return [r for r in rows if r["type"] == "likert" and r["group"] == group]


def assert_chart_is_the_report(review, rows: list[dict]) -> None:
    drawn = review.chart.drawn()
    expected = likert(rows)
    assert [d["label"].replace("\n", " ") for d in drawn] == [r["question"] for r in expected]
    for shown, row in zip(drawn, expected, strict=True):
        assert shown["n"] == row["n"]
        assert shown["withheld"] == row["suppressed"]
        if row["suppressed"] or not row["n"]:
            assert shown["shares"] is None
            continue
        assert shown["cannot_say"] == row["n_cannot_say"]
        shares = [100 * row["counts"][str(p)] / row["n"] for p in range(1, 6)]
        assert shown["shares"] == pytest.approx(shares)
        assert shown["side_label"] == f"n = {count(row['n'])}\ncannot say: {row['n_cannot_say']}"


def table_rows(review) -> dict[str, list[str]]:
    view = review.comparison
    return {
        view.cell(row, 0): [view.cell(row, c) for c in range(1, view.proxy.columnCount())]
        for row in range(view.proxy.rowCount())
    }


def expected_cells(rows: list[dict]) -> list[str]:
    cells = []
    for row in rows:
        cells += [
            decimal(row["mean"], 2, "en"),
            percent(row["top2_pct"], "en"),
            count(row["n"]),
        ]
    return cells


def assert_table_is_the_report(review, overall: list[dict], grouped: list[dict]) -> None:
    shown = table_rows(review)
    assert review.comparison.cell(0, 0) == "Overall"
    assert shown["Overall"] == expected_cells(likert(overall))
    organisations = sorted({r["group"]["organisation"] for r in grouped})
    assert sorted(shown) == sorted(["Overall", *organisations])
    for organisation in organisations:
        assert shown[organisation] == expected_cells(likert(grouped, organisation=organisation))


def assert_trend_is_the_report(review, monthly: list[dict], question: str = "interesting"):
    rows = {r["group"]["month"]: r for r in monthly if r["question_id"] == question}
    drawn = review.trend.drawn()
    assert [m for m, _n, _v in drawn if m in rows] == sorted(rows)
    for measure, key in (("mean", "mean"), ("top2", "top2_pct")):
        review.trend.measure.setCurrentIndex(review.trend.measure.findData(measure))
        for month, n, value in review.trend.drawn():
            row = rows.get(month)
            if row is None:  # a month nobody answered: a gap
                assert (n, value) == (0, None)
                continue
            assert n == row["n"]
            assert value == (None if row["suppressed"] else pytest.approx(row[key]))
    review.trend.measure.setCurrentIndex(0)


SETTINGS = {
    "everything": ({}, ()),
    "Lapland": (
        {"organisations": ("Lapin poliisilaitos",)},
        ("--organisation", "Lapin poliisilaitos"),
    ),
    "a small session": ({"sessions": ("Pieni",)}, ("--session", "Pieni")),
    "Swedish answers": ({"languages": ("sv",)}, ("--language", "sv")),
}


@pytest.mark.parametrize("setting", list(SETTINGS))
def test_chart_table_and_trend_show_the_numbers_of_the_json_report(
    qtbot, window, data_dir, sessions, setting
):
    choices, options = SETTINGS[setting]
    bar = window.filter_bar
    if "organisations" in choices:
        bar.organisations.choose(choices["organisations"])
    if "languages" in choices:
        bar.languages.choose(choices["languages"])
    if "sessions" in choices:
        options = ("--session", sessions["Pieni"])
        bar.sessions.choose((sessions["Pieni"],))
    settle(qtbot, window)
    assert_chart_is_the_report(window, report(data_dir, *options))
    assert_table_is_the_report(
        window,
        report(data_dir, *options),
        report(data_dir, *options, "--group-by", "organisation"),
    )
    assert_trend_is_the_report(window, report(data_dir, *options, "--group-by", "month"))


def test_the_comparison_by_audience_and_another_trend_item(qtbot, window, data_dir):
    view = window.comparison
    view.grouping.setCurrentIndex(view.grouping.findData("audience"))
    settle(qtbot, window)
    shown = table_rows(window)
    grouped = report(data_dir, "--group-by", "audience")
    assert set(shown) == {"Overall", "Police officers", "Border guards", "Border guard students"}
    assert shown["Border guards"] == expected_cells(likert(grouped, audience="border_guards"))
    item = window.trend.item_choice.findText("The training was practical.")
    window.trend.item_choice.setCurrentIndex(item)
    window.trend.item_choice.activated.emit(item)
    settle(qtbot, window)
    assert_trend_is_the_report(window, report(data_dir, "--group-by", "month"), "practical")


def test_sorting_keeps_the_overall_row_on_top_and_withheld_cells_last(qtbot, window):
    table = window.comparison.table
    column = window.comparison.model.column_of(
        ("ihme-feedback", "interesting", (1, 2, 3, 4, 5)), "mean"
    )
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.sortByColumn(column, order)
        labels = [window.comparison.cell(r, 0) for r in range(window.comparison.proxy.rowCount())]
        assert labels[0] == "Overall"
        assert labels[-1] == "Kainuun rajavartiosto"  # 3 responses: withheld, so last
        assert window.comparison.cell(len(labels) - 1, column) == "–"


def test_a_filter_change_updates_every_view(qtbot, window, data_dir):
    figures = window.figures
    assert figures.text("responses") == "29"
    assert figures.text("sessions") == "4"
    assert figures.text("period") == "15 Jan 2026–20 Apr 2026"
    assert figures.text("response_rate") == "72\u00a0%"  # 18 of the 25 expected
    months_before = [m for m, _n, _v in window.trend.drawn()]
    window.tabs.setCurrentWidget(window.comments)
    settle(qtbot, window)
    assert len(window.comments.comments()) == 29 + 13  # every most_useful, every other improve
    window.filter_bar.audiences.choose(("border_guards",))
    settle(qtbot, window)
    assert figures.text("responses") == "8"
    assert figures.text("organisations") == "1"
    assert figures.text("period") == "10 Feb 2026"
    assert figures.text("response_rate") == "–"
    assert [d["n"] for d in window.chart.drawn()] == [
        r["n"] for r in likert(report(data_dir, "--audience", "border_guards"))
    ]
    assert set(table_rows(window)) == {"Overall", "Oulun poliisilaitos"}
    assert [m for m, _n, _v in window.trend.drawn()] == ["2026-02"] != months_before
    assert all(text.startswith("Oulu:") or text == "Pidempi tauko"
               for text in window.comments.comments())  # fmt: skip
    assert len(window.sentences.sentences) == len(AGREEMENT)


def test_a_small_group_is_withheld_in_every_view(qtbot, window, sessions):
    window.filter_bar.sessions.choose((sessions["Pieni"],))
    settle(qtbot, window)
    assert window.figures.text("responses") == "3"  # how many: always shown
    drawn = window.chart.drawn()
    assert drawn and all(d["withheld"] and d["shares"] is None for d in drawn)
    assert all("fewer than 5 responses" in d["side_label"] for d in drawn)
    assert window.sentences.sentences == [] and not window.sentences.isVisible()
    overall = table_rows(window)["Overall"]
    assert overall[0::3] == ["–"] * len(AGREEMENT) and overall[1::3] == ["–"] * len(AGREEMENT)
    assert [(n, v) for _m, n, v in window.trend.drawn()] == [(3, None)]
    window.tabs.setCurrentWidget(window.comments)  # read when their tab is opened
    settle(qtbot, window)
    assert window.comments.comments() == []
    assert "withheld" in window.comments.summary.text()
    texts = " ".join(d["label"] + d["side_label"] for d in drawn)
    assert SMALL_COMMENT not in texts


def test_a_small_month_is_a_gap_in_the_trend_and_its_group_withheld_in_the_table(window):
    drawn = {month: (n, value) for month, n, value in window.trend.drawn()}
    assert drawn["2026-03"] == (3, None)
    assert drawn["2026-01"][1] is not None and drawn["2026-04"][1] is not None
    withheld = table_rows(window)["Kainuun rajavartiosto"]
    assert withheld[0::3] == ["–"] * len(AGREEMENT) and withheld[2::3] != ["–"] * len(AGREEMENT)
    view = window.comparison
    row = next(
        r for r in range(view.proxy.rowCount()) if view.cell(r, 0) == "Kainuun rajavartiosto"
    )
    tip = view.proxy.data(view.proxy.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Withheld: fewer than 5 responses"


def test_comments_are_searched_and_filtered_by_question(qtbot, window):
    comments = window.comments
    window.tabs.setCurrentWidget(comments)
    comments.search.setText("tauko")
    assert comments.typing()  # the search waits for a pause in the typing
    settle(qtbot, window)
    assert comments.comments() == ["Pidempi tauko"] * 13
    comments.search.setText("")
    settle(qtbot, window)
    index = comments.question.findText("What was most useful in the training?")
    comments.question.setCurrentIndex(index)
    comments.question.activated.emit(index)
    settle(qtbot, window)
    shown = comments.comments()
    assert len(shown) == 29 and "Pidempi tauko" not in shown
    assert sum(text.startswith(SMALL_COMMENT) for text in shown) == 3  # a big selection


def test_a_newer_request_is_never_covered_by_an_older_answer(qtbot, window, data_dir):
    bar = window.filter_bar
    bar.organisations.choose(("Oulun poliisilaitos",))
    window.request({"overview", "comparison", "trend", "comments"})  # at once, no pause
    bar.organisations.choose(("Lapin poliisilaitos",))
    settle(qtbot, window)
    assert window.figures.text("responses") == "18"
    assert_chart_is_the_report(window, report(data_dir, "--organisation", "Lapin poliisilaitos"))


def test_finnish_numbers_and_words(qtbot, data_dir, sessions):
    translations = Translations()
    translations.install("fi")
    try:
        with Services(data_dir) as services:
            review = ReviewWindow(services, "fi")
            qtbot.addWidget(review)
            review.show()
            settle(qtbot, review)
            rows = likert(report(data_dir))
            overall = table_rows(review)["Kaikki"]
            assert overall[0] == decimal(rows[0]["mean"], 2, "fi") and "," in overall[0]
            assert review.windowTitle() == "Tulosten tarkastelu"
            assert review.chart.drawn()[0]["side_label"].startswith("n = ")
            review.shutdown()
    finally:
        translations.uninstall()


def test_the_review_command_opens_the_window(monkeypatch, data_dir, sessions):
    from PySide6.QtWidgets import QApplication

    opened = []

    def exec_(app):  # noqa: ANN001 - stands in for the event loop
        windows = [w for w in app.topLevelWidgets() if w.objectName() == "review_window"]
        opened.extend(w for w in windows if w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    code, _out, err = run_cli("--data-dir", str(data_dir), "--language", "en", "review")
    assert code == 0, err
    assert len(opened) == 1 and opened[0].windowTitle() == "Review results"
    opened[0].controller.services.close()


def test_review_results_on_the_home_opens_it(qtbot, home):
    click(qtbot, home.review_button)
    review = home.review
    assert isinstance(review, ReviewWindow) and review.isVisible()
    settle(qtbot, review)
    click(qtbot, home.review_button)  # again: the same window, brought forward
    assert home.review is review
    review.close()
    qtbot.waitUntil(lambda: home.review is None)


def test_the_session_details_show_the_chart_of_the_session(qtbot, home, data_dir):
    services = home.controller.services
    ids = fill(services)
    home.refresh(select=ids["Lappi A"])
    rows = report(data_dir, "--session", ids["Lappi A"])
    detail = home.detail
    assert detail.views.currentWidget() is detail.chart
    drawn = detail.chart.drawn()
    assert [d["n"] for d in drawn] == [r["n"] for r in likert(rows)]
    for shown, row in zip(drawn, likert(rows), strict=True):
        assert shown["shares"] == pytest.approx(
            [100 * row["counts"][str(p)] / row["n"] for p in range(1, 6)]
        )
        assert shown["cannot_say"] == row["n_cannot_say"]
    home.refresh(select=ids["Pieni"])
    assert all(d["withheld"] and d["shares"] is None for d in detail.chart.drawn())


def test_comments_are_read_only_once_their_tab_is_opened(qtbot, window, sessions):
    """On a large database reading every comment takes seconds: the figures and charts of a
    filter change never wait for them, and they are read when someone looks at them."""
    before = window.comments.comments()
    window.filter_bar.sessions.choose((sessions["Pieni"],))
    settle(qtbot, window)
    assert window.figures.text("responses") == "3"
    assert window.comments.comments() == before  # not read again behind the other tabs
    window.tabs.setCurrentWidget(window.comments)
    settle(qtbot, window)
    assert window.comments.comments() == [] and "withheld" in window.comments.summary.text()


def test_export_report_writes_the_pdf_of_what_the_filters_select(
    qtbot, window, monkeypatch, tmp_path
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    window.filter_bar.audiences.choose(("border_guards",))
    settle(qtbot, window)
    target = tmp_path / "raportti"  # no suffix typed
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(window.exporter.finished, timeout=30000) as finished:
        window.export_button.click()
    written = tmp_path / "raportti.pdf"
    reader = PdfReader(written)
    assert finished.args[0] == (f"The report was saved in {written} ({len(reader.pages)} pages).")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Audiences chosen: Border guards" in text  # the filter of the window, on the cover
    assert window.exporter.message.isVisible()
    window.exporter.message.close()
