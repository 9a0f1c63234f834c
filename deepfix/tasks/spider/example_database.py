"""The bundled example database: a small music-festival schema in Spider's style, rows made up here.

``deepfix spider ask --example`` and the flagship part of ``deepfix demo`` ask questions of it, so
a user can try a model before having a database of their own. Four related tables with declared
primary and foreign keys, plain English names with underscores as in Spider's schemas:

* ``festival`` (8 rows): name, city, country, year, attendance;
* ``stage`` (2-4 per festival): the festival it belongs to, name, capacity;
* ``artist`` (60 rows): name, country, genre, formed year;
* ``performance`` (10 per stage): stage, artist, day of the festival, start time, minutes.

Every row comes from :func:`festival_rows` with a seeded :class:`random.Random` over word lists
written for this module (no data is copied from anywhere), so the file is the same on every run.
Regenerate the shipped copy with ``python -m deepfix.tasks.spider.example_database``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
from pathlib import Path

from deepfix.files import atomic_path

EXAMPLE_DATABASE = Path(__file__).resolve().parents[2] / "data" / "example" / "music_festival.sqlite"
SEED = 2021

SCHEMA = """
CREATE TABLE festival (
    Festival_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT NOT NULL,
    Country TEXT NOT NULL,
    Year INTEGER NOT NULL,
    Attendance INTEGER NOT NULL
);
CREATE TABLE stage (
    Stage_ID INTEGER PRIMARY KEY,
    Festival_ID INTEGER NOT NULL,
    Name TEXT NOT NULL,
    Capacity INTEGER NOT NULL,
    FOREIGN KEY (Festival_ID) REFERENCES festival(Festival_ID)
);
CREATE TABLE artist (
    Artist_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Country TEXT NOT NULL,
    Genre TEXT NOT NULL,
    Formed_Year INTEGER NOT NULL
);
CREATE TABLE performance (
    Performance_ID INTEGER PRIMARY KEY,
    Stage_ID INTEGER NOT NULL,
    Artist_ID INTEGER NOT NULL,
    Day INTEGER NOT NULL,
    Start_Time TEXT NOT NULL,
    Duration_Minutes INTEGER NOT NULL,
    FOREIGN KEY (Stage_ID) REFERENCES stage(Stage_ID),
    FOREIGN KEY (Artist_ID) REFERENCES artist(Artist_ID)
);
"""

TABLES = ("festival", "stage", "artist", "performance")

# (city, country): where festivals are held; the countries are also the artists' countries.
PLACES = (("Toronto", "Canada"), ("Lyon", "France"), ("Osaka", "Japan"), ("Recife", "Brazil"),
          ("Lagos", "Nigeria"), ("Gothenburg", "Sweden"), ("Perth", "Australia"), ("Guadalajara", "Mexico"),
          ("Cork", "Ireland"), ("Busan", "South Korea"))
FESTIVAL_WORDS = ("Sunrise", "Harbour", "Meadow", "Riverside", "Summit", "Lakeside", "Desert", "Northern Lights",
                  "Open Sky", "Green Valley")
FESTIVAL_KINDS = ("Festival", "Music Festival", "Weekender", "Sessions")
STAGE_NAMES = ("Main Stage", "Forest Stage", "River Tent", "Club Room", "Garden Stage", "Night Tent")
ARTIST_FIRST = ("Silver", "Northern", "Paper", "Velvet", "Electric", "Quiet", "Golden", "Hollow", "Midnight",
                "Crimson", "Wandering", "Glass", "Lunar", "Copper", "Static", "Wild")
ARTIST_SECOND = ("Foxes", "Lanterns", "Harbor", "Echoes", "Pilots", "Gardens", "Rivers", "Engines", "Orchids",
                 "Tides", "Satellites", "Owls", "Parade", "Machines", "Choir")
GENRES = ("Rock", "Jazz", "Electronic", "Folk", "Hip Hop", "Pop", "Classical", "Reggae")

FESTIVALS, ARTISTS, PERFORMANCES_PER_STAGE = 8, 60, 10


def festival_rows(seed: int = SEED) -> dict[str, list[tuple]]:
    """Rows of every table (in :data:`TABLES` order), drawn from ``random.Random(seed)``."""
    rng = random.Random(seed)
    festivals = []
    for festival_id, (word, (city, country)) in enumerate(
            zip(rng.sample(FESTIVAL_WORDS, FESTIVALS), rng.sample(PLACES, FESTIVALS)), start=1):
        festivals.append((festival_id, f"{word} {rng.choice(FESTIVAL_KINDS)}", city, country,
                          rng.randint(2019, 2024), rng.randrange(5_000, 90_000, 100)))
    stages = []
    for festival_id, *_ in festivals:
        for name in rng.sample(STAGE_NAMES, rng.randint(2, 4)):
            stages.append((len(stages) + 1, festival_id, name, rng.randrange(500, 20_000, 50)))
    names = rng.sample([f"{a} {b}" for a in ARTIST_FIRST for b in ARTIST_SECOND], ARTISTS)
    artists = [(artist_id, name, rng.choice(PLACES)[1], rng.choice(GENRES), rng.randint(1975, 2020))
               for artist_id, name in enumerate(names, start=1)]
    performances = []
    for stage_id, *_ in stages:
        for artist_id in rng.sample(range(1, ARTISTS + 1), PERFORMANCES_PER_STAGE):
            hour, half = rng.randint(12, 23), rng.choice((0, 30))
            performances.append((len(performances) + 1, stage_id, artist_id, rng.randint(1, 3),
                                 f"{hour:02d}:{half:02d}", rng.randrange(30, 135, 15)))
    return {"festival": festivals, "stage": stages, "artist": artists, "performance": performances}


def write_example_database(path: str | os.PathLike = EXAMPLE_DATABASE, seed: int = SEED) -> Path:
    """Write the example database to ``path`` (atomically: a finished file or none) and return the path."""
    path = Path(path)
    rows = festival_rows(seed)
    with atomic_path(path) as temp:
        connection = sqlite3.connect(temp)
        try:
            connection.executescript(SCHEMA)
            for table in TABLES:
                width = len(rows[table][0])
                connection.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * width)})", rows[table])
            connection.commit()
            connection.execute("VACUUM")
        finally:
            connection.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="(Re)write deepfix's bundled example sqlite database.")
    parser.add_argument("--out", default=str(EXAMPLE_DATABASE), help=f"output file (default {EXAMPLE_DATABASE})")
    args = parser.parse_args(argv)
    path = write_example_database(args.out)
    total = sum(len(table_rows) for table_rows in festival_rows().values())
    print(f"wrote {path} ({path.stat().st_size} bytes, {total} rows in {len(TABLES)} tables)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
