"""Pure rules of shared solutions and forums: no Django, no database."""
