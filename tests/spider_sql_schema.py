"""A small hand-written schema in tables.json form, shared by the Spider SQL tests."""

CONCERTS = {
    "db_id": "concerts",
    "table_names_original": ["singer", "concert", "singer_in_concert"],
    "table_names": ["singer", "concert", "singer in concert"],
    "column_names_original": [
        [-1, "*"],
        [0, "Singer_ID"], [0, "Name"], [0, "Country"], [0, "Age"],           # 1-4
        [1, "concert_ID"], [1, "concert_Name"], [1, "Year"], [1, "Stadium_ID"],  # 5-8
        [2, "concert_ID"], [2, "Singer_ID"],                                 # 9-10
    ],
    "column_names": [
        [-1, "*"], [0, "singer id"], [0, "name"], [0, "country"], [0, "age"],
        [1, "concert id"], [1, "concert name"], [1, "year"], [1, "stadium id"],
        [2, "concert id"], [2, "singer id"],
    ],
    "column_types": ["text", "number", "text", "text", "number", "number", "text", "text",
                     "number", "number", "number"],
    "primary_keys": [1, 5],
    "foreign_keys": [[9, 5], [10, 1]],
}
