"""Pure rules of workforce planning (ABK, EJ/PJ, 5-year projection). Nothing of Django here."""
