"""The strict base of every config model, the section option blocks included."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    """Base for config models: unknown keys are refused, values are not coerced across types."""

    model_config = ConfigDict(extra="forbid", strict=True)
