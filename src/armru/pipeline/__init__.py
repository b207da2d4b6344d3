"""The extraction pipeline, one module per stage in the order data flows.

read → sentences → mentions → (coreference) → facts (statements, contracts,
alliances, events) → :mod:`armru.pipeline.parse` assembles a
:class:`armru.DocumentResult`. A stage imports only the stages before it,
the models and the knowledge base.
"""
