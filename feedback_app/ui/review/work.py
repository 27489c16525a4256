"""What the review window computes off the GUI thread: one request, any of its parts.

Each request opens its own services (an SQLite connection belongs to the thread that opened
it) and asks the review service, whose numbers come from the call behind
``feedback-app report``. A part a request does not name is left None in the answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...services import Services
from ...services.types import CommentPage, Filters, Overview, QuestionResult
from ..jobs import Progress
from .figures import ItemKey, item_key

PARTS = frozenset({"overview", "comparison", "trend", "comments"})
#: The most comments one page shows (a random sample of them when there are more).
COMMENT_LIMIT = 300


@dataclass(frozen=True)
class ReviewRequest:
    data_dir: Path
    filters: Filters
    parts: frozenset[str] = PARTS
    group_by: str = "organisation"
    trend_item: ItemKey | None = None
    """the item of the trend; None, or one the selection no longer has: its first item"""
    comment_question: tuple[str, str] | None = None
    comment_search: str = ""

    def run(self, progress: Progress) -> ReviewAnswer:
        """The parts asked for, in the job's thread; ``progress`` raises once cancelled."""
        answer = ReviewAnswer(self)
        steps = len(self.parts) + 1
        done = 0
        with Services(self.data_dir, verify=False) as services:
            review = services.review
            if "overview" in self.parts:
                answer.overview = review.overview(self.filters, comments=False)
                done += 1
            progress(done, steps)
            if "comparison" in self.parts:
                answer.comparison = review.comparison(self.filters, self.group_by)
                done += 1
                progress(done, steps)
            if "trend" in self.parts:
                answer.trend_item = self._trend_item(answer.overview)
                if answer.trend_item is not None:
                    qid, question_id, _scale = answer.trend_item
                    answer.trend = review.trend(self.filters, qid, question_id)
                else:
                    answer.trend = []
                done += 1
                progress(done, steps)
            if "comments" in self.parts:
                answer.comments = review.comments(
                    self.filters,
                    question=self.comment_question,
                    search=self.comment_search,
                    limit=COMMENT_LIMIT,
                )
            progress(steps, steps)
        return answer

    def _trend_item(self, overview: Overview | None) -> ItemKey | None:
        if overview is None:
            return self.trend_item
        keys = [item_key(r) for r in overview.results if r.question.type in ("likert", "rating")]
        if self.trend_item in keys:
            return self.trend_item
        return keys[0] if keys else None


@dataclass
class ReviewAnswer:
    request: ReviewRequest
    overview: Overview | None = None
    comparison: list[QuestionResult] | None = None
    trend: list[QuestionResult] | None = None
    trend_item: ItemKey | None = None
    comments: CommentPage | None = field(default=None)
