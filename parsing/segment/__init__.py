"""Segmentation, the one pass every extractor reads: paragraphs and sentences as character spans
(``text``) and the quotation spans inside them (``marks``). The attribution extractor reads the
quotations to find who said them, the time extractor to tell a speaker's words from the writer's;
both ask here, so a quotation is paired once and the same way for both."""

from .text import paragraphs, sentences, title_stop

__all__ = ["paragraphs", "sentences", "title_stop"]
