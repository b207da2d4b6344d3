"""Domain knowledge: who is who, since when, and which words mean what."""

from .base import KnowledgeBase, NameHit

__all__ = ["KnowledgeBase", "NameHit"]
