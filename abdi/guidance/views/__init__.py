"""Views: thin, they call services and queries."""
