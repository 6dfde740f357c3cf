"""Narrow exceptions raised by the library; only the CLI turns them into messages."""


class DiplographError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(DiplographError):
    """An input file cannot be read as an article (one line: file and problem)."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class QueryError(DiplographError):
    """A SPARQL query is malformed or cannot run."""
