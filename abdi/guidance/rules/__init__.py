"""Pure rules (no Django): filled in by the capability."""
