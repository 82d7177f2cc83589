"""Services: every change goes through here."""
