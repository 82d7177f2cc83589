"""Pure rules of public complaints (public-service.md §2): no Django, table-tested."""
