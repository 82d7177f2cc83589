"""Performance pages: thin views over queries, policy and services."""
