"""Pages of welfare programmes."""
