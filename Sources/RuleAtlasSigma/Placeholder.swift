// Placeholder until this target's issue lands its code.
