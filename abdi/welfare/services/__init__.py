"""Services of this domain: the only place that writes its models."""
