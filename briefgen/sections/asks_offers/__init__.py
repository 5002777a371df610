"""The asks-and-offers section: who asks, demands, offers, pledges or refuses what, of or to whom."""
