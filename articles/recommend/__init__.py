"""Related reading (issue 6): text -> terms (text.py), TF-IDF vectors and an inverted index on
plain data (engine.py), every article's neighbours at once with numpy (bulk.py), storage
models (storage.py) and the database glue that keeps stored neighbours current (sync.py)."""
