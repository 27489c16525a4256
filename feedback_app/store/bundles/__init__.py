"""Bundle files: one laptop's results handed over to another (see docs/bundles.md)."""
