"""dateline's terminal reader, a Textual app over the parsing model."""
