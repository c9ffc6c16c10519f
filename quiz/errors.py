"""Errors the library raises for bad input; the CLI shows their message in one line."""


class QuizError(Exception):
    """Something about the input or options is wrong."""

    def __init__(self, message: str | None = None):
        super().__init__(message or (self.__doc__ or "").strip())


class NoDocumentsError(QuizError):
    """No readable text documents were found."""


class BinaryFileError(QuizError):
    """The file is binary, not text."""


class TemplateError(QuizError):
    """A card or page template is broken."""


class ModelLoadError(QuizError):
    """The NLP pipeline could not be loaded."""
