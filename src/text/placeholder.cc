// Placeholder until text/ lands.
