"""What a question about a program asks, in people's words, and what a line answering each kind looks like.

Kinds: amount (with its unit), percent, duration, times (how often), quantity (how many of a thing: 건, 장, 자),
schedule, weekday (which day of the week: 무슨 요일), lead_time (how long before or after: 3일 전), place, documents, selection, contact (phone: a number to call), organiser (the body that runs it), benefits, paid_as (cash, card, local currency), apply (how to apply), head_count, age, eligibility (who may apply), residence, period
(application period), use (what a benefit may be spent on: "어디에 쓸 수 있어?"), paid (whether money is paid at all:
"돈도 줘요?"), cost (whether the asker pays: "임대료 내야 돼요?") and yes_no (a condition asked as yes or no: 군필, 재학생,
사업자등록, 관외 거주, 중복 수혜 …).
A question may ask several ("몇 달 하고 하루 몇 시간?"): `asked_kinds` lists each, in order.
"""

from __future__ import annotations

import re

# A line saying a benefit is given whatever the asker's case ("□ 자격증 취득 여부와 상관없이 응시료 지원", "학력 무관"):
# it settles a may-I question about a case it covers ("시험 떨어졌는데 받을 수 있나요?")
REGARDLESS = re.compile(r"(상관|관계)\s*(없이|없음|없습니다)|무관(하게|하며|함|합니다|\s*[,)]|$)|불문")
# Where to find something out, asked ("신청은 어디서 확인해요?", "서류 어디서 볼 수 있어요?"), and a page's line pointing
# to where to look ("시군 홈페이지 참고", "누리집 공고문 확인"): that line answers it
ASKS_WHERE_TO_LOOK = re.compile(r"어디(서|에서|에|를|로)?\s*(확인|찾아|찾|볼\s*수|봐야|보면|알\s*수|알아봐|나와)")
LOOK_UP_LINE = re.compile(r"(홈페이지|누리집|사이트|공고문?|게시판)\S{0,3}\s*(참고|참조|확인|게시|공고)")
# A floor or room asked ("군청 몇층으로 가요?", "몇 호실이에요?"), and a line stating one ("(태안군청 3층 경제진흥과)")
ASKS_FLOOR = re.compile(r"몇\s*(층|호실|호)")
FLOOR_LINE = re.compile(r"\d+\s*층|\d+\s*(호실|호)(?![가-힣])")
# The charges a question may ask whether the asker pays ("참가비 있어?", "임대료 내야 돼요?")
CHARGE_NAMES = "비용|요금|참가비|참여비|수강료|교육비|임대료|임차료|이용료|사용료|대여료|관리비|회비|재료비"
CHARGE_NAMED = re.compile(CHARGE_NAMES)
# Papers a question may name as what it hands in or needs ("영수증 어떤거 내야돼요?", "통장사본도 필요해요?")
PAPER_NAMES = "영수증|사본|등본|초본|증명서|확인서"
# What a program is for, asked ("목적이 뭐예요?", "취지가 무엇입니까?", "도입된 배경이 뭐예요?"): its page's purpose line
# ("무슨 목적으로 하는 거예요?", "무슨 취지로 해요?", "목적이 머에요")
# ("뭐 하려고 주는 거예요?", "만드는 이유가 뭐예요?", "어떤 기업의 구인난 해소를 목표로 합니까?", "… 키우는 게 목표예요?")
ASKS_PURPOSE = re.compile(r"(목적|취지|배경|목표|(?<=[는든된긴]\s)이유|(?<=[는든된긴])이유)\s*(이|은|는|가)?\s*(뭐|무엇|뭔|무슨|어떻게|알려|머)|"
                          r"(무슨|어떤|뭔)\s*(목적|취지)|뭐\s*하려고|"
                          r"목표로\s*(합니까|하나요|해요|하는\s*(거|건|사업)\S{0,4})\s*[?？]*\s*$|(목적|목표)\s*(예요|에요|이에요|입니까|인가요|이야|야)\s*[?？]*\s*$")
# Kind -> how a question asks it (searched in the question as typed).
QUESTION_KINDS: dict[str, re.Pattern] = {
    # ... or a share of a whole named ("남아 있는 구직급여 중 어느 정도를 지급합니까?")
    "percent": re.compile(r"몇\s*(%|퍼센트|프로|퍼)|비율|자부담|부담\s*(률|율|비율)|얼마나\s*부담|금리|이율|이자율|"
                          r"[가-힣](?<!하루)(?<!기간)(?<!방학)(?<!학기)(?<!교육)(?<!근무)(?<![년주달월일])\s*중\s*(에서\s*)?(어느\s*정도|얼마만큼)|"
                          r"몇\s*분의|절반"),  # (not a time's: "하루 중 어느 정도 일해요?")
    "amount": re.compile(r"얼마(?!나?\s*(걸|오래|동안|기간|지나)|\s*만에)|금액|액수|몇\s*(십|백|천|만|억)*\s*원|돈|비용|월급|급여|수당|임금|인건비|사업비|한도|인센티브|"
                         r"[가-힣]{1,4}금(?=[은는이가도을를]|\s|$)|포인트|바우처|"
                         r"[가-힣]{1,3}(?<!전)액(?=[은는이가도을를]|이랑|이나|과|와|\s|$|[?？,])"),  # "월 지원액", "한도액은"
    # (not "훈련비 전액 대주는": the whole of it, describing the program)
    "duration": re.compile(r"얼마\s*만에|몇\s*(개월|달|주|년\s*(동안|간|까지|이내|짜리)|일\s*(동안|간)|시간|박)|(근무|교육|근로|활동|운영|수업)\s*시간|며칠\s*(동안|간|쓸|빌)|얼마나?\s*(오래|동안|걸)|(소요|걸리는)\s*시간|(?<![한\d])(?<![한\d]\s)시간(?!당|에)\S{0,2}\s*얼마나|"
                           r"(?<!신청)(?<!접수)(?<!모집)(?<!신청 )(?<!접수 )(?<!모집 )기간(?!\s*(동안|중에?)\s)(?!.*(신청|접수|모집))|하루\s*몇|몇\s*년(?!\s*(에|도|생))"),
    "lead_time": re.compile(r"(며칠|몇\s*일|몇\s*주)\s*(전|후|뒤|이내|안에)|얼마나?\s*지나"),  # how long before or after: "며칠 전에 예약",
    # "폐업하고 얼마나 지나야"
    "schedule": re.compile(r"언제(?!까지\s*신청)|며칠\s*에|무슨\s*요일|몇\s*시(?!간)|(?<![가-힣])시기|(지급|신청|접수|교육|운영)\s*시기|일정|날짜|매달|매월|들어와|입금|지급일"),
    "weekday": re.compile(r"요일"),  # "무슨 요일에 해요?", "몇 요일마다": a day of the week, not a date or an hour
    # ... or whether one may still apply, or apply in a month ("아직 신청 돼요?", "신청 11월에도 되나요?")
    "period": re.compile(r"(신청|접수|모집)\s*(기간|마감|언제)|언제까지\s*(신청|접수)|마감|(아직|지금도?)\s*(신청|접수)\S{0,3}\s*(돼|되|가능|할\s*수)|"
                         r"(신청|접수)\S{0,2}\s*\d{1,2}\s*월\S{0,3}\s*(돼|되|가능)|\d{1,2}\s*월\S{0,3}\s*(신청|접수)\S{0,3}\s*(돼|되|가능|할\s*수)|"
                         # ... or whether applying is in a month ("5월에도 접수 받나요?", "신청 6월에 하는 거 맞아?"), or in which
                         # month it opens ("공모는 보통 몇월에 나요?")
                         r"\d{1,2}\s*월\S{0,3}\s*(신청|접수|모집)\S{0,3}\s*(받|하|해|열|있)(?!.*(언제|얼마|어디|몇|뭐|무엇))|"
                         r"(신청|접수|모집)\S{0,2}\s*\d{1,2}\s*월\S{0,3}\s*(하|해|열|있|맞)(?!.*(언제|얼마|어디|몇|뭐|무엇))|"
                         r"(신청|접수|모집|공모)\S{0,3}\s*(보통\s*|주로\s*|매년\s*)?몇\s*월(?!급)"),
    "place": re.compile(r"어디(?!(에|로|에다|다|에서)?\s*(문의|연락|물어))(?!서\s*신청)(?!에?\s*(쓰|쓸|써|사용))(?!\s*메일)|장소|위치|어느\s*(지역|곳|시|군|쪽|나라|국가)|(?<!메일)(?<!메일\s)주소(?!\s*(이전|옮))"),
    # ("뭐 더 내야돼요?": what else to hand in)
    # ("신분증 말고 뭐 가져가야 돼요?": what to bring; "영수증 어떤거 내야돼요?", "통장사본도 필요해요?": papers named)
    "documents": re.compile(r"서류|(뭐|뭘)\s*(더\s*|또\s*)?(내|준비|챙|제출|올려|가져|들고|지참)|무엇을\s*(더\s*)?(제출|준비)|준비물|증빙|제출|"
                           r"(어떤|무슨)\s*(거|걸|것)\s*(을|를)?\s*(더\s*)?(내|제출|준비|챙|가져)|"
                           rf"({PAPER_NAMES})\S{{0,2}}\s*(필요|내|제출|준비|가져|챙)"),
    # "면접비", "면접수당", "면접정장" are what is paid or lent for an interview, not how people are chosen; "청년 더 뽑으면
    # 뭘 지원해줘요?" says when the firm is helped (when it hires), not how applicants are chosen
    "selection": re.compile(r"(누구|누가|어떤\s*사람)\s*(부터|먼저)|뽑(?!으면|히면|는\s*경우|을\s*때)|선착순|선발|선정|심사|평가|합격|당선|결과\s*(발표|통보|안내)|면접(?!\s*(비|수당|정장|복장|의상|사진|비용|준비|대비|볼|보러|보는|봤|때|이라(?![는도고던])|이어서|인데)|실)|점수|몇\s*점|우선|순서|추첨|경쟁"),
    # which ministry or agency runs it ("어느 부처 거예요?", "소관 부처는 어디입니까?", "주관기관 어디예요?", "운영하는 부서가 어디예요?")
    "organiser": re.compile(r"(어느|무슨|어떤|어디)\s*(부처|기관|부서|팀(?!장|원|별|워크)(?!\s*(이|은|가|도|만)?\s*(신청|지원|참여|참가|응모|받)))|(?<!담당)(?<!담당\s)(부처|기관|부서)[가이는은]?\s*(어디|어느)|소관|(주관|주최|운영|시행|수행)\s*(기관|부처|하는\s*(곳|데))|"
                           r"어디서\s*(주관|주최|운영|시행|맡|맏|담당)|누가\s*(주관|주최|운영|시행|수행|맡아)|"  # "누가 운영하는 사업입니까?"
                           # "운영 어디가 해?", "운영은 어디서 맡아서 해요?", "주관 대학 어디야", "어디 담당이에요?", "어느 대학이 운영함?"
                           r"(주관|주최|운영|시행|수행)\s*(은|는)?\s*(대학|학교|기관|부서|단체)?\s*(은|는|이|가)?\s*(어디|어느\s*곳|누가)(가|\s*(에)?서\s*(맡|맏|담당)|(야|예요|에요|이에요|인가요|입니까|임|에)?\s*[?？]*\s*$)|"
                           r"어디\s*(담당|소관|관할)|(어느|무슨|어떤)\s*(대학|학교|단체|회사|법인)\S{0,2}\s*(운영|주관|주최|맡|담당|수행)"),
    "contact": re.compile(r"전화|번호|연락|문의|이메일|메일|담당\s*(부서|자|기관)|어디(에|로|에다|다|에서)?\s*(물어|연락)"),
    "phone": re.compile(r"전화|연락처|(?<!접수)(?<!신청)번호"),  # a number to call: a line without one does not answer
    # an address to write to ("이메일 주소랑 팩스번호", "어디 메일로 내요?"): a line without one does not answer
    "email": re.compile(r"이메일|메일|e-?mail", re.I),
    # ("거기서 뭐 알려줘요?", "인건비 대신 뭐 나와?", "어떤 프로그램들 있어요?": what it teaches, gives or runs)
    "benefits": re.compile(r"뭐\s*(해|배우|배워(?!야|\s*(가|와)야)|받|지원|주|제공|알려|가르쳐|나와|나오|도와|운영)|무엇[을이]\s*(지원|제공|배우|도와)|무슨\s*(지원|혜택|교육|일|내용|활동|프로그램)|"
                           r"어떤\s*(지원|혜택|교육|내용|일|활동|프로그램|과정|강의|수업|서비스)|어떤\s*(걸|거)(?!\s*(을|를)?\s*(더\s*)?(내|제출|준비|챙|가져))|"
                           r"뭐가\s*(나와|나오|지원|제공)|(교육|강의|강좌|과정|프로그램|수업|혜택)\S{0,2}\s*(뭐|무엇)(가|이)?\s*있(?!어야|으면)|뭐\s*하는\s*(행사|사업|건|거|곳|데|프로그램|센터)|(어떤|무슨)\s*[가-힣]{0,6}들(이|은|을)?\s*(있|해|하|나와|받)|혜택|"
                           r"뭘\s*(해|받|배우|고쳐|지원)|지원\s*내용|다른\s*것도"),
    "apply": re.compile(r"(어떻게|어케|어캐)\s*(신청|접수|지원)|(어떤|무슨)\s*(경로|방법|방식|루트)(으로|로)?\s*(신청|접수|지원)|신청\s*(방법|어디|하려면|할\s*때)|어디서\s*신청|어디에\s*신청|어디\s*가서|온라인|방문\s*(신청|접수)|"
                        r"(PC|피씨|모바일|앱)|(신청|접수)\S{1,2}\s*어디다|어디로\s*(보내|제출)|(신청|접수)\S{0,2}\s*(제가|본인이|회사가|기업이)?\s*직접\s*(해|하|신청|접수)|"  # "신청 제가 직접 해요?": who applies, how
                        r"(신청|접수)\s*(은|는)\s*(요|어떻게)?\s*\??\s*$|"  # "그거 신청은?": how
                        r"(예약|참가|참여|등록)\s*(은|는|을)?\s*(어떻게|어케|어캐|어디서)\s*(해|하|신청)|(신청|접수)\s*(은|는|을)?\s*(어떻게|어케|어캐)\s*(해|하)|"  # "상담 예약 어떻게 해요?"
                        r"(빌리|대여하|이용하)려면\s*(어떻게|어케|어캐)(?!\s*(가|와|찾아))"),  # "정장 빌리려면 어떻게 해요?": the way to ask for it
    "head_count": re.compile(r"몇\s*(명|팀|개사|개소|곳|군데|기업|업체|가구|개\s*(기업|업체|팀|기관)|인(?![가-힣]))|인원|정원"),  # "몇인 미만 기업"
    # how often: "최대 몇 번까지", "1년에 몇 회", "1년에 두번 받을 수 있나요?"
    "times": re.compile(r"몇\s*(번|회|차례)|(?<![가-힣\d])(두|세|네|여러|2|3)\s*(번|회|차례)\s*(이상|까지|도|씩)?\s*(받|신청|참여|지원|들|할|해)"),
    "quantity": re.compile(r"몇\s*(건|장|매|자|학점|개(?!월|사|소|\s*(기업|업체|팀|기관))|가지|권|과목|층|제곱미터|평(?!가|균|일|생)|㎡|m2)"),  # "몇 건까지", "몇 자", "몇층", "몇 제곱미터"
    "age": re.compile(r"몇\s*(살|세)|나이|연령"),
    "paid_as": re.compile(r"(융자|대출)\S{0,3}\s*(에요|예요|이에요|인가요|이야|야|아니|인지)|갚아야|상환해야|그냥\s*주는|현금|통장(?!\s*사본)|계좌로|상품권|지역\s*화폐|카드로|무엇으로\s*(줘|받|지급)|뭘로\s*(줘|받|지급)|"
                         r"어떻게\s*(들어와|들어오|입금|지급)|(어떤|무슨)\s*(식|방식|형태)\s*으로\s*(들어와|들어오|입금)|"
                         r"(돈|지원금|수당|응시료|장려금)\S{0,2}\s*(어떻게|(어떤|무슨)\s*(식|방식|형태)\s*으로)\s*(받아|받나|줘|주나)(?!야)"),  # in what form
    # ("돈은 어떻게 들어와요?", "돈은 어떤 식으로 들어와요?", "응시료 지원 돈은 어떻게 받아?")
    "eligibility": re.compile(r"누가(?!\s*(부터|먼저|주관|주최|운영|시행|수행|맡아|가르|알려|상담해|코칭|멘토링|봐\s*줘|도와))|누구(?!한테|에게|랑|\s*부터|\s*먼저)|(지원|신청|참여|모집)\s*(대상|자격)|대상(이|은)?\s*(정확히\s*)?(어떻게|누구|뭐)|(어떤|어느|무슨)\s*([가-힣]{1,6}(?<!로)\s*)?대상(이|인|입니)|자격(?!증)\s*(요건|조건)?|"
                             # whether the asker's case is one it is for ("… 집에만 있었어요. 대상이 될까요?")
                             r"대상\s*(이|에)?\s*(될까|되나|돼|되요|되는지|될\s*수|맞나|맞아|맞을까|인가|일까)|"
                             r"(?<![가-힣])(?<!(?:근무|근로|상환|지급|대출|융자|계약|임대)\s)조건\S{0,2}\s*(있|뭐|무엇|어떻|알려)"),  # "조건 있어요?": who may apply, not "근무 조건"
    # with whom a program is done ("누구랑 같이 하는 거예요?", "누가 가르쳐요?"): a line naming the expert, mentor or teacher
    # ("상담은 누가 해줘?", "강사는 누가 해요?": who gives the service named)
    "partner": re.compile(r"누구(랑|와|하고)\s*(같이|함께)|누가\s*(가르쳐|가르치|알려|상담해|코칭|멘토링|봐\s*줘|도와)|"
                         r"(상담|강의|수업|멘토링|컨설팅|코칭|강사|멘토|교육)\S{0,2}\s*(은|는)?\s*누가\s*(해(?!당|야)|하(?!는\s*거)|맡|진행)|"
                         r"(강사|멘토)(?!링)\S{0,2}\s*누구(?!나)"),
    # what a benefit may be spent on ("복지포인트 어디에 쓸 수 있어?", "바우처 뭐에 써요?"): its uses, not a place
    "use": re.compile(r"(어디|뭐|무엇|어떤\s*(데|곳))\s*(에|에다|에서)?\s*(쓰|쓸|써|사용)|사용처|용도|"
                       r"(포인트|바우처|카드|지원금|수당|활동비|상품권|화폐|돈)[^?？]{0,20}[가-힣](에|에서)도?\s*(써져|써지|쓸\s*수|써도|사용\s*(가능|할\s*수|돼|되))"),  # "복지포인트 건강관리에도 써져요?"
    # whether the asker pays ("임대료 내야 돼요?", "참가비 있어요?", "무료예요?"): a line saying 무상, 무료, 자부담 settles it
    # ("저한테 주는 돈 있어요?" asks what is paid to the asker: money is a cost only when paid or spent)
    "cost": re.compile(rf"({CHARGE_NAMES})\S{{0,3}}\s*"
                       r"(따로\s*)?(내|들|있|부담|지불)|돈\S{0,2}\s*(따로\s*)?(내|들)|"
                       r"(?<!보)내야\s*(돼|되|하|해)|유료|무료(?!\s*대여)|공짜|무상|자부담|본인\s*부담"),
    "purpose": ASKS_PURPOSE,  # what a program is for (its page's purpose line says it)
    "residence": re.compile(r"주소(지)?\s*(는|가|만|도)?\s*[가-힣]+\s*(이고|인데|이지만|이라서|여도|이어도|이어야|여야)|(등본|초본)\s*상|살아야|살아도|살고\s*있|거주|(?<![가-힣])사는|에\s*사는|살면|주소\s*(이전|옮)|관외|전입|주민(?!등록\s*(등본|초본|증))|이사\s*(온|왔|와|오|간|갔|가)"),  # "이사온 지 6개월"
}
# Kind -> what a part of a two-part question asks, named in the sentence saying the document does not state it
# ("… 문서에는 모집 인원 내용이 없습니다").
KIND_ASKED_KO = {
    "percent": "비율", "amount": "금액", "duration": "기간", "lead_time": "기한", "schedule": "일정", "weekday": "요일", "period": "신청 기간",
    "place": "장소", "documents": "제출 서류", "selection": "선발 방법", "contact": "문의처", "organiser": "주관 기관", "phone": "전화번호", "email": "이메일 주소",
    "benefits": "지원 내용", "apply": "신청 방법", "head_count": "인원", "times": "횟수", "quantity": "수량", "age": "나이 제한",
    "paid_as": "지급 방식", "purpose": "목적", "eligibility": "지원 대상", "residence": "거주 요건",
}
KIND_ASKED_EN = {
    "percent": "share", "amount": "amount", "duration": "duration", "lead_time": "lead time", "schedule": "schedule", "weekday": "day of the week",
    "period": "application period", "place": "place", "documents": "documents to submit", "selection": "how people are chosen",
    "contact": "contact", "organiser": "organising body", "phone": "phone number", "email": "e-mail address", "benefits": "what it offers", "apply": "how to apply",
    "head_count": "number of places", "times": "how many times", "quantity": "quantity", "age": "age limit",
    "paid_as": "form of payment", "purpose": "purpose", "eligibility": "eligibility", "residence": "residence requirement",
}
# Kind -> how an English question asks it (the documents are Korean; their lines are read by LINE_KINDS all the same).
QUESTION_KINDS_EN: dict[str, re.Pattern] = {
    "benefits": re.compile(r"\bwhat (?:kinds? of )?(?:support|help|services?|benefits?|training)\b|"
                           r"\bwhat does\b.*\b(?:provide|offer|give|support|do)\b|\bbenefits?\b", re.I),
    "eligibility": re.compile(r"\bwho (?:can|may|is eligible|is it for|qualif)|\beligib|\bqualif", re.I),
    "documents": re.compile(r"\bdocuments?\b|\bpaperwork\b|\bwhat (?:do|should) I (?:need to )?submit\b", re.I),
    "apply": re.compile(r"\bhow (?:do|can|should) (?:I|we|you|one) (?:apply|sign up|register)\b|\bhow to apply\b", re.I),
    "selection": re.compile(r"\bhow (?:are|is)\b.*\b(?:selected|chosen|picked)\b|\bselection\b", re.I),
    "contact": re.compile(r"\bcontact\b|\bphone\b|\bwho (?:do|should|can) I (?:call|ask)\b", re.I),
}
# Everyday words for how documents write a length or a unit ("하루" is written "1일"): a line with either holds it.
EVERYDAY_FORMS = {"하루": ("1일", "일일", "1회"), "한달": ("월", "1개월"), "달": ("개월", "월"), "일주일": ("주", "1주"),
                  "매달": ("매월", "월"), "한번": ("1회",), "번": ("회",),
                  "며칠": ("일",), "빌리": ("대여", "대출"),
                  "걸리": ("소요",), "연간": ("연", "년")}  # "며칠 빌려요?" is written "3박 4일 대여", "얼마나 걸려요?" "약 25일 소요",
# "연간 얼마" "연 4,200천원" (a sum by the year: a rate, never a detail a page lacks)
# Whether a program does or gives a thing named ("보증료 깎아줘요?", "보증비율 올려줘요?", "인건비 지원하는 사업이에요?"):
# a line of what it gives settles it
GIVES_ASKED = re.compile(r"(깎아|올려|낮춰|늘려|줄여|빌려|챙겨|연결해|소개해|면제해|감면해)\s*(줘|주나|주는지|주시나|줍니까)\S{0,2}\s*[?？]*\s*$|"
                         r"지원(하는|되는|해\s*주는)\s*(사업|거|건|프로그램)\S{0,4}(\s*맞\S{0,3})?\s*[?？]*\s*$")  # "… 지원되는 거 맞아요?"
# A charge named by what it pays for ("사진비", "사진값", "교통비"), which a page may write apart ("이력서 사진촬영비",
# "증명사진 촬영 비용"): group 1 the thing paid for; a page writing it, then a word of money within a few syllables, names it
CHARGE_WORD = re.compile(r"^([가-힣]{2,})(비|값|료)$")
CHARGE_APART = r"{thing}[가-힣]{{0,4}}\s?[가-힣]{{0,4}}?(비|값|료|금액)"
# The unit a count question names ("몇 시간", "몇달"): a word the answering line holds even when Kiwi splits it off;
# a one-syllable unit without the particle it runs into ("몇 번까지" -> 번, "몇명이에요" -> 명).
ASKED_UNIT = re.compile(r"몇\s*([가-힣]{1,2}?(?=까지|부터|으로|이나|이에|이야|이요|이죠|이고|에|이|을|를|은|는|도|씩|만|짜리|정도|[^가-힣]|$)|[가-힣]{1,2})")
# How long something takes, asked ("돈 나오기까지 얼마나 걸려요?", "결과 며칠 걸려요?"), and a line stating it ("신청 이후 약
# 25일 소요", "2주 정도 걸림"): it states the time asked as plainly as a label would.
ASKS_TIME_TAKEN = re.compile(r"(얼마나|며칠|몇\s*(일|주|달|개월|시간))\s*(정도\s*)?(걸|소요)")
TIME_TAKEN_LINE = re.compile(r"\d+\s*(일|주|개월|시간)\s*(정도\s*|가량\s*|내외\s*)?(소요|걸림|걸립니다|걸려)")
# A contact asked as a number or address ("상담 전화번호", "이메일 주소"): a line without one does not answer.
WANTS_NUMBER = re.compile(r"전화|번호|연락처|이메일|메일")
# Where to ask, not a number to call ("학교가 참여하려면 어디에 문의해야 해요?") ...
ASKS_WHERE_TO_ASK = re.compile(r"어디(에|로|에다|다|에서)?\s*(문의|연락|물어|상담)")
# ... which a line directing enquiries answers wherever it stands ("인근 대학일자리플러스센터에 문의"), beside the 문의 field
DIRECTS_ENQUIRY = re.compile(r"[가-힣A-Za-z0-9)]{2,}\s*(에|으로|로)\s*(문의|연락)")
# A yes/no question: it ends asking whether something holds.
YES_NO = re.compile(r"(되나요|돼요|되요|될까요|되는지|돼\??|되니|가능(한가요|해요|할까요|하나요|한지)?|있나요|있어요|있을까요|할\s*수\s*있|받을\s*수|"
                    r"해도\s*(돼|되)|봐요|나와요|줘요|주나요|인가요|건가요|해요|하나요|있습니까|됩니까|합니까|"
                    r"대상\s*(이에요|이예요|이야|이죠|일까요|입니까|이세요))\s*[?？]*\s*$")  # "… 지원 대상이에요?"
# A paper named, asked how recent it must be ("주민등록등본은 언제 뗀 거까지 인정돼요?", "증명서 며칠 이내 발급"), not
# when it is handed in ("재직증명서 언제 내요?")
PAPER_DATED = re.compile(rf"({PAPER_NAMES})\S{{0,2}}\s*(언제\s*(뗀|떼|발급|받은)|"
                         r"(며칠|몇\s*(일|달|개월))\s*(이내|안|전)\S{0,2}\s*(에\s*)?(뗀|떼|발급|받은|거|것|걸))")
# Sites counted as places ("14개 지점"): a count of them answers "몇 군데" as 개소 and 곳 do
COUNTED_SITES = "지점|점포|매장"
# Kind -> what a line answering it holds (searched in the line as written).
LINE_KINDS: dict[str, re.Pattern] = {
    # ... or a fraction of a thing ("구직급여의 1/2을", "2분의 1", "절반"), not a date, a quarter or a round ("3/5(수)",
    # "1/4분기", "1/2차")
    "percent": re.compile(r"\d+(\.\d+)?\s*(%|퍼센트|프로)|자부담|부담|(?<![\d/.])[1-9]\s*/\s*[2-9](?=\s*(을|를|의|이|만큼|수준|이상|이하|이내|까지|지원|부담|지급|보조)(?!\d))|\d\s*분의\s*\d|절반"),
    # ... or a share of a sum named ("기업지원금(근로자 납입금의 20%)": how much the company puts in)
    "amount": re.compile(r"\d[\d,.]*\s*(여\s*)?(억|천만|백만|만|천)?\s*원|최저\s*(임금|시급)|생활\s*임금|실비|전액|무료|지역화폐|포인트|"
                         r"[가-힣](금|비|료|액)\s*의?\s*\d+(\.\d+)?\s*(%|퍼센트)"),
    "duration": re.compile(r"\d+\s*(개월|주|년|일|시간|박|회차|분(?![가-힣]))|\d+(?i:hrs?)(?![A-Za-z])|\d+\s*[~-]\s*\d+\s*(개월|주|시간)"),
    # "연 1회" says how often (times), not when
    "schedule": re.compile(r"(19|20)\d{2}\s*[.\-/년]?\s*\d{1,2}|(?<![\d.])\d{2}\.\s*\d{1,2}\.\s*\d{1,2}(?![\d.])|\d{1,2}\s*월|\d{1,2}\s*일|요일|매월|매달|매주|격주|익월|다음\s*달|말일|분기|\d{1,2}\s*시(?![가-힣])|\d{1,2}:\d{2}|"
                          r"(19|20)\d{2}\s*\.?\s*[~∼]|(19|20)\d{2}\s*년?\s*까지|"  # years a program runs: "2022. ~ 2026.", "2026년까지"
                          r"(?<![\d.])\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\(\s*[월화수목금토일]\s*\)"),  # a day by its weekday: "5.2.(금)"
    # a day named ("매주 수요일", "월·화", "(목)"), or the days a week is split into ("평일", "주말")
    "weekday": re.compile(r"[월화수목금토일]\s*요일|[월화수목금토일]\s*[,·ㆍ~∼\-/]\s*[월화수목금토일](?![가-힣])|"
                          r"\(\s*[월화수목금토일]\s*\)|매주\s*[월화수목금토일](?![가-힣])|평일|주말"),
    "period": re.compile(r"(19|20)\d{2}\s*[.\-/년]\s*\d{1,2}|\d{1,2}\s*월\s*\d{1,2}\s*일|상시|수시|연중|마감"),
    # a venue, an office (a department: 기업지원과, not the "and" of "지역과 대학"), an address: not any line that names
    # its city ("군산시 청년기업을 …")
    # ... or an organisation that runs it ("(사)서귀포시YWCA", "경제통상진흥원"); a 관 or 실 that ends its word (복지관,
    # 상담실), not one inside a longer word (관내, 실습)
    "place": re.compile(r"[가-힣]+(센터|시청|구청|군청|사무소|캠퍼스|대학교?|도서관|기관|진흥원|협회|재단|공단|연합회)|[가-힣]+(관|실)(?![가-힣])|"
                        r"[가-힣]+(관|실)(?=(에서|에|은|는|이|을|의|로)(?![가-힣]))|\((사|재)\)|[사재]단법인|Y[WM]CA|(정책|지원|경제|일자리|청년|복지|행정|진흥|육성|기획|예산|문화|관광|교육|농정|투자|고용|노동|창업|혁신|협력|민원)(과|팀)(?![가-힣])|[가-힣]+(로|길)\s*\d+|[가-힣]+(동|읍|면|리)\s*\d+(-\d+)?(?![\d가-힣])|\d+\s*층|소재"),
    # ... or the notice they are listed in ("공고문 참조")
    "documents": re.compile(r"신청서|증명서|등본|초본|사본|확인서|계획서|동의서|서류|증빙|신분증|통장|영수증|공고문?\s*(참조|참고)"),
    "selection": re.compile(r"선발|선정|심사|평가|면접|점수|\d+\s*점|우선|순으로|[은는]\s*순|추첨|배점|가점|선착순"),
    "contact": re.compile(r"\d{2,4}\s*[-)]\s*\d{3,4}\s*-\s*\d{4}|☎|[\w.]+@[\w.]+|\d{4}-\d{4}|문의|담당"),
    "phone": re.compile(r"\d{2,4}\s*[-)]\s*\d{3,4}\s*-\s*\d{4}|\d{4}-\d{4}"),
    "email": re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
    # ... or a body it works with or hands the running to ("협력기관(금향산업협동조합)", "위탁운영(울산테크노파크)")
    "organiser": re.compile(r"주관|주최|소관|운영\s*기관|시행\s*기관|수행\s*기관|(협력|협약|위탁)\s*기관|위탁\s*운영|"
                           r"[가-힣]{2,}(부|청|공단|재단|진흥원)(?![가-힣])"),
    # ... or better terms given ("보증료 감면, 보증비율 상향")
    "benefits": re.compile(r"지원|제공|교육|컨설팅|멘토링|상담|운영|대여|지급|프로그램|체험|감면|상향|할인"),
    "apply": re.compile(r"온라인|방문|이메일|e-?mail|우편|팩스|https?://|www\.|홈페이지|누리집|시스템|플랫폼|앱|PC|접수처|신청처|"
                        r"(으로|에서|에)\s*(신청|접수|제출)|[\w.]+@[\w.]+|"
                        r"[가-힣]\s*(을|를)\s*통(한|해|하여)\s*(\S+\s*)?(신청|접수)|"  # "농지소재지 구군을 통한 공모 신청"
                        r"회원\s*가입|신청서\s*(를\s*)?(제출|작성)"),  # "고용24 개인회원 가입 후 …, 신청서 제출": the steps
    # who or what is counted in: persons, teams, firms ("34개 기업", "10개사"), households, sites ("3개소")
    "head_count": re.compile(r"\d[\d,]*\s*(여\s*)?(명|팀|개\s*팀|개사|개소|곳|개\s*(기업|업체|기관|"
                         rf"{COUNTED_SITES})|기업|업체|가구|세대)|\d[\d,]*\s*인(?=\s|$|[^가-힣]|이상|이하|이내|미만|까지|으로|을|의)"),
    "lead_time": re.compile(r"\d+\s*(일|주|개월|시간)\s*(전|이전|후|뒤|이내|내)|\d+\s*(일|주|개월|년)\s*(이|가)?\s*(지난|경과)"),
    "times": re.compile(r"\d+\s*(회|번|차례)"),
    "quantity": re.compile(r"\d[\d,]*\s*(건|장|매|자|학점|개|가지|권|과목|층|㎡|m2|m²|제곱미터|평(?!가|균|일|생))"),
    "age": re.compile(r"\d+\s*(세|살)|만\s*\d+|연령"),
    "paid_as": re.compile(r"융자|대출|상환|지역\s*화폐|상품권|바우처|카드|포인트|현금|계좌|온누리|페이(?!지)"),  # not 홈페이지
    "eligibility": re.compile(r"대상|자격|\d+\s*세|이하|이상|미만|거주|재직|미취업|구직|청년|학생|졸업"),
    "residence": re.compile(r"거주|주소|관내|관외|도내|시내|군내|전입|주민등록|소재"),
    "partner": re.compile(r"[가-힣]+(와|과)\s*(함께|같이)|전문가|멘토|컨설턴트|강사|코치|상담사|현직자|선배|교수|전문위원"),
    "use": re.compile(r"사용|용도|사용처|가맹점|구입|구매|결제|분야|항목"),
    "cost": re.compile(r"무료|무상|유료|자부담|본인\s*부담|전액\s*지원|부담\s*없|(참가비|수강료|이용료|임대료|사용료|관리비)\s*[:：]?\s*(\d|없)"),
    # money paid, named by what it is for ("활동비 지급", "수당 지원"): settles whether money is given
    "paid": re.compile(r"[가-힣](비|금|수당|급여|포인트)\s*(을|를|도)?\s*(지급|지원|제공)|\d[\d,.]*\s*(여\s*)?(억|천만|백만|만|천)?\s*원"),
    "purpose": re.compile(r"목적|목표|취지|위해|위하여|위한|도모|기여|해소|활성화|제고|하고자"),
    "yes_no": re.compile(r"제외|불가|가능|대상|이내|이상|이하|미만|해당|불인정|인정|포함|제한|단,|한함|한정|필수"),
}
# The time a sum asked is paid by ("한달 월급 얼마", "일급이 얼마", "시급"), and how a line names the time its sum is paid
# by ("시간당 11,795원", "일 92,000원", "월 50만원"): a line paying by another time only ("시간당 …" for "한달 월급") does
# not state the sum asked.
ASKED_RATE = {"hour": re.compile(r"시급|시간당|한\s*시간에"),
              "day": re.compile(r"일급|일당|하루\s*(에\s*)?(얼마|급여|임금|수당|일당)"),
              "month": re.compile(r"월급|한\s*달|매달|매월|월\s*(얼마|급여|임금|수당)"),
              "year": re.compile(r"연간|연봉|1년에|일년에|한\s*해에|매년|연\s*(얼마|최대)")}
LINE_RATE = {"hour": re.compile(r"시간\s*당|시급"),
             "day": re.compile(r"일당|일급|(?<![가-힣\d])1?\s*일\s*[\d,]+\s*원|하루"),
             "month": re.compile(r"(?<![가-힣])월\s*[\d,]+|매월|월급|월\s*(최대|평균)|1\s*개월\s*[\d,]+|한\s*달"),
             "year": re.compile(r"(?<![가-힣])연\s*(최대\s*)?[\d,]+\s*(천|만|억|백만|천만)?\s*원|연간\s*(최대\s*)?[\d,]|연봉|1\s*년\s*[\d,]+\s*(만|천)?\s*원")}
# The asker's own age or its decade ("40대면", "28살인데", "만 30세"), and a line that states a provision for one age
# group only ("※ 65세 이상자(1960. 1. 2.이전 출생자) : 주15시간(1일 3시간 …)", "(만 65세 이상) …"): a line for a group the
# asker is not in answers for someone else.
ASKER_AGE = re.compile(r"(?<!\d)([1-9])0\s*대(?![가-힣])|(?<!\d)([1-9])0\s*대(?=[면인이에도])|"
                       r"(?:만\s*)?(?<!\d)(\d{2})\s*(?:살|세)(?!\s*(?:이상|이하|미만|초과|까지|부터))")
LINE_AGE_GROUP = re.compile(r"^[\W_]{0,4}(?:만\s*)?(\d{1,3})\s*세\s*(이상|이하|미만|초과)(?:자|인\s*(?:자|분|경우))?\s*(?:\)|[^:：\d]{0,4}\([^)]{0,30}\)\s*[:：]|[:：])")
# Who a question asks about when it says "me": the person, not the company ("회사 말고 저한테도 주는 돈 있어요?")
# A pronoun starts its word: "1년 지나도" holds no 나도
ASKS_FOR_ME = re.compile(r"(?<![가-힣])(저한테|나한테|저에게|나에게|제게|저도|나도)|본인(?!인증)|개인적으로|근로자(한테|에게)")
# How a line names the person it pays or serves, and how it names an employer
LINE_PERSON = re.compile(r"청\s*년|근로자|본인|참여자|개인|구직자|학생")
LINE_EMPLOYER = re.compile(r"기업|업체|사업주|고용주|사업장|법인")
# Lines that never answer what a program offers: the application period, a file name, a bare address of a page.
FILE_NAME = re.compile(r"\.(hwp|hwpx|pdf|docx?|xlsx?|zip|jpg|png)\b", re.I)
BARE_LINK = re.compile(r"^\W*(https?://\S+|www\.\S+)\W*$")
# A "when" asked of applying: the application period answers it ("언제 신청해요?"), not "신청하면 돈 언제 들어와요?".
ASKS_APPLICATION = re.compile(r"언제\s*(신청|접수|지원|모집|공모)|"
                              r"(신청|접수|모집|공모)\S*\s*(보통\s*|주로\s*|매년\s*|정확히\s*|대략\s*)?(언제|시기|일정|몇\s*월)")
# A question about applying at all ("신청 기간", "접수 마감", "모집 언제"): its "기간" is the application period; a
# "기간" asked without it is how long the program runs ("교육기간 얼마나 돼요?", "인턴 기간은?").
ASKS_APPLYING = re.compile(r"신청|접수|모집|마감|응모|공모|예약|지원서|제출")
# A length asked as a count ("몇 개월", "얼마나 오래", "며칠"), not a "기간" asked as what it is ("사업 기간이 어떻게 되나요?",
# which a page stating only the dates it is open answers by them)
ASKS_LENGTH = re.compile(r"몇|얼마|며칠")
# A time asked as what usually happens ("보통 몇월에 나요?", "매년 언제 해요?"), and a line stating the time it happens every
# year ("(시기) 매년 1~2월중"): that line answers it before one round's dates
ASKS_USUAL = re.compile(r"보통|주로|대개|대체로|통상|매년|해마다|매해")
YEARLY_TIME = re.compile(r"(매년|해마다|매해)\s*\S{0,6}?\s*\d{1,2}\s*([~∼\-]\s*\d{1,2}\s*)?월")
# Where a line's clauses meet: a list mark, a bullet, a semicolon, a comma, a parenthesis, a sentence end.
CLAUSE_BREAK = re.compile(r"[,;·ㆍ○●▪□■◦※\n()]|\s[-–]\s|(?<=[다음함됨임])\.\s")
# Where a question of two sentences asks its second ("누가 신청할 수 있어? 몇명 뽑음?", "최대 몇 년 지원돼요? 다른 지역
# 사는 청년도 돼요?"): each sentence is a part, whatever question word either holds.
SENTENCE_JOINT = re.compile(r"[?？]+\s+(?=\S)")
# ... but a second sentence of a question word and a verb's ending only ("얼마예요?", "언제 해요?") asks of what the first
# names ("주거비 교통비도 나와요? 얼마예요?"): the two are one part
BARE_ASKING = re.compile(r"(해|돼|되|하나|되나|있|없|인가|이에|예|이|임|함|나와|줘|주나|받)[가-힣]{0,3}[?？.]*")
# Where a two-part question joins its parts ("몇 달 하고 하루 몇 시간", "얼마이고 최대 몇 년").
PART_JOINT = re.compile(r"(?:하고|이고|이며|고|며|랑|,)\s+(?=\S*\s*(?:\S+\s+){0,4}?\S*(?:몇|며칠|얼마|언제|어디|뭐|무엇|어떻게|누구|누가))")

# ... or asks a "what" and then a yes or no ("장소가 어디고 이력서 사진도 찍어줘요?", "몇 명 뽑고 서울 살아야 돼요?")
YES_NO_JOINT = re.compile(r"(?<=[가-힣])(?:이고|고)\s+(?=\S)")


# "인원" as the case a question asks about, not a count asked: "모집인원 초과 시 어떤 방식으로 선발합니까?", "인원
# 많으면 어떻게 돼요?" (what happens when too many apply)
COUNT_AS_CASE = re.compile(r"(인원|정원)\S{0,2}\s*(초과|많|넘|미달|부족|모자)")
# A company's size as the condition asked ("직원 몇 명 이상 회사여야 돼요?", "상시근로자 몇 인 이상"): who may apply,
# not how many people are taken
COMPANY_SIZE = re.compile(r"(직원|근로자|종업원|사원|피보험자)\S{0,2}\s*몇\s*(명|인)\s*(이상|이하|미만|초과|넘|까지|부터|있어야|되어야|돼야|은\s*돼|은\s*되)")

# ... which a line bounding the size of the firms that may apply settles ("기업 : 제조, 건설업 영위 50인 미만 중소기업")
FIRM_SIZE_LINE = re.compile(r"\d[\d,]*\s*(인|명)\s*(이상|이하|미만|초과)")

# A page asked where ("신청 사이트 어디예요?", "홈페이지 주소 알려주세요"): how to apply online, not a place.
PLACE_ASKED = re.compile(r"어디|장소|위치|어느\s*(곳|쪽)")
SITE_ASKED = re.compile(r"사이트|홈페이지|누리집|링크|url", re.I)
# A reference link ("참고 URL: https://…") points to more; it states no way of applying unless a site or going online
# is asked ("온라인 신청 주소 알려주세요", "홈피에서 해요?")
REFERENCE_LINK = re.compile(r"^\W*참고\s*(URL|사이트|링크|홈페이지)", re.I)
LINK_WANTED = re.compile(r"사이트|홈페이지|홈피|누리집|링크|url|온라인|인터넷|웹(?!툰)|주소(?!지|\s*(이전|옮))|페이지", re.I)
# ... or where to look it up ("신청은 어디서 확인해요?", "서류 어디서 알아봐요?"): the page or office named, not a venue
LOOKED_UP = re.compile(r"어디(서|에서)\s*(확인|알아|찾아|봐|볼)")
CONTACT_ASKED = re.compile(r"전화|번호|연락|문의|메일|어디로|어디\S{0,2}\s*물어|담당\S{0,2}\s*(부서|기관)?\s*(어디|누구)")  # whom to ask, asked
WHERE_TO_APPLY = re.compile(r"(신청|접수|예약)\S{0,2}\s*어디|어디\S{0,2}\s*(신청|접수|예약|보내|제출)")

# A may-I question ("알바해도 돼요?", "중복으로 받아도 되나요?", "같이 신청 가능해요?", "휴학생도 되나요?"): it asks whether
# a condition allows it, not a sum, even when it names money ("수당 받으면서 일해도 돼요?").
ASKS_MAY = re.compile(r"(([아어여]도|해도|이라도|라도)\s*(돼|되|괜찮)\S*|가능(해요|한가요|할까요|하나요|한지요?|해|함|합니까)?|"
                      r"되나요|될까요|되는지요?|됩니까|돼요|되요)\s*[?？]*\s*$")
# Endings asking whether something is paid or given ("나와요?", "줘요?", "지급되나요?"), shared by the two patterns below
PAID_ENDING = r"나와|나오|줘|주나|주는지|지급\s*(돼|되|해)"
# Whether something is given or can be had ("돈도 줘요?", "활동비 나와요?", "인센티브 받을 수 있어요?", "수당 아직
# 신청할 수 있나요?"): a condition or a benefit settles it, not a sum.
ASKS_WHETHER_GIVEN = re.compile(rf"({PAID_ENDING}|지원\s*(돼|되|해\s*주)|[가-힣]\s*수\s*(있|없))\S*\s*[?？]*\s*$")
# ... of money, whether it is paid at all ("돈도 줘요?", "수당 나와요?"), not whether the asker can have it ("인센티브 받을
# 수 있어요?" asks a condition)
ASKS_IF_PAID = re.compile(rf"({PAID_ENDING})\S*\s*[?？]*\s*$")
# "신청할 때 뭐 준비해요?", "방문접수하면 몇층으로 가요?": applying frames what is asked (the documents, the floor), it
# is not how to apply.
APPLY_FRAME = re.compile(r"(신청|접수|지원)\s*(할\s*때|하면|하려면)")
# Words that say how an answer is counted or spread ("각각 몇 년씩", "모두 몇 개소", "총 몇 명"), not what it is about:
# never a detail a document must name.
COUNTING_WORDS = {"각각", "각자", "모두", "전부", "총", "합쳐서", "합해서", "통틀어", "대략", "대충", "평균", "보통", "따로"}
# Words that say of which time a question asks ("올해 몇 명 뽑아요?", "이번에 얼마 받아요?"), not what it asks: never a
# detail a document must name (a page gives this round's figure without writing "올해").
WHEN_WORDS = {"올해", "금년", "작년", "내년", "이번", "이번에", "이번엔", "요즘", "지금", "현재", "매년", "해마다"}
# "얼마" right after a length named ("교육기간이 얼마나 돼요?", "근무시간은 얼마예요?"): how long, not how much.
HOW_LONG = re.compile(r"(기간|시간|동안)\S{0,2}\s*얼마")
# A span of time a question states ("처음 2년 동안은 뭐 지원돼?"): its 동안 names no detail; one it asks ("몇 주 동안
# 해요?") is a length the page may not state
SPAN_FRAME = re.compile(r"\d+\s*(?:년|개월|달|주|일|시간)\s*동안")
HOW_LONG_FOR = re.compile(r"얼마나?\s*(동안|오래)")  # "얼마 동안 받아요?": for how long
SUM_WORDS = re.compile(r"어느\s*정도|얼만큼|규모|총액")  # ... unless a sum is asked besides ("월급은 어느 정도고 …")
TAKES_LONG = re.compile(r"얼마나?\s*(걸|오래)")  # "얼마나 걸려요?": a length, whatever it names
NAMES_MONEY = re.compile(r"원|금액|돈|비용")  # ... unless money is named too ("기간 동안 받는 돈 얼마")
# An hour of the day asked ("마감 몇 시까지예요?"), and a line stating one ("5. 2.(금) 18시", "18:00까지"): of the lines
# stating the application period, one giving the hour answers
ASKS_HOUR = re.compile(r"몇\s*시(?!간)")
HOUR_LINE = re.compile(r"(?<!\d)\d{1,2}\s*시(?=$|[^가-힣]|까지|부터|에|마감|이전|전)|(?<!\d)\d{1,2}:\d{2}")
# Who may apply, asked in so many words ("누가 받을 수 있어요?", "신청 대상이 누구예요?")
WHO_MAY_APPLY = re.compile(r"대상|자격(?!증)|신청|참여\s*(할|가능)|받을\s*수|참가\s*(할|가능)|해당|가능|되나|돼요|돼\?|해야")
# A way of sending asked as yes or no ("이메일로도 되나요?", "우편으로 접수 가능해요?"): how to apply, not an address to write to
CHANNEL_ASKED = re.compile(r"(이?메일|e-?mail|전화|팩스|우편|방문|온라인)\s*(으로|로)\s*(도|만)?\s*(신청|접수|제출|보내|돼|되|가능|할\s*수|해도)",
                           re.I)
# ... unless an address or number is asked besides ("이메일로 신청하려면 주소 뭐예요?", "… 되요? 메일주소좀")
ADDRESS_ASKED = re.compile(r"주소|번호|연락처|메일|어디로|누구|문의|담당|받는\s*곳")
# Sentences stating the asker's case before the one that asks ("광주 남구 사는 취준생인데 … 빌리고 싶어요. 신청은 …"):
# each ends in a word and a full stop, not a date's ("2025. 3. 1.")
STATED_FIRST = re.compile(r"^(?:[^?？]*?[가-힣][.!]\s+)+(?=\S)")
# Where the filled-in paper goes ("신청서는 어디로 내요?", "신청서류 어디로 보내?"): how to apply, not a venue or a list
SENT_WHERE = re.compile(r"(신청서|지원서|서류)\S{0,2}\s*(은|는|을|를)?\s*어디(로|에|에다|다)?\s*(내|보내|제출)")
PAPERS_NAMED = re.compile(r"(어떤|무슨|뭔|필요한)\s*(서류|신청서)")  # ... which papers asked besides ("어떤 서류 어디에 내요?")
# A form asked where to get ("신청서 양식은 어디서 받나요?", "서식 어디서 다운받아요?"): the page to download it from
FORM_ASKED = re.compile(r"(양식|서식|신청서|지원서|계획서)\S{0,2}\s*(은|는|을|를)?\s*어디(서|에서)?\s*(받|다운|구하|구해|찾)")
# A count asked per firm or person ("업체 한 곳당 최대 몇 명까지", "기업당 몇 명"): a rate, not the program's total
ASKS_PER_UNIT = re.compile(r"[가-힣]당\s*(최대|최소|최고)?\s*몇")
# A question word: a question holding one asks what, not whether.
# The thing a which-question names ("어떤 인증이 있어야", "무슨 목적으로", "어느 학교 학생"): a line labelled with it
# ("※ 주요 공공기관 인증 : 하이서울브랜드, …") states what is asked. The noun is read without its particle.
WHICH_NOUN = re.compile(r"(?:어떤|무슨|어느)\s*([가-힣]{2,4}?)(?=이|가|을|를|은|는|으로|로|에|의|도|만|들|인지|이에요|예요|\s|[?？.,]|$)")
# ... which names nothing a label could hold ("어떤 거", "무슨 일", "어느 정도")
WHICH_NOTHING = frozenset({"정도", "경우", "사람"})
WH_WORD = re.compile(r"몇|며칠|얼마|언제|어디|뭐|뭘|무엇|무슨|어떻게|어케|어캐|어떤|누구|누가")  # 뭘: 뭐를 ("뭘 내야 돼요?")
ASKS_WHEN = re.compile(r"언제|며칠|날짜|시기|요일|몇\s*시(?!간)")
# Kinds a question asks of a program it names by its money ("지원금 주는 거 어떻게 뽑아요?", "수당 신청 서류"): no sum asked.
ASKED_BESIDE_MONEY = {"selection", "apply", "documents", "eligibility", "contact", "organiser", "head_count", "times",
                      "benefits"}
# Where the asker says they live ("울산 중구 사는데", "부산 서구 사는 24살인데", "서울 살고 있는데"): their situation,
# not a residence asked, when the question asks something else of it
RESIDENCE_STATED = re.compile(r"(?<![가-힣])(에\s*)?사는(데|(\s+\S+){1,2}?(인데|이고|이에요|예요))|살고\s*있(는데|어요|고)")
# Kinds a program's page states in its own words, whatever it leaves out: what it is or gives, whom it is for, what
# for, what the thing given may be used for, with whom, and whether a case may join. A question asking only these
# (or no kind at all) is answered by the page's closest lines; every other kind asks a value (a sum, a date, a
# count, a number, a place, how to apply) that a page may simply not state. Measured on the tuning halves of the
# natural sets: refusals of questions asking these were answerable questions nearly every time, refusals of
# value questions mostly right.
OPEN_KINDS = frozenset({"benefits", "eligibility", "purpose", "use", "partner", "yes_no"})
# "월 80만원 맞아요?", "주 몇 일 출근해요?", "30km 넘어도": a figure is asked or checked; a digit written into a Latin
# name ("3D프린터", "5G", "B2B") names a thing (units in Latin letters, case as written: "5g" is grams, "5G" is not)
LATIN_UNITS = "km|cm|mm|m|kg|g|GB|MB|TB|F|am|pm|AM|PM"
FIGURE_ASKED = re.compile(rf"(?<![A-Za-z\d])\d+([.,]\d+)*((?:{LATIN_UNITS})(?![A-Za-z])|(?![\dA-Za-z]))|몇|며칠|얼마")
# A charge named in a question ("참가비 내야 돼요?", "돈 내요?"): its "내야" is paying, not handing in papers
COST_NAMED = re.compile(r"비용|요금|(?<!준)[가-힣]비(?![가-힣])|[가-힣]료(?![가-힣])|돈|유료|무료|공짜|무상|부담")
# A paper named as what is handed in ("응시료 영수증 어떤 거 내야 돼요?"): the 내야 hands it in, whatever charge is named
PAPER_HANDED_IN = re.compile(rf"({PAPER_NAMES}|서류)[^?？]{{0,8}}내야")
# How a question asks a sum itself ("얼마", "금액"), not only names money as what it asks about ("돈 언제 들어와요?").
ASKS_SUM = re.compile(r"얼마(?!나?\s*(걸|오래|동안|기간|지나))|금액|액수|몇\s*(십|백|천|만|억)*\s*원|한도")


def asked_kinds(text: str) -> list[str]:
    """The kinds a question asks, in the order it asks them (yes_no last, when nothing more definite is asked): those
    of its asking sentence when sentences stating the asker's case come first ("… 다음 주에 면접이라 정장 빌리고
    싶어요. 신청은 어떻게 해요?" asks how to apply, not how people are chosen), else the whole question's.

    Money named in a question about when it comes ("돈 언제 들어와요?") is what the question is about, not a
    sum it asks."""
    stated = STATED_FIRST.match(text)
    if stated and not WH_WORD.search(stated.group()) and set(asked := _kinds_asked_in(text[stated.end():])) - {"yes_no"}:
        return asked  # (a case stated frames a yes/no question: "84년생인데 창원 살아요. … 이용할 수 있나요?")
    return _kinds_asked_in(text)


def _kinds_asked_in(text: str) -> list[str]:
    found = sorted((m.start(), kind) for kind, pattern in QUESTION_KINDS.items() if (m := pattern.search(text)))
    kinds = list(dict.fromkeys(kind for _, kind in found))
    if "schedule" in kinds and "amount" in kinds and not ASKS_SUM.search(text):
        kinds.remove("amount")
    if "weekday" in kinds and "schedule" in kinds:
        kinds.remove("schedule")  # "무슨 요일에 해요?": the day of the week is the when asked
    if "lead_time" in kinds and "schedule" in kinds:
        kinds.remove("schedule")  # "며칠 전에": how long before is the when asked
    if "period" in kinds and "schedule" in kinds:
        kinds.remove("schedule")  # "신청 기간이 언제까지": the application period is the when asked
    if "percent" in kinds and "amount" in kinds and not ASKS_SUM.search(text):
        kinds.remove("amount")  # "보증금이랑 임차료 몇 퍼센트씩": a share of the money named, not a sum
    if "cost" in kinds and "documents" in kinds and (not COST_NAMED.search(text) or PAPER_HANDED_IN.search(text)):
        kinds.remove("cost")  # "신청할 때 뭐 내야돼요?": what to hand in, not whether the asker pays
    if "cost" in kinds and "amount" in kinds and not ASKS_SUM.search(text):
        kinds.remove("amount")  # "돈 들어요?": whether the asker pays, not how much
    if "amount" in kinds and set(kinds) & ASKED_BESIDE_MONEY and not ASKS_SUM.search(text):
        kinds.remove("amount")  # "사업화 지원금 주는 거, 어떤 방식으로 뽑아요?": the money names the program, not a sum asked
    if "purpose" in kinds:  # "인센티브는 뭐 하려고 주는 거예요?": what the thing named is for, nothing else it names;
        # another part asks its own ("이 사업 목표가 뭐예요? 그리고 서류는 뭐 내요?")
        kinds = ["purpose"] if len(question_parts(text)) == 1 else [k for k in kinds if k not in ("amount", "benefits")]
    if "paid_as" in kinds and "amount" in kinds and not ASKS_SUM.search(text):
        kinds.remove("amount")  # "그냥 주는 돈이에요 아니면 융자예요?": in what form, not how much
    if "duration" in kinds and "amount" in kinds and TAKES_LONG.search(text) and not ASKS_SUM.search(text):
        kinds.remove("amount")  # "돈 나오기까지 얼마나 걸려요?": how long, of the money named
    if "use" in kinds and "amount" in kinds and not ASKS_SUM.search(text):
        kinds.remove("amount")  # "복지포인트 어디에 쓸 수 있어?": what the money named may buy, not its sum
    if "paid_as" in kinds and "schedule" in kinds and not ASKS_WHEN.search(text):
        kinds.remove("schedule")  # "현금으로 들어와요?": in what form it comes, not when
    if "duration" in kinds and "amount" in kinds and HOW_LONG.search(text) and not NAMES_MONEY.search(text):
        kinds.remove("amount")  # "교육기간이 얼마나 돼요?": the length is the "얼마" asked
    if ("duration" in kinds and "amount" in kinds and HOW_LONG_FOR.search(text) and not ASKS_SUM.search(text)
            and not SUM_WORDS.search(text) and len(question_parts(text)) == 1):
        kinds.remove("amount")  # "정착지원금 주는 거 얼마 동안 받아요?": how long, of the money named
    whether = not WH_WORD.search(text) and (ASKS_MAY.search(text.strip()) or ASKS_WHETHER_GIVEN.search(text.strip()))
    if "amount" in kinds and whether:
        kinds.remove("amount")  # "수당 받으면서 알바해도 돼요?": whether it is allowed, not how much ("몇 년 다녀야 나와요?" asks)
        if ASKS_IF_PAID.search(text.strip()):
            kinds.insert(0, "paid")  # "돈도 줘요?": whether money is paid at all ("활동비 지급" settles it)
    if "head_count" in kinds and COUNT_AS_CASE.search(text) and not re.search(r"몇|얼마|규모", text):
        kinds.remove("head_count")  # "모집인원 초과 시 어떤 방식으로 선발?": how people are chosen
    if "head_count" in kinds and COMPANY_SIZE.search(text):
        kinds[kinds.index("head_count")] = "eligibility"  # "직원 몇 명 이상 회사여야": the firms that may apply
        kinds = list(dict.fromkeys(kinds))
    if (CHANNEL_ASKED.search(text) and {"contact", "email", "phone"} & set(kinds) and ASKS_APPLYING.search(text)
            and not ADDRESS_ASKED.search(CHANNEL_ASKED.sub(" ", text))):
        # "신청 어떻게 해요 이메일로도 되나요?": whether it may be sent that way, which the page's way of applying says
        kinds = [k for k in kinds if k not in ("contact", "email", "phone")] + ([] if "apply" in kinds else ["apply"])
    if FORM_ASKED.search(text):  # "신청서 양식 어디서 받나요?": where to download it, not a venue
        kinds = [k for k in kinds if k != "place"] + ([] if "apply" in kinds else ["apply"])
    sent = bool(SENT_WHERE.search(text))
    if sent:  # "신청서는 어디로 내요?": the way to apply names where it goes; papers or a place asked besides stay
        rest = SENT_WHERE.sub(" ", text)
        kinds = [k for k in kinds if not (k == "documents" and not QUESTION_KINDS["documents"].search(rest)
                                          and not PAPERS_NAMED.search(text))
                 and not (k == "place" and not PLACE_ASKED.search(rest))] + ([] if "apply" in kinds else ["apply"])
    if PAPER_DATED.search(text):  # "등본은 언제 뗀 거까지 돼요?": how recent the paper must be, which its line says
        kinds = ["documents", *(k for k in kinds if k not in ("documents", "schedule", "period", "lead_time", "cost"))]
    if "cost" in kinds and WH_WORD.search(text) and not COST_NAMED.search(text) and not CHARGE_NAMED.search(text):
        kinds.remove("cost")  # "어떤 분야 아이디어를 내야 돼요?": what to hand in, not whether the asker pays
    if "apply" in kinds and "place" in kinds and WHERE_TO_APPLY.search(text):
        kinds.remove("place")  # "신청 어디다 해요?": where to apply is how to apply, not a venue
    if SITE_ASKED.search(text) or LOOKED_UP.search(text):  # "신청 사이트 어디예요?": the page to apply on
        kinds = [k for k in kinds if k != "place"] + ([] if "apply" in kinds else ["apply"])
    if "residence" in kinds and "place" in kinds and not PLACE_ASKED.search(text):
        kinds.remove("place")  # "주소는 서울이고 … 되나요?": the asker's address, stated as a condition
    if "residence" in kinds and not QUESTION_KINDS["residence"].search(RESIDENCE_STATED.sub(" ", text)) and (
            set(kinds) - {"residence", "yes_no"} or asked_case(text)):
        kinds.remove("residence")  # "세종 사는 청년농업인인데 뭐 더 내야돼요?": where the asker lives frames another question
    if "partner" in kinds and "eligibility" in kinds and not WHO_MAY_APPLY.search(text):
        kinds.remove("eligibility")  # "상담은 누가 해줘?": who gives it, not who may have it
    if "contact" in kinds and len(kinds) > 1 and not CONTACT_ASKED.search(text):
        kinds.remove("contact")  # "인사담당자 멘토 편은 몇 번 열려요?": the 담당자 is who the session is with, not whom to call
    if "organiser" in kinds and "place" in kinds:
        kinds.remove("place")  # "소관 부처는 어디입니까?": the body that runs it is the "where" asked
    if "apply" in kinds and len(kinds) > 1 and not sent and not QUESTION_KINDS["apply"].search(APPLY_FRAME.sub(" ", text)):
        kinds.remove("apply")  # "신청할 때 뭐 준비해야 돼요?": the documents asked, when applying
    if "apply" in kinds and len(kinds) > 1 and not sent and not ASKS_APPLYING.search(text):
        kinds.remove("apply")  # "온라인 플랫폼 있다던데 거기서 뭐 제공해요?": the medium describes the program; nothing is applied for
    if GIVES_ASKED.search(text.strip()) and not WH_WORD.search(text):
        # "보증료 깎아줘요?", "인건비 지원하는 사업이에요?": whether the program gives that, which its benefits say, not a sum
        kinds = ["benefits", *(k for k in kinds if k not in ("amount", "percent", "benefits") or ASKS_SUM.search(text))]
    if YES_NO.search(text.strip()) and not WH_WORD.search(text):
        kinds.append("yes_no")
    return kinds


# The figures a yes/no question states of the asker ("직원 4명인 회사", "면접 본 지 7개월", "28살인데"): the line that
# settles it states a limit of the same kind ("상시근로자 5인 이상", "6개월 이내"), so such a line fits the question.
STATED_FIGURE_KINDS = ("head_count", "duration", "age")


# What the asker sets aside as already known ("영수증 말고 뭐 내야 돼요?", "신분증 외에 뭐 가져가요?"): a line holds the
# asked kind only by its other words ("응시료 결제 영수증" answers nothing; "신분증 및 주민등록등본" by its 등본)
SET_ASIDE = re.compile(r"([가-힣A-Za-z]{2,})\s*(말고|빼고|외에|이외에|제외하고)(?![가-힣])")
# ... or passes over for another thing it means ("기업탐방 말고 개인별로 봐주는 거"); "청년도약계좌 외에 다른 적금" still asks
# of 청년도약계좌
PASSED_OVER = re.compile(r"([가-힣A-Za-z]{2,})\s*(말고|빼고)(?![가-힣])")


def passed_over(text: str) -> list[str]:
    """The words a question passes over for another ("기업탐방 말고 개인별로 봐주는 거" -> ["기업탐방"])."""
    return [m.group(1) for m in PASSED_OVER.finditer(text)]


def set_aside(text: str) -> list[str]:
    """The words a question sets aside as known ("영수증 말고 뭐 내야 돼요?" -> ["영수증"])."""
    return [m.group(1) for m in SET_ASIDE.finditer(text)]


def without_words(line: str, words: list[str]) -> str:
    """The line with these words taken out, to read what else it holds."""
    for word in words:
        line = line.replace(word, " ")
    return line


def stated_figures(text: str) -> list[str]:
    """The kinds of figure a question states about the asker (for a yes/no question: what its settling line holds)."""
    return [kind for kind in STATED_FIGURE_KINDS if LINE_KINDS[kind].search(text)]


# The asker's own case in a may-I question, marked by "도" ("신입사원도 참여할 수 있나요?", "2학년도 들을 수 있어요?",
# "땅이 없으면 임대해도 되나요?"): a line naming that case, or its class, settles the question.
NOT_THE_CASE = re.compile(r"(\S+?)(?:이|가)\s+아니(?:어도|라도|여도|어서)")
CASE_MARKED = re.compile(r"([가-힣A-Za-z0-9-]+?)(?:이어도|여도|이라도|라도|해도|도)(?=[\s?？,]|$)")
# "면접 볼 때도", "떨어진 경우도": the bound noun stands for the words before it in its clause
CASE_BOUND_NOUNS = {"때", "경우", "거", "것", "사람", "몫", "분야", "쪽"}
# Words around a case that name none ("프리마켓 여는 거 말고 다른 것도"): a line holding them is about anything
CASE_FRAME_WORDS = {"말고", "다른", "같은", "이런", "그런", "저런", "이미", "같이", "따로", "혹시", "그냥", "실제"}
CASE_WORDS_BEFORE = 4
# "우리 회사도 받을 수 있나요?": the asker, whose case the question states elsewhere ("직원 350명 되는 회사"), not a class
CASE_SELF = {"우리", "저희", "제", "내", "나", "저"}
CASE_PARTICLE = re.compile(r"(에서|에게|한테|으로|로|에|을|를|이|가|은|는|의|한|인|된)$|"
                           r"(?<=[가-힣]{2})(했는데|했고|했어요|했지만|해서|하고)$")  # "재입사했는데": 재입사
PROVINCE = re.compile(r"경기|강원|제주|경상[남북]|전라[남북]|충청[남북]|[경전충][남북]|[가-힣]+특별자치")  # "경상남도": a place
# Pieces of a compound case too common to name a class ("청년", "지원": every page holds them)
GENERIC_CASE_PIECES = {"청년", "지원", "사업", "참여", "신청", "대상", "기업", "센터", "교육", "프로그램", "활동"}
# Kinds a line settles by its own words, whatever the question's other words: whether the asker pays ("임대료 내야
# 돼요?": a 무상, 무료, 자부담 line) and whether money is paid at all ("돈도 줘요?": a line paying a sum or an allowance)
SETTLED_BY_LINE = ("cost", "paid")


def asked_case(text: str) -> list[str]:
    """The words naming the asker's case in a may-I question ("신입사원도 …" -> ["신입사원"], "2학년도" -> ["학년"],
    "대학원 입시 면접 볼 때도" -> ["대학원", "입시", "면접"]); [] when it marks none."""
    words = []
    for clause in re.split(r"[,，]", text):
        tokens = NOT_THE_CASE.sub(r"\1도", clause).split()  # "4-H회원이 아니어도": the case is 4-H회원
        for i, token in enumerate(tokens):
            m = CASE_MARKED.fullmatch(token.rstrip("?？"))
            if m is None or PROVINCE.fullmatch(m.group(1)) or (i and tokens[i - 1] in CASE_SELF):
                continue
            stem = m.group(1)
            found = tokens[max(0, i - CASE_WORDS_BEFORE) : i] if stem in CASE_BOUND_NOUNS else [stem]
            words += [w for w in (CASE_PARTICLE.sub("", re.sub(r"^[\d-]+", "", f)) for f in found)
                      if len(w) >= 2 and w not in CASE_FRAME_WORDS and w not in CASE_BOUND_NOUNS]
    return list(dict.fromkeys(words))


def case_phrases(text: str) -> list[str]:
    """The asker's case words with the word before each, written without spaces ("1:1 상담도 해줘요?" -> ["1:1상담"]): a
    line holding one names that case more closely than a line holding the case word alone ("상담신청")."""
    phrases = []
    for clause in re.split(r"[,，]", text):
        tokens = clause.split()
        for i, token in enumerate(tokens[1:], start=1):
            m = CASE_MARKED.fullmatch(token.rstrip("?？"))
            before = tokens[i - 1]
            if m is None or m.group(1) in CASE_BOUND_NOUNS or before in CASE_SELF | CASE_FRAME_WORDS or WH_WORD.search(before):
                continue
            if re.fullmatch(r"[가-힣A-Za-z0-9:·]+", before):
                phrases.append(before + m.group(1))
    return phrases


def settling_kinds(text: str) -> list[re.Pattern]:
    """What a line settling this question says by its own words (LINE_KINDS of the SETTLED_BY_LINE kinds it asks),
    [] when it asks no such kind."""
    asked = asked_kinds(text)
    return [LINE_KINDS[kind] for kind in SETTLED_BY_LINE if kind in asked]


def case_pieces(word: str) -> tuple[str, tuple[str, ...]]:
    """A case word and the heads of its compound that name its class ("신입사원": 신입, 사원; "고등학생": 고등, 학생)."""
    if len(word) < 4 or not re.fullmatch(r"[가-힣]+", word):
        return word, ()
    return word, tuple(p for p in (word[:2], word[-2:]) if p not in GENERIC_CASE_PIECES)


# A line making an exception to the condition before it ("- 단, 고용보험 가입되어 있더라도 … 단기근로자일 경우 신청 가능",
# "※ 다만, 군 복무기간만큼 연장", a bracketed "(국가공인민간자격증 x)" under a list of fields): part of that condition, and often what settles a yes/no question about it.
EXCEPTION_LINE = re.compile(r"^[\W_ㅇ]*(단|다만)\s*[,，:]|^[\W_ㅇ]*(단|다만)\s+[가-힣]|"
                            # a bracketed note ruling something out ("(국가공인민간자격증 x)", "(온라인 강의 제외)")
                            r"^\s*[(（][^()（）]*(\s[xX×]|제외|불가|불인정|미포함|미지원)\s*[)）]\s*$")
# A heading that says which way the lines under it go ("3. 지급 제외 요건", "신청 불가 대상", "지원 가능 업종"): shown
# over a line that settles a yes/no question, it gives the verdict the line alone leaves unsaid
VERDICT_HEADING = re.compile(r"제외|불가|제한|불인정|가능")
# Asked kinds a condition is asked by: who may apply, where they live, how old, or whether a case is allowed
CONDITION_ASKED = {"eligibility", "residence", "age", "yes_no"}


def asked_kinds_en(text: str) -> list[str]:
    """The kinds an English question asks, in the order it asks them."""
    found = sorted((m.start(), kind) for kind, pattern in QUESTION_KINDS_EN.items() if (m := pattern.search(text)))
    return list(dict.fromkeys(kind for _, kind in found))


def question_parts(text: str) -> list[str]:
    """A two-part question's parts ("…몇 달 동안 하고 하루 몇 시간 근무해요?" -> two; two sentences each asking
    something -> two), else the question whole."""
    sentence = SENTENCE_JOINT.search(text.strip())
    if sentence is not None:
        head, tail = text.strip()[: sentence.start() + 1], text.strip()[sentence.end() :]
        own = [w for w in tail.split() if not WH_WORD.match(w) and not BARE_ASKING.fullmatch(w)]
        if len(head) >= 6 and own and (asked_kinds(tail) or WH_WORD.search(tail)):
            return [head, tail]
    cut = PART_JOINT.search(text)
    if cut is None:
        return _what_then_whether(text)
    if cut.start() < 6 or len(text) - cut.end() < 4:
        return [text]
    head, tail = text[: cut.start()], text[cut.end() :]
    if not WH_WORD.search(head):
        return [text]
    return [head, tail]


def asked_rate(text: str) -> str:
    """The time a sum asked is paid by ("한달 월급 얼마" -> month), "" when it names none (or more than one)."""
    rates = [rate for rate, pattern in ASKED_RATE.items() if pattern.search(text)]
    return rates[0] if len(rates) == 1 else ""


def asker_ages(text: str) -> tuple[int, int] | None:
    """The youngest and oldest the asker may be by the age they give ("40대면" -> (40, 49)); None when they give none."""
    found = ASKER_AGE.search(text)
    if not found:
        return None
    decade = found.group(1) or found.group(2)
    if decade:
        return int(decade) * 10, int(decade) * 10 + 9
    return int(found.group(3)), int(found.group(3))


def for_another_age(ages: tuple[int, int] | None, line: str) -> bool:
    """Whether the line states a provision for an age group the asker, `ages` old, is not in ("65세 이상자 : 주15시간"
    for one in their 40s)."""
    group = LINE_AGE_GROUP.match(line.strip())
    if not ages or not group:
        return False
    bound, side = int(group.group(1)), group.group(2)
    youngest, oldest = ages
    return {"이상": oldest < bound, "초과": oldest <= bound, "이하": youngest > bound, "미만": youngest >= bound}[side]


def pays_by_rate(rate: str, line: str) -> bool:
    """Whether one clause of the line pays a sum by the time asked ("월 10~50만원" for "한 달에 얼마씩")."""
    return bool(rate) and any(LINE_RATE[rate].search(clause) and LINE_KINDS["amount"].search(clause)
                              for clause in CLAUSE_BREAK.split(line))


def pays_by_another_rate(rate: str, line: str) -> bool:
    """Whether the line pays its sum by a time other than the one asked only ("시간당 11,795원" for a monthly pay)."""
    named = {r for r, pattern in LINE_RATE.items() if pattern.search(line)}
    return bool(rate and named and rate not in named)


def _what_then_whether(text: str) -> list[str]:
    """A question asking a "what" and then a yes or no, split where they join; else the question whole."""
    for joint in YES_NO_JOINT.finditer(text):
        head, tail = text[: joint.start()], text[joint.end() :]
        if (len(head) >= 6 and len(tail) >= 4 and WH_WORD.search(head) and not WH_WORD.search(tail)
                and YES_NO.search(tail.strip())):
            return [head, tail]
    return [text]


def line_fits(kind: str, line: str) -> bool:
    pattern = LINE_KINDS.get(kind)
    return bool(pattern and pattern.search(line))


# A length asked by its scale, and how a line states one of that scale: years or months ("입주하면 몇 년 있을 수
# 있어?" is not answered by "24시간 이용"), hours or minutes ("몇 시간 쓸 수 있어요?" is not answered by "1일 내 승인").
LENGTH_SCALES = (
    (re.compile(r"몇\s*(년(?!생|도)|개월|달)"), re.compile(r"\d+\s*(년|개월|달)")),
    # ("몇 분" may count people; "120hr": hours in Latin letters, written onto the number)
    (re.compile(r"몇\s*시간"), re.compile(r"\d+\s*(시간|분(?![가-힣]))|\d+(?i:hrs?)(?![A-Za-z])")),
)


def line_states_asked(kind: str, question: str, line: str) -> bool:
    """Whether the line holds a value of the kind the question asks, in the scale it asks ("몇 년" is not "24시간")."""
    scales = [held for asked, held in LENGTH_SCALES if asked.search(question)] if kind == "duration" else []
    if scales:  # "몇 달 동안 하고 하루 몇 시간": a line of either scale
        return any(held.search(line) for held in scales)
    return line_fits(kind, line)


def written_apart(term: str, compact: str) -> bool:
    """Whether a page (without spaces) writes a charge the question names in one word apart ("사진비": "이력서
    사진촬영비(3만원 내)", "증명사진 촬영비용"; "주거비": "주거임차비")."""
    charge = CHARGE_WORD.match(term)
    return bool(charge) and re.search(CHARGE_APART.format(thing=re.escape(charge.group(1))), compact) is not None


def which_noun(text: str) -> str:
    """The noun a which-question asks for ("어떤 인증이 있어야 되나요?" -> "인증"), or ""."""
    found = WHICH_NOUN.search(text)
    return found.group(1) if found and found.group(1) not in WHICH_NOTHING else ""
