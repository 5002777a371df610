"""The sanctions section: measures one party takes or threatens against another, with their status."""
