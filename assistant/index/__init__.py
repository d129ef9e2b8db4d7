"""Index: SourceDocuments -> chunks -> vectors + lexical index, kept as one generation; retrieval over it."""
