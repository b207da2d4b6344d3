"""Small helpers the fact extractors share: cue matching, state groups, evidence."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel

from .._phrases import PhraseTable
from .._text import Token
from ..models import Actor, ActorKind, Evidence
from .mentions import MentionSpan, SentenceAnalysis

__all__ = ["cue_positions", "evidence", "state_group", "state_of_mention", "trusted"]

M = TypeVar("M", bound=BaseModel)
_new_object = object.__new__


def _setter(name: str) -> Callable[[Any, Any], None]:
    """The ``__set__`` of BaseModel's slot ``name``: a third cheaper than object.__setattr__."""
    descriptor = BaseModel.__dict__.get(name)
    if descriptor is None:
        return lambda instance, value: object.__setattr__(instance, name, value)
    setter: Callable[[Any, Any], None] = descriptor.__set__
    return setter


_set_dict = _setter("__dict__")
_set_fields_set = _setter("__pydantic_fields_set__")
_set_extra = _setter("__pydantic_extra__")
_set_private = _setter("__pydantic_private__")


def _plain(model: type[BaseModel]) -> bool:
    """Whether ``model_construct`` of ``model`` only sets the four instance attributes."""
    return (
        model.__pydantic_post_init__ is None
        and not model.__private_attributes__
        and not model.__pydantic_root_model__
        and model.model_config.get("extra") != "allow"
        and all(
            field.alias is None and field.validation_alias is None
            for field in model.__pydantic_fields__.values()
        )
    )


_PLAIN: dict[type[BaseModel], bool] = {}


def trusted(model: type[M], values: dict[str, Any]) -> M:
    """``model.model_construct(**values)``, for values of every field in field order.

    Builds the same instance (``__dict__``, fields set, no extra, no private)
    without ``model_construct``'s walk over the fields, aliases and defaults,
    which cost more than the rest of building a mention. A model that needs
    more than that (aliases, post-init, private attributes) goes through
    ``model_construct``.
    """
    plain = _PLAIN.get(model)
    if plain is None:
        plain = _PLAIN[model] = _plain(model)
    if not plain:
        return model.model_construct(**values)
    made = _new_object(model)
    _set_dict(made, values)
    _set_fields_set(made, set(values))
    _set_extra(made, None)
    _set_private(made, None)
    return made


def cue_positions(
    tokens: list[Token],
    cues: PhraseTable,
    start: int = 0,
    stop: int | None = None,
    *,
    keys: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    """Token ranges where a cue phrase occurs, longest match first, not overlapping.

    ``keys``, the sentence's token keys (:attr:`SentenceAnalysis.keys`), skip the
    walk over the tokens where no cue's first word occurs (most sentences).
    """
    if keys is not None and cues.firsts.isdisjoint(keys):
        return []
    return cues.find_all(tokens, start, stop)


def state_of_mention(mention: MentionSpan, actors: Mapping[str, Actor]) -> str | None:
    """The state a mention counts for: a state itself, or a person's or body's country."""
    actor = actors.get(mention.actor_id)
    if actor is None or actor.kind is ActorKind.MEDIA:
        return None
    return actor.state


def state_group(
    analysis: SentenceAnalysis, k: int, actors: Mapping[str, Actor]
) -> tuple[list[str], int]:
    """States named from token k on, joined by "and", "or" or commas: "India and France"."""
    tokens = analysis.tokens
    states: list[str] = []
    while k < len(tokens):
        if (tokens[k].key in {"the", "and", "or", ",", "both"} and states) or tokens[
            k
        ].key == "the":
            k += 1
            continue
        mention = analysis.mention_at(k)
        if mention is None or mention.first != k:
            break
        state = state_of_mention(mention, actors)
        if state is None:
            break
        if state not in states:
            states.append(state)
        k = mention.last
    return states, k


def evidence(analysis: SentenceAnalysis, first: int, last: int, document_id: str) -> Evidence:
    """Evidence covering tokens ``first`` to ``last`` (exclusive) of a sentence."""
    tokens = analysis.tokens
    sentence = analysis.sentence
    start, end = tokens[first].start, tokens[last - 1].end
    text = sentence.text
    # Built without re-validation: the span is a token range of the sentence by
    # construction, and DocumentResult checks every span against the body.
    return trusted(
        Evidence,
        {
            "document_id": document_id,
            "start": start,
            "end": end,
            "text": text[start - sentence.start : end - sentence.start],
            "sentence": sentence.number,
            "sentence_text": text,
        },
    )
