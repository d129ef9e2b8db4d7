"""Documents: files in the source folder -> cleaned SourceDocuments (formats, encodings, metadata, uploads)."""
