"""The app's look: system Korean fonts (nothing fetched from the network) and CSS that works at phone width."""

from __future__ import annotations

import gradio as gr

_FONTS = ["Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "system-ui", "sans-serif"]
THEME = gr.themes.Default(
    primary_hue="blue",
    font=_FONTS,
    font_mono=["Noto Sans Mono CJK KR", "ui-monospace", "monospace"],
)

CSS = """
.gradio-container { max-width: 1080px !important; width: 100% !important; margin: 0 auto; }
#jq-header p { margin-top: 0; }
.jq-hint { font-size: 0.85em; color: var(--body-text-color-subdued); align-self: center; }
.jq-cite { color: var(--color-accent); font-weight: 600; font-size: 0.85em; white-space: nowrap; }
a.jq-cite { text-decoration: none; } a.jq-cite:hover, a.jq-cite:focus { text-decoration: underline; }
.jq-plain { display: none !important; }
.jq-actions { display: flex; justify-content: flex-end; gap: 0.5em; margin-top: 0.3em; }
.jq-open-finder { font-size: 0.85em; padding: 0.2em 0.8em; border: 1px solid var(--color-accent); border-radius: 6px;
  color: var(--color-accent); background: var(--background-fill-primary); cursor: pointer; font-weight: 600; }
.jq-copy { font-size: 0.8em; padding: 0.15em 0.7em; border: 1px solid var(--border-color-primary);
  border-radius: 6px; background: var(--background-fill-secondary); cursor: pointer; }
.jq-source { scroll-margin: 1em; transition: background-color 0.4s; border-radius: 4px; }
.jq-source.jq-flash, .jq-source:target { background: #dbeafe; outline: 2px solid #60a5fa; }
.jq-cut { font-size: 0.8em; color: #b45309; margin-top: 0.3em; }
.jq-scores { font-size: 0.8em; color: var(--body-text-color-subdued); }
.jq-no-terms { color: #b45309; }
.jq-hit-unmatched .jq-passage { opacity: 0.75; }
mark.jq-term { background: #fef08a; font-weight: 600; }
.jq-error { color: var(--error-text-color, #b91c1c); background: var(--error-background-fill, #fef2f2);
  border: 1px solid var(--error-border-color, #fca5a5); border-radius: 6px; padding: 0.5em 0.8em; }
.jq-warning { color: #92400e; background: #fffbeb; border: 1px solid #fcd34d; border-radius: 6px; padding: 0.5em 0.8em; }
#jq-feedback-table table { table-layout: fixed; width: 100%; }
#jq-feedback-table td, #jq-feedback-table th { white-space: normal !important; overflow-wrap: anywhere; }
.jq-typing { color: var(--body-text-color-subdued); }
.jq-refusal { border-left: 4px solid #d97706; padding-left: 0.7em; }
.jq-notes { font-size: 0.85em; color: var(--body-text-color-subdued); margin: 0.5em 0 0 0; padding-left: 1.2em; }
.jq-sources { margin-top: 0.6em; }
.jq-more-sources > summary { cursor: pointer; font-size: 0.85em; color: var(--color-accent); padding: 0.3em 0; }
.jq-sources > summary, .jq-document > summary { cursor: pointer; font-weight: 600; }
.jq-source, .jq-hit-group { border-top: 1px solid var(--border-color-primary); padding: 0.5em 0; }
.jq-more-passages > summary { cursor: pointer; font-size: 0.85em; color: var(--color-accent); padding: 0.3em 0; }
.jq-more-passages .jq-hit { border-top: 1px dashed var(--border-color-primary); }
.jq-match-count { font-weight: 400; font-size: 0.85em; color: var(--body-text-color-subdued); }
.jq-source-title { font-weight: 600; }
.jq-meta { font-size: 0.8em; color: var(--body-text-color-subdued); overflow-wrap: anywhere; }
.jq-passage { font-size: 0.88em; margin: 0.35em 0 !important; padding: 0.2em 0 0.2em 0.7em !important;
  border-left: 3px solid var(--border-color-primary) !important; max-height: 18em; overflow-y: auto; }
.jq-doc { font-size: 0.9em; max-height: 28em; overflow-y: auto; padding: 0.5em;
  border: 1px solid var(--border-color-primary); border-radius: 6px; }
.jq-empty { color: var(--body-text-color-subdued); }
mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
mark.jq-passage-mark { background: #bfdbfe; }
#jq-chat { height: calc(100vh - 330px) !important; min-height: 300px; }
#jq-chat .jq-passage { max-height: none; overflow-y: visible; }  /* the chat scrolls; a card inside it does not */
.jq-table { border-collapse: collapse; margin: 0 0 1em 0; min-width: 50%; }
.jq-table caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
.jq-table th, .jq-table td { border: 1px solid var(--border-color-primary); padding: 0.3em 0.6em; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
.jq-table th { background: var(--background-fill-secondary); white-space: nowrap; font-weight: 600; }
@media (max-width: 640px) {
  .gradio-container { padding: 4px 6px !important; }
  #jq-header h2 { margin: 0.2em 0; font-size: 1.3em; }
  #jq-header p { font-size: 0.85em; }
  .jq-hint { display: none; }
  /* the four tabs fit a 390 px screen side by side, so Gradio does not fold them into its "⋯" menu */
  .tab-container button, button[role="tab"] { padding-left: 0.45em !important; padding-right: 0.45em !important;
    font-size: 0.9em !important; }
  #jq-chat { height: calc(100svh - 360px) !important; min-height: 240px; }
}
"""
