"""The databases questions are asked of: a sqlite file or an SQLAlchemy URL, opened once.

:class:`~.database.Database` owns where a database is (:mod:`.target`), its schema read once
(:mod:`.reflect` for URLs, :mod:`~deepfix.tasks.spider.inputs.sqlite_schema` for sqlite files), its
stored-value index for value linking (read once, bounded), and read-only, time-limited sessions that
run a query with a row cap (:mod:`.sessions`).
"""
