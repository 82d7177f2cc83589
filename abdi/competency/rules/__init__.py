"""Pure competency rules (PermenPANRB 38/2017; competency-and-talent.md §5). No Django here."""
