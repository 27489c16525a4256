"""The project manager's review: the window, its charts and tables, and the PDF report."""
