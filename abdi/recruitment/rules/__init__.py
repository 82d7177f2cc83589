"""Pure recruitment rules (no Django): eligibility, windows, numbers, workflow, documents."""
