"""The key points section: the bottom line up front, the best corroborated facts of the other sections."""
