"""Korean job-policy Q&A assistant: grounded, cited answers from municipal job-program documents."""

__version__ = "0.1.0"
