"""Pure rules of competency development (competency-and-talent.md §5.8-5.9). No Django here."""
