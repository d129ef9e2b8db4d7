"""The chat's HTML as a citizen reads it: one card per document, links, no placeholder publisher, the finder button."""

from __future__ import annotations

import re

from assistant.ui.render import answer_html, answer_text, text_html


def _cite(number, source, publisher="", url=""):
    return {"number": number, "source": source, "title": "청년 면접수당 " + source.split(".")[0].upper(), "publisher": publisher, "published": "",
            "url": url, "snippet": "월 50만원 지원", "passage": "지원내용: 월 50만원 지원"}


def test_one_card_per_document_and_the_rest_folded_under_it():
    cites = [_cite(1, "a.md"), _cite(2, "a.md"), _cite(3, "b.md"), _cite(4, "a.md")]
    page = answer_html({"answer": "가 [1] 나 [2] 다 [3] 라 [4]", "citations": cites}, turn=3)
    open_part, folded = page.split('<details class="jq-more-sources">')
    assert [int(n) for n in re.findall(r'id="jq-src-3-(\d)"', open_part)] == [1, 3]
    assert "같은 문서의 다른 인용 2건" in folded and 'id="jq-src-3-2"' in folded and 'id="jq-src-3-4"' in folded
    assert 'href="#jq-src-3-4"' in page  # [4] still links to its folded card


def test_web_addresses_become_links_and_a_placeholder_publisher_is_left_out():
    shown = text_html("누리집(www.noori-youth.go.kr)에서 신청, 문의 a@b.kr", links=True)
    assert '<a class="jq-link" href="https://www.noori-youth.go.kr"' in shown and "a@b.kr" in shown
    assert shown.count("<a ") == 1
    page = answer_html({"answer": "월 50만원 [1]", "citations": [_cite(1, "noori.hwp", publisher="-")]})
    meta = re.search(r'<div class="jq-meta">(.*?)</div>', page)[1]
    assert meta == "날짜 미상" and "noori.hwp" not in page
    assert " - " not in answer_text({"answer": "월 50만원 [1]", "citations": [_cite(1, "noori.hwp", publisher="-")]})


def test_an_answer_pointing_to_the_finder_gets_a_button_for_it():
    refusal = answer_html({"answer": "문서에 없습니다. '맞춤 사업 찾기' 탭에서 찾아보세요.", "abstained": True})
    plain = answer_html({"answer": "월 50만원 [1]", "citations": [_cite(1, "a.md")]})
    assert 'class="jq-open-finder"' in refusal and "jq-open-finder" not in plain
