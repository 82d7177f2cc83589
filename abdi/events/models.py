"""Models of the capability."""
