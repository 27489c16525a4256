"""The PDF report: ``feedback-app --language fi|sv|en report --format pdf`` writes an A4 report
whose text, read back with pypdf, holds the numbers of the JSON report in that language; its
fonts are embedded, its charts are vectors, small groups are withheld in it, and a bad output
is one line and exit code 2."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from command_line import run_cli
from course_questionnaire import COURSE
from pypdf import PdfReader

from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.statistics import round_half_up
from feedback_app.services import Services
from feedback_app.services.types import Cancelled, Filters
from feedback_app.store import Store

SMALL = "Oulun poliisilaitos"
SMALL_COMMENT = "Enemmän harjoituksia Oulussa"
ANSWERS = {
    "interesting": 5,
    "practical": 4,
    "understandable": 4,
    "necessary": 5,
    "identify_victims": 4,
    "know_whom_to_consult": 3,
    "overall": 5,
}
PAGE = {"en": "Page {} of {}", "fi": "Sivu {} / {}", "sv": "Sida {} av {}"}
SENTENCE = {
    "en": "{} % of respondents agreed with “The training was interesting” (n = {}).",
    "fi": "{} % vastaajista oli samaa mieltä väitteestä ”Koulutus oli kiinnostava” (n = {}).",
    "sv": "{} % av de svarande instämde i påståendet ”Utbildningen var intressant” (n = {}).",
}
#: Words with ä, ö and å in the report's own texts.
WORDS = {
    "en": ["Summary", "Results per question", "By organisation"],
    "fi": ["Yhteenveto", "Tulokset kysymyksittäin", "95 %:n luottamusväli"],
    "sv": ["Sammanfattning", "Svarens fördelning", "Två högsta", "Två lägsta"],
}
WITHHELD = {
    "en": "withheld: fewer than 5 responses",
    "fi": "ei näytetä: alle 5 vastausta",
    "sv": "visas inte: färre än 5 svar",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """1,500 demo responses in eight sessions, and two responses of a small organisation."""
    data = tmp_path_factory.mktemp("pdf") / "data"
    with Services(data) as services:
        services.responses.generate_demo(1500, sessions=8, seed=5)
    store = Store(data)
    q = store.questionnaires.latest("ihme-feedback")
    draft = SessionDraft(title="Pieni kurssi", session_date="2025-03-04", organisation=SMALL)
    session = store.sessions.create(draft, q.id, q.version)
    for value in (1, 2):
        answers = {**ANSWERS, "interesting": value, "improve": f"{SMALL_COMMENT} {value}"}
        store.responses.submit(session.id, q, "fi", answers)
    store.close()
    return data


def pdf(folder: Path, target: Path, *args: str, language: str = "en") -> tuple[int, str, str]:
    return run_cli(
        "--language", language, "report", "--format", "pdf", *args,
        "-o", str(target), "--data-dir", str(folder),
    )  # fmt: skip


def plain(text: str) -> str:
    """Extracted text as a reader sees it: ligatures and narrow spaces as plain letters and
    spaces, every run of white space one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def page_texts(path: Path) -> list[str]:
    return [plain(page.extract_text()) for page in PdfReader(path).pages]


def json_report(folder: Path, *args: str) -> list[dict]:
    code, out, err = run_cli("report", "--format", "json", *args, "--data-dir", str(folder))
    assert code == 0, err
    return json.loads(out)


def number(value: int) -> str:
    return f"{value:,}".replace(",", " ")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_report_in_each_language(qapp, folder, tmp_path, language):
    target = tmp_path / f"report-{language}.pdf"
    code, out, err = pdf(folder, target, language=language)
    assert (code, err) == (0, "")
    pages = PdfReader(target).pages
    assert out == f"Report written to {target} ({len(pages)} pages)\n"
    assert target.read_bytes().startswith(b"%PDF-")
    texts = page_texts(target)
    # cover, summary with the chart, the tables per question, the comparisons
    assert len(texts) == 4
    for index, text in enumerate(texts, start=1):
        assert text.endswith(PAGE[language].format(index, len(texts)))
    whole = " ".join(texts)
    rows = json_report(folder)
    interesting = next(r for r in rows if r["question_id"] == "interesting")
    responses = interesting["n"] + interesting["n_missing"]
    assert number(responses) in texts[1]  # the headline figure, 1 234 in every language
    top2 = int(round_half_up(interesting["top2_pct"], 0))
    assert SENTENCE[language].format(top2, number(interesting["n"])) in texts[1]
    for word in WORDS[language]:
        assert word in whole
    mean = f"{interesting['mean']:.2f}"
    assert (mean.replace(".", ",") if language != "en" else mean) in texts[2]


def test_fonts_are_embedded_and_charts_are_vectors(qapp, folder, tmp_path):
    target = tmp_path / "report.pdf"
    assert pdf(folder, target)[0] == 0
    reader = PdfReader(target)
    fonts = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for name, font in resources.get("/Font", {}).items():
            fonts[name] = font.get_object()
        for xobject in resources.get("/XObject", {}).values():
            assert xobject.get_object().get("/Subtype") != "/Image"
    assert fonts
    for font in fonts.values():
        descriptor = (
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in font
            else font["/FontDescriptor"]
        ).get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_a_small_group_is_withheld_and_its_numbers_stay_out(qapp, folder, tmp_path):
    target = tmp_path / "report.pdf"
    assert pdf(folder, target, language="fi")[0] == 0
    comparisons = page_texts(target)[3]
    assert f"{SMALL} 2 {WITHHELD['fi']}" in comparisons
    # only the small organisation: every number withheld, no sentence, no share
    small = tmp_path / "small.pdf"
    code, _, err = pdf(folder, small, "--organisation", SMALL, "--comments", language="sv")
    assert (code, err) == (0, "")
    whole = " ".join(page_texts(small))
    assert WITHHELD["sv"] in whole
    assert "instämde" not in whole
    open_numbers = json_report(folder, "--organisation", SMALL, "--minimum-n", "1")
    for row in open_numbers:
        if row.get("mean") is not None:
            assert f"{row['mean']:.2f}".replace(".", ",") not in whole
    assert SMALL_COMMENT not in whole
    # with a lower minimum the same group is shown
    shown = tmp_path / "shown.pdf"
    assert pdf(folder, shown, "--organisation", SMALL, "--minimum-n", "1")[0] == 0
    assert "agreed with" in " ".join(page_texts(shown))


def test_comments_only_when_asked(qapp, folder, tmp_path):
    without = tmp_path / "without.pdf"
    assert pdf(folder, without)[0] == 0
    text = " ".join(page_texts(without))
    assert SMALL_COMMENT not in text and "What should be improved?" not in text
    assert "The comments are not included." in text
    with_comments = tmp_path / "with.pdf"
    assert pdf(folder, with_comments, "--comments")[0] == 0
    texts = page_texts(with_comments)
    assert len(texts) > 4
    whole = " ".join(texts)
    assert f"{SMALL_COMMENT} 1" in whole and f"{SMALL_COMMENT} 2" in whole
    assert "What should be improved? (n = " in whole
    for index, page in enumerate(texts, start=1):
        assert page.endswith(f"Page {index} of {len(texts)}")


def test_bad_outputs_are_one_line_and_keep_what_is_there(qapp, folder, tmp_path):
    missing = tmp_path / "nowhere" / "report.pdf"
    code, out, err = pdf(folder, missing)
    assert (code, out) == (2, "")
    assert (
        err
        == f"feedback-app: folder {missing.parent} does not exist; create it or choose another\n"
    )
    inside = folder / "report.pdf"
    code, _, err = pdf(folder, inside)
    assert code == 2 and len(err.splitlines()) == 1 and "data folder" in err
    assert not inside.exists()
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"keep me")
    code, _, err = pdf(folder, existing)
    assert code == 2
    assert err == f"feedback-app: {existing} already exists; choose another name or use --force\n"
    assert existing.read_bytes() == b"keep me"
    assert pdf(folder, existing, "--force")[0] == 0
    assert existing.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_pdf_needs_a_file_and_no_grouping(qapp, folder):
    code, out, err = run_cli("report", "--format", "pdf", "--data-dir", str(folder))
    assert (code, out) == (2, "")
    assert err == "feedback-app: a PDF report needs a file: add -o FILE.pdf\n"


def test_cancelled_leaves_no_file(qapp, folder, tmp_path):
    """The window's Export report… runs the same function with a progress that can cancel."""
    from feedback_app.ui.review.pdf_report import write_pdf_report

    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done > 60:
            raise Cancelled()

    with Services(folder) as services, pytest.raises(Cancelled):
        write_pdf_report(services, Filters(), tmp_path / "r.pdf", progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert calls == sorted(calls)
    with Services(folder) as services:
        written = write_pdf_report(
            services, Filters(), tmp_path / "r.pdf", progress=lambda d, t: None
        )
    assert written.pages == len(PdfReader(tmp_path / "r.pdf").pages)


def test_choice_questions_and_a_changed_scale(qapp, tmp_path):
    """Choice questions get a table of their options; a question whose scale changed between
    versions is reported in parts, each naming its version."""
    data = tmp_path / "data"
    store = Store(data)
    first = store.questionnaires.save(COURSE).questionnaire
    agree = first.questions[0]
    wider = replace(agree, options=(*agree.options, replace(agree.options[-1], value=6)))
    section = replace(first.sections[0], questions=(wider, *first.sections[0].questions[1:]))
    second = store.questionnaires.save(replace(first, version=2, sections=(section,)))
    for version in (first, second.questionnaire):
        draft = SessionDraft(title=f"v{version.version}", session_date="2026-02-03")
        session = store.sessions.create(draft, version.id, version.version)
        for index in range(6):
            answers = {"agree": 1 + index % 5, "topics": ("A", "C")[: 1 + index % 2]}
            store.responses.submit(session.id, version, "en", {**answers, "role": "B"})
    store.close()
    target = tmp_path / "course.pdf"
    code, _, err = pdf(data, target)
    assert (code, err) == (0, "")
    whole = " ".join(page_texts(target))
    assert "1. Agree (version 2)" in whole and "2. Agree (version 1)" in whole
    rows = json_report(data)
    topics = next(r for r in rows if r["question_id"] == "topics")
    a_share = f"{topics['percents']['A']:.1f} %"
    assert f"Topics Option Count Share A {topics['counts']['A']} {a_share}" in whole
    assert f"n = {topics['n']}; shares are of n." in whole
    assert "Role Option Count Share A 0 0.0 % B 12 100.0 % C 0 0.0 %" in whole
