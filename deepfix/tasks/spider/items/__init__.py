"""The schema-item head: which columns and tables a question uses, a cheap proxy task on the
cached encoder vectors for the depth, batch and convergence studies."""
