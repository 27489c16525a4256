"""Every QWidget, Qt model and painter of the application lives below this package."""
