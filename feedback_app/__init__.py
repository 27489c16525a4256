"""feedback_app: an offline feedback kiosk for trainings."""

__version__ = "0.1.0"
