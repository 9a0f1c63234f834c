"""``deepfix serve``: a local web app over a trained Text-to-SQL model and the project's runs.

* :mod:`.limits` -- upload size, question length, request rate, query time (the app's safety knobs);
* :mod:`.databases` -- the sqlite files a user may ask (bundled, under ``--db-dir``, uploaded);
* :mod:`.runs` -- run directories under ``--runs`` and the study plots under ``results/``;
* :mod:`.app` -- the Starlette application (JSON API + the page under ``static/``).

Nothing is ever opened by a path taken from a request: a request names a database, run or plot
by the id the listing gave it, and only listed ids resolve.
"""
