"""Writes of recruitment: verb-first functions, one transaction, policy check, audit entry."""
