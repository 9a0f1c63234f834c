"""What the Spider model reads, prepared before any network runs: loading, schemas, linking,
stored values, relations, the token layout read by the pretrained encoder, and the cached encoder
vectors (RAT-SQL's inputs, paper Sec. 4). "Encoder" in deepfix means the pretrained model only;
this package holds no network."""
