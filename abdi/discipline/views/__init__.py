"""Pages of the discipline register (cases.py) and the absence flags for HR (absence.py)."""
