"""The reader's panes, one a module."""
