"""UI: the Gradio app — citizens' chat, counselors' search, staff tools — and its feedback store."""
