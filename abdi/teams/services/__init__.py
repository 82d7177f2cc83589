"""Every write of cross-agency teams: one transaction each, checked by policy, audited."""
