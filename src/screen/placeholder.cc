// Placeholder until screen/ lands.
