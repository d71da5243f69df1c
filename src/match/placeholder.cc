// Placeholder until match/ lands.
