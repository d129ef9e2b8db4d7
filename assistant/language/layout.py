"""How Korean notices and program pages lay out their lines: bullet and heading glyphs, numbering, labels, tables.

assistant/documents/structure.py reads documents into headings, items, fields and rows with these tables;
assistant/documents/cleaning.py strips a web article's list glyphs with WEB_BULLET.
"""

from __future__ import annotations

import re

# Glyphs that open a bullet item in Korean notices (○ □ ◯ ㅇ - ∙ · ※ 󰏅 ⁃ ㆍ and friends).
BULLET = re.compile(r"^([○●◯◦\-–∙·•※󰏅⁃ㆍ▪▫▶►▷◆◇☞✓✔*+]|[ㅇo](?=\s))\s*")
# The fewer glyphs a web article's list lines open with: a boilerplate line is matched without them.
# Narrower than BULLET (no ○ ※ ㅇ); widening it would change what cleaning drops.
WEB_BULLET = re.compile(r"^[•·∙◦▪\-*]\s*")
# Glyphs that open a heading when the line is short: □ 지원대상, ■ 사업개요, Ⅰ. 개요.
HEADING_GLYPH = re.compile(r"^([□■◼◻▣]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\.?)\s*")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
NUMBERED = re.compile(r"^(\d{1,2}[.)]|[가-하][.)]|\(\d{1,2}\)|\([가-하]\)|[①-⑳])\s*")
# "label: value" — a short label, then a colon (not the one in "http://" or "10:00").
LABEL_VALUE = re.compile(r"^([^:：\d][^:：]{0,19}?)\s*[:：](?!//)\s*(.*)$")
PAREN_LABEL = re.compile(r"^[(\[【<]\s*([^()\[\]【】<>]{1,15}?)\s*[)\]】>]\s*(.*)$")
TABLE_CELL = re.compile(r"\s*\|\s*")
# A line ends like a sentence ("…지원합니다.", "…신청해요", "…지원함", or any final . ! ?); a heading or a label
# ("사업개요", "필요서류") does not: only a verb's 요 counts, unlike discourse.STATEMENT_END, and no closing quote.
VERBAL_LINE_END = re.compile(r"(다|[어아해죠네세지]요|음|함|됨|임)\s*[.!?…]?\s*$|[.!?]\s*$")
# A small figure with its unit ("4일", "24시간", "30명"), which makes a □ line an item; not a year ("2025년").
LINE_FIGURE = re.compile(r"(?<![\d,])\d{1,3}\s*(세|살|명|개|원|시간|일|주|개월|년|%|회|곳|팀)")
# Field names that hold a document's title.
TITLE_LABELS = ("사업명", "정책명", "과제명", "프로그램명", "제목", "공고명", "사업명칭")
# A table's header row (its first two cells), which names columns and answers nothing.
HEADER_ROW = {("항목", "내용"), ("구분", "내용"), ("구분", "세부내용"), ("항목", "세부내용")}
# Layout marks a quote loses when an answer shows it (answer/quoting.plain_quote); the words stay, so a shown
# line is its source line with marks deleted. Glyphs that are never words, wherever they stand as a token:
# □ ○ ● ❍ ▶ …, Markdown headings (##), table rules (|), and private-use icons a HWP file's fonts draw.
_GLYPHS = "○●◯◦∙•󰏅⁃ㆍ▪▫▶►▷◆◇◈◎☞✓✔□■◼◻▣❍❑❏➢➤△▽"
# A glyph inside a label as read ("❍ 지원기간 : …" -> "지원기간"): never part of a field name.
LABEL_GLYPH = re.compile(rf"[{_GLYPHS}‣]")
# A field stated in brackets within a line, as a title states an event's day ("…개최 안내(행사일:10.21~10.22) 안내",
# "…일자리박람회 안내(일시: 10. 23.(수) 10:00-17:00)"): group 1 the name, group 2 its value, which holds a figure.
BRACKETED_FIELD = re.compile(r"[(\[]\s*([가-힣][가-힣 ]{0,7}?)\s*[:：]\s*([^:：()\[\]]*\d[^\[\]]*?)[)\]](?=[^()]*$)")
LAYOUT_GLYPH_TOKEN = re.compile(rf"(?<!\S)(?:[{_GLYPHS}|]|#{{1,6}})(?!\S)")
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# Marks that are a bullet only where a line starts or ends (elsewhere "-", "*" and "ㅇ" can be text):
# "- 연령", "* 만기금", "※ 신산업", "> 인용", "ㅇ 주관기관", "○훈련장려금", and a dangling "(심사방법) -".
LINE_START_MARK = re.compile(rf"^(?:[\-–*+※>]\s+|[ㅇo]\s+|[{_GLYPHS}]\s*)")
LINE_END_MARK = re.compile(r"\s+[\-–*]$")
MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# What kind of document a cited passage comes from, for the note under an answer ("2025년 3월 공고 기준"):
# a notice calls itself one in its title; a news article reports in the plain past ("…했다.", "…밝혔다.").
NOTICE_TITLE = re.compile(r"공고|모집")
NEWS_SENTENCE_END = re.compile(r"(?:[했혔됐였겠갔왔줬렸있없]|한|된|이)다[.\"”’']")
NEWS_SENTENCES = 2  # plain-past sentence endings that make a passage read as news
# A publisher that is a newspaper or broadcaster ("CNB뉴스", "한국경제", "일간경기", "○○일보").
NEWS_PUBLISHER = re.compile(r"뉴스|일보|신문|경제$|타임[즈스]|방송|저널|통신|헤럴드|미디어|투데이|데일리|일간|news|times|herald", re.I)
# A line that states when applications are taken ("신청기간 : 2025. 3. 1. ~ 3. 15.").
APPLY_PERIOD_LABEL = re.compile(r"(?:신청|접수|모집|공모)\s*(?:기간|일정|기한|마감)")
# A document's own date, as a press release or notice states it near its top: "보도일시: 2024. 3. 5.",
# "작성일 2024-03-05", "2024년 3월 5일 공고".
# "보도일시: 2018. 9. 4." and a table row's "보도일시 | 2018. 9. 4." alike.
DOCUMENT_DATE_LABEL = re.compile(r"(?:보도|배포|작성|등록|게시|공고|발행)\s*(?:일시|일자|일)\s*[:：|]?\s*")
FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})")
DOCUMENT_HEAD_CHARS = 600  # an unlabelled date counts only this near the top, and only when it is the only one
LIST_MARK = re.compile(r"^[\W\d_①-⑳]+")  # what opens a list item ("⑥ ", "- ", "3) ")
