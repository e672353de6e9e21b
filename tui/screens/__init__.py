"""Modal screens of the reader: help, date filter, search."""
