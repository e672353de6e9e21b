"""Quotations and who said them.

A text flows through the modules in this order:

* ``parsing.segment.marks`` (segmentation, shared with the time extractor) pairs quotation marks
  into quote spans (straight, curly, guillemets; apostrophes told apart), paragraph by paragraph;
* ``kind`` tells speech from titles and scare quotes;
* ``cues`` finds the attribution around each quote (``said X``, ``X said``, ``according to X``, and
  the subject of a characterising verb whose object takes the quote as complement: ``dismissed the
  plan as "…"``; ``verbsubject`` finds a verb's subject before the quote), with the surface
  ``forms`` of a cue and the ``mentions`` of a speaker it can hold
  (names, pronouns, descriptions, documents, quantified groups; ``descriptions`` reads what a phrase
  that is not a name says about its referent); ``grammar`` and ``vocab`` hold the
  closed word classes and the speech verbs (data, via ``parsing.vocab``);
* ``speakers`` resolves a mention to a person or organisation: pronouns by ``gender`` evidence,
  short names through the article's name ``index`` (built on ``names``), a definite description
  to the person given that role (``parsing.entities.descriptors.holder``) or the organisation or document
  introduced with that head noun (``X, the cable network`` … ``the network``);
* ``extractor.extract`` ties them together and carries attribution over multi-paragraph quotes.
"""

from .extractor import extract

__all__ = ["extract"]
