"""The timeline section: every dated event, relative dates resolved against the moment they are told from."""
