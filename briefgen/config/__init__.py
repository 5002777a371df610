"""The config: its schema (:mod:`.schema`, built from the section registry), safe YAML loading
(:mod:`.yaml_loader`) and the messages a user sees for a bad file (:mod:`.messages`)."""
