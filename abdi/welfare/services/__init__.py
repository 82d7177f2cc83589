"""Write operations of welfare programmes: one transaction, policy check, audit entry each."""
