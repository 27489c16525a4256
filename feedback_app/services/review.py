"""What the project manager reviews: headline figures, the agreement items, comparisons,
trends and comments of the responses a set of filters selects.

Every number comes from :func:`reports.aggregate.report`, the call behind
``feedback-app report``: the review window, its PDF and the workbook show the numbers the JSON
report gives for the same filters. Groups under the minimum size are withheld by that call,
in every view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.sessions import AUDIENCES, LANGUAGES
from ..reports.aggregate import QuestionResult, report
from ..store.aggregates import Filters
from ..store.comments import comments as read_comments
from ..store.comments import shuffled_rows
from ..store.questionnaires import QuestionnaireInfo
from ..store.sessions import Session
from ..store.store import Store
from .bundles import BundleService, Laptop

Progress = Callable[[int, int], None]
#: Groupings a comparison may use.
COMPARISONS = ("organisation", "audience")


@dataclass(frozen=True)
class Headline:
    """The figures above everything else."""

    responses: int
    sessions: int
    organisations: int
    first_date: str | None
    last_date: str | None
    expected: int = 0
    """participants expected in the selected sessions that say how many they expect"""
    responses_where_expected: int = 0
    """completed responses of those sessions"""

    @property
    def response_rate(self) -> float | None:
        """Completed responses per expected participant, in percent, over the sessions that
        give an expected number (None when none does)."""
        if not self.expected:
            return None
        return 100 * self.responses_where_expected / self.expected


@dataclass(frozen=True)
class Overview:
    """The whole review of one set of filters: headline and every question's result."""

    filters: Filters
    minimum: int
    headline: Headline
    results: list[QuestionResult] = field(default_factory=list)
    """one per question, no grouping, comments included (withheld below the minimum)"""

    @property
    def agreement_items(self) -> list[QuestionResult]:
        """The likert questions: the items of the diverging chart."""
        return [r for r in self.results if r.question.type == "likert"]

    @property
    def comments(self) -> list[QuestionResult]:
        """The free-text questions, their answers shuffled (``stats.comments``)."""
        return [r for r in self.results if r.question.type == "text"]


@dataclass(frozen=True)
class CommentPage:
    """Some of the comments that match, in random order."""

    total: int
    """how many comments match (all of them, not only those given)"""
    comments: tuple[tuple[str, str, str], ...]
    """(questionnaire id, question id, text)"""
    withheld: bool
    minimum: int


@dataclass(frozen=True)
class FilterChoices:
    """What the filters of the review can be set to, from what is stored."""

    first_date: str | None
    last_date: str | None
    organisations: tuple[str, ...]
    audiences: tuple[str, ...]
    languages: tuple[str, ...]
    sessions: tuple[Session, ...]
    questionnaires: tuple[QuestionnaireInfo, ...]
    laptops: tuple[Laptop, ...]


_HEADLINE = """
SELECT coalesce(sum(c.n), 0), count(DISTINCT c.session_id),
       count(DISTINCT nullif(s.organisation, '')), min(s.session_date), max(s.session_date)
FROM response_counts c JOIN sessions s ON s.id = c.session_id WHERE {where}
"""
_EXPECTED = """
SELECT coalesce(sum(x.expected), 0), coalesce(sum(x.n), 0) FROM (
    SELECT s.expected_participants AS expected, sum(c.n) AS n
    FROM response_counts c JOIN sessions s ON s.id = c.session_id
    WHERE {where} AND s.expected_participants IS NOT NULL GROUP BY s.id
) x
"""


class ReviewService:
    def __init__(self, store: Store, bundles: BundleService):
        self._store = store
        self._bundles = bundles

    @property
    def minimum(self) -> int:
        return int(self._store.settings.get("minimum_group_size"))

    def choices(self) -> FilterChoices:
        db = self._store.db
        first, last = db.execute(
            "SELECT min(session_date), max(session_date) FROM sessions"
        ).fetchone()
        organisations = tuple(sorted(o for o in self._store.sessions.organisations() if o))
        used = {row[0] for row in db.execute("SELECT DISTINCT audience FROM sessions")}
        languages = {row[0] for row in db.execute("SELECT DISTINCT language FROM response_counts")}
        return FilterChoices(
            first,
            last,
            organisations,
            tuple(a for a in AUDIENCES if a in used),
            tuple(lang for lang in LANGUAGES if lang in languages),
            tuple(self._store.sessions.list()),
            tuple(self._store.questionnaires.list()),
            tuple(self._bundles.laptops()),
        )

    def headline(self, filters: Filters) -> Headline:
        where, params = filters.where("c")
        db = self._store.db
        responses, sessions, organisations, first, last = db.execute(
            _HEADLINE.format(where=where), params
        ).fetchone()
        expected, answered = db.execute(_EXPECTED.format(where=where), params).fetchone()
        return Headline(responses, sessions, organisations, first, last, expected, answered)

    def overview(
        self, filters: Filters, progress: Progress | None = None, *, comments: bool = True
    ) -> Overview:
        """Headline and every question of the selected responses, in one snapshot; without
        ``comments`` the text questions are left out, which is what makes it quick on a large
        database (the comments are then read with :meth:`comments`, when they are shown)."""
        with self._store.snapshot():
            minimum = self.minimum
            results = report(
                self._store, filters, "none", minimum, comments=comments, progress=progress
            )
            return Overview(filters, minimum, self.headline(filters), results)

    def comments(
        self,
        filters: Filters,
        *,
        question: tuple[str, str] | None = None,
        search: str = "",
        limit: int = 300,
    ) -> CommentPage:
        """Comments of the selected responses, in a fresh random order: those of ``question``
        (questionnaire id, question id) or of every text question, containing ``search``
        (ignoring case), at most ``limit`` of them. Withheld — none given — when fewer
        completed responses than the minimum are selected."""
        minimum = self.minimum
        where, params = filters.where("c")
        with self._store.snapshot():
            if self.headline(filters).responses < minimum:
                return CommentPage(0, (), True, minimum)
            versions = self._store.db.execute(
                "SELECT DISTINCT c.questionnaire_id, c.questionnaire_version "
                f"FROM response_counts c JOIN sessions s ON s.id = c.session_id WHERE {where}",
                params,
            ).fetchall()
            wanted = {
                (qid, version): {
                    q.id
                    for q in self._store.questionnaires.get(qid, version).questions
                    if q.type == "text" and (question is None or question == (qid, q.id))
                }
                for qid, version in versions
            }
            found = read_comments(self._store.db, filters, "none", wanted).get("", {})
        needle = search.strip().casefold()
        matching = [
            (qid, question_id, text)
            for (qid, _version, question_id), texts in found.items()
            for text in texts
            if not needle or needle in text.casefold()
        ]
        return CommentPage(len(matching), tuple(shuffled_rows(matching)[:limit]), False, minimum)

    def comparison(self, filters: Filters, group_by: str) -> list[QuestionResult]:
        """Every question per organisation or audience (groups under the minimum withheld)."""
        if group_by not in COMPARISONS:
            raise ValueError(f"compare by one of {', '.join(COMPARISONS)}, not {group_by!r}")
        return report(self._store, filters, group_by, self.minimum)

    def trend(
        self, filters: Filters, questionnaire_id: str, question_id: str
    ) -> list[QuestionResult]:
        """One question per month of the session dates, oldest first; months under the minimum
        are withheld (a gap in the trend, not a zero)."""
        results = report(self._store, filters, "month", self.minimum)
        return [
            r
            for r in results
            if r.question.id == question_id and r.questionnaire_id == questionnaire_id
        ]
