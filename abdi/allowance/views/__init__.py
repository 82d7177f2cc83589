"""TPP pages: the rule versions (rules.py) and the TPP calculator (simulate.py)."""
