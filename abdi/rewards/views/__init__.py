"""Reward pages: nominations (nominations.py), the history, SLKS list and settings for BKPSDM
(admin.py), the employee's own awards and the public recognition page (mine.py)."""
