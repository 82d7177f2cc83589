// Abdi: small behaviours, no inline scripts (strict CSP).
