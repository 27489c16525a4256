"""Pure-Python rules of the application: questionnaires, answers, statistics, anonymity.

Nothing here imports Qt or touches the database.
"""
