"""The actors section: people, organisations, countries and groups, one entry per real-world entity."""
