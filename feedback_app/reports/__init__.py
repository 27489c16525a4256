"""Writers of CSV, XLSX, JSON and text reports, built on the store and the domain (no Qt)."""
