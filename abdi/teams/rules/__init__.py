"""Pure rules of cross-agency teams (no Django): membership states, weights, shares, progress."""
