"""Scale benchmarks: synthetic Korean corpora of 1k-100k chunks, this pipeline against a plain LangChain one.

`python -m benchmarks --korquad PATH` prints the table in docs/scale.md; `python -m benchmarks load
--url URL` drives the Gradio app with simultaneous chats. Nothing here is imported by the assistant.
"""
