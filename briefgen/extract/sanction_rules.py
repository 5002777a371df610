"""Syntax rules of the sanctions section, as one namespace: triggers, status, parties, phrases.

The rules themselves live in :mod:`.sanction_lexicons` (the ``sanction_*`` word lists),
:mod:`.sanction_triggers`, :mod:`.sanction_status`, :mod:`.sanction_tree` (parse navigation) and
:mod:`.sanction_phrases` (the words shown); this module keeps the names importable from one place,
as before the split. Everything reads the dependency parse and the lexicons; nothing names a story.
"""
from __future__ import annotations

from briefgen.extract.sanction_events import REASON_PREPS
from briefgen.extract.sanction_lexicons import lexicon, noun_phrases
from briefgen.extract.sanction_parties import TARGET_PREPS
from briefgen.extract.sanction_phrases import (
    ARTICLES,
    DROPPABLE,
    NP_LEFT,
    clause_text,
    entity_of,
    np_text,
    np_tokens,
    subtree_text,
    top,
)
from briefgen.extract.sanction_status import (
    ADVICE_MODALS,
    MODALS,
    has_advice_modal,
    has_modal,
    lift_status,
    negated,
    status_of,
)
from briefgen.extract.sanction_tree import (
    CLAUSE_DEPS,
    OBJECT_CONTROL,
    asker_of,
    chain,
    child,
    clause_head,
    condition,
    conjuncts,
    evader,
    governor,
    is_passive,
    lifter_of,
    own_children,
    prep_object,
    subject,
)
from briefgen.extract.sanction_triggers import Trigger, acts_on_assets, find_triggers, is_sanction_word, modifier_only

__all__ = [
    "ADVICE_MODALS", "ARTICLES", "CLAUSE_DEPS", "DROPPABLE", "MODALS", "NP_LEFT", "OBJECT_CONTROL", "REASON_PREPS",
    "TARGET_PREPS", "Trigger", "acts_on_assets", "asker_of", "chain", "child", "clause_head", "clause_text",
    "condition", "conjuncts", "entity_of", "evader", "find_triggers", "governor", "has_advice_modal", "has_modal",
    "is_passive", "is_sanction_word", "lexicon", "lift_status", "lifter_of", "modifier_only", "negated",
    "noun_phrases", "np_text", "np_tokens", "own_children", "prep_object", "status_of", "subject",
    "subtree_text", "top",
]
