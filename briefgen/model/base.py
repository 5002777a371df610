"""The strict base of every brief model: unknown fields are refused so typos fail loudly."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Base for all brief models: unknown fields are refused so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")
