"""Programs: the catalog of programs found in the documents, and the eligibility finder over it."""
