"""Help content of the URL names without a namespace (issue 8 item 5)."""

SCREENS = {}

NOT_SCREENS = {
    "healthz": "api",  # JSON health check for the load balancer and monitoring
    "set_language": "action",  # POST from the language switch, then back to the page
}
