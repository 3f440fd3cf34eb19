from questions.models.bank import (
    BASE_TOPICS,
    HIGHLIGHT_START,
    HIGHLIGHT_STOP,
    IN_BANK,
    SEARCH_CONFIG,
    Level,
    Question,
    QuestionQuerySet,
    Status,
    Topic,
    count_in_bank,
    visible_by_id,
    visible_condition,
)
from questions.models.duplicates import DuplicateState, LikelyDuplicate
from questions.models.flags import Flag, FlagReason
from questions.models.imports import DocumentImport, ImportStatus
from questions.models.sets import QuestionSet, SetItem, SetShare, Visibility
from questions.models.sources import (
    AnswerSuggestion,
    Source,
    SourceReference,
    SuggestionState,
)

__all__ = [
    "BASE_TOPICS",
    "HIGHLIGHT_START",
    "HIGHLIGHT_STOP",
    "IN_BANK",
    "SEARCH_CONFIG",
    "AnswerSuggestion",
    "DocumentImport",
    "DuplicateState",
    "Flag",
    "FlagReason",
    "ImportStatus",
    "Level",
    "LikelyDuplicate",
    "Question",
    "QuestionQuerySet",
    "QuestionSet",
    "SetItem",
    "SetShare",
    "Source",
    "SourceReference",
    "Status",
    "SuggestionState",
    "Topic",
    "Visibility",
    "count_in_bank",
    "visible_by_id",
    "visible_condition",
]
