"""The conflicts section: disagreements between sources and denials beside what they deny."""
