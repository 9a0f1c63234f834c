"""The encoder side of Spider: loading, schemas, linking, stored values, relations, the token
layout read by the pretrained encoder, and the cached encoder vectors (RAT-SQL's inputs, paper Sec. 4)."""
