"""The typed data model of a brief: the only thing templates and ``brief.json`` see.

Field names follow the ``brief.json`` contract in DESIGN.md; tools outside the code read them, so
renaming one is a breaking change. Extra fields (``support``, ``status``…) are allowed by the contract.
Modules: :mod:`.base` (strict base), :mod:`.citations` (evidence and its order), :mod:`.date`,
:mod:`.source`, :mod:`.items` (one model per section item), :mod:`.brief` (the whole brief).
"""
