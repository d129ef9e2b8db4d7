"""Language: Korean text analysis and every Korean rule table (morphemes, glossary, question reading, tokens)."""
