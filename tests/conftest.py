"""Shared test helpers. Tests run against the real PostgreSQL (`make test` starts it)."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture
def corpus_dir() -> Path:
    """The real cable sample beside the repository; tests using it skip where it is absent."""
    if not (CORPUS / "dev").is_dir():
        pytest.skip(
            "../shared/corpus is absent: the real-cable checks need it beside the repository"
        )
    return CORPUS
