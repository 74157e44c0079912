"""Shipped knowledge (actors, CAMEO, lexicon, gazetteer) and its loaders."""
