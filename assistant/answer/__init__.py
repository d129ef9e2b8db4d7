"""Answer: retrieved hits -> a grounded, cited Answer (extractive by default, an LLM as a plug-in) or a refusal."""
