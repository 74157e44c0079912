"""Coded errors, in one place, so users can search for them and tests can assert them.

Every error eventwire raises on purpose is an ``EventwireError`` with a stable code
(``E0xx``). Messages name the article or file and the problem in one line.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``code`` is stable across releases, ``str()`` is one line."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(EventwireError):
    """An input file or record could not be read as an article."""

    code = "E001"


class EmptyArticleError(InputError):
    code = "E002"


class BinaryInputError(InputError):
    code = "E003"


class EncodingError(InputError):
    code = "E004"


class MalformedRecordError(InputError):
    code = "E005"


class InvalidDateError(EventwireError):
    """A publication date that is not ISO 8601."""

    code = "E006"


class ArticleTooLargeError(InputError):
    code = "E007"


class NotEnglishError(InputError):
    code = "E008"


class ModelNotFoundError(EventwireError):
    """No spaCy pipeline could be loaded under the name asked for."""

    code = "E010"


class KnowledgeFileError(EventwireError):
    """A knowledge file (actors, lexicon, gazetteer) is malformed: names file, line, problem."""

    code = "E020"


class KnowledgeConflictError(KnowledgeFileError):
    code = "E021"


class StoreError(EventwireError):
    """The database could not be opened or written."""

    code = "E030"


class EvaluationDataError(EventwireError):
    """An evaluation set is missing or unreadable."""

    code = "E040"


class ArticleStoreError(StoreError):
    """One article could not be stored; its transaction was rolled back, nothing kept."""

    code = "E031"


class StoreVersionError(StoreError):
    """The database was written by a newer eventwire (schema version too high)."""

    code = "E032"


class ExportError(StoreError):
    """An export could not be written (unwritable OUT, a missing optional extra)."""

    code = "E033"


class QueryError(EventwireError):
    """A query to the HTTP API named an unknown parameter or gave a bad value."""

    code = "E050"


class NotFoundError(QueryError):
    """The HTTP API has no such endpoint or stored article."""

    code = "E051"


class MethodNotAllowedError(QueryError):
    """The HTTP API is read-only: only GET (and HEAD) are answered."""

    code = "E052"
