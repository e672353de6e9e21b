"""The timeline across many articles (placeholder)."""
