"""English words citizens use -> the Korean terms the documents use (the sources are Korean)."""

PLACES_EN = {
    "seoul": "서울시", "busan": "부산시", "pusan": "부산시", "daegu": "대구시", "incheon": "인천시",
    "gwangju": "광주시", "daejeon": "대전시", "ulsan": "울산시", "sejong": "세종시", "jeju": "제주도",
    "gyeonggi": "경기도", "gangwon": "강원도", "suwon": "수원시", "goyang": "고양시", "uijeongbu": "의정부시",
    "seongnam": "성남시", "yongin": "용인시", "bucheon": "부천시", "ansan": "안산시", "anyang": "안양시",
    "hwaseong": "화성시", "pyeongtaek": "평택시", "paju": "파주시", "gimpo": "김포시", "changwon": "창원시",
    "cheongju": "청주시", "jeonju": "전주시", "pohang": "포항시", "mapo": "마포구", "gangnam": "강남구",
    "seongbuk": "성북구", "gangbuk": "강북구", "guro": "구로구", "gwanak": "관악구", "seongdong": "성동구",
    "dobong": "도봉구", "gangseo": "강서구", "daedeok": "대덕구", "pangyo": "판교",
}

GLOSSARY = {
    "this year": "올해", "last year": "지난해", "next year": "내년", "move into": "입주", "move in": "입주",
    "tenant": "입주", "join": "참여", "participat": "참여", "certificate": "자격증", "license": "자격증",
    "career break": "경력단절", "career-break": "경력단절", "women": "여성", "woman": "여성", "female": "여성",
    "youth": "청년", "young": "청년", "senior": "시니어", "elderly": "노인", "older": "노인",
    "disab": "장애인", "job center": "일자리센터", "employment center": "일자리센터", "job fair": "취업박람회",
    "fair": "박람회", "job": "일자리", "jobs": "일자리", "employment": "고용", "employ": "고용",
    "hiring": "채용", "hire": "채용", "recruit": "채용", "unemploy": "실업", "work": "일자리",
    "startup": "창업", "start-up": "창업", "start a business": "창업", "entrepreneur": "창업", "founder": "창업",
    "incubat": "보육", "social enterprise": "사회적기업", "social economy": "사회적경제",
    "cooperative": "협동조합", "village enterprise": "마을기업", "small business": "소상공인",
    "sme": "중소기업", "company": "기업", "companies": "기업", "business": "기업", "firm": "기업",
    "overseas": "해외", "abroad": "해외", "japan": "일본", "training": "교육", "education": "교육",
    "course": "과정", "program": "프로그램", "programme": "프로그램", "support": "지원", "help": "지원",
    "subsid": "지원금", "grant": "지원금", "incentive": "인센티브", "award": "대상", "prize": "상",
    "target": "목표", "goal": "목표", "achiev": "달성", "result": "성과", "performance": "성과",
    "create": "창출", "creation": "창출", "investment": "투자", "invest": "투자", "attract": "유치",
    "agreement": "협약", "mou": "협약", "interview": "면접", "resume": "이력서", "counsel": "상담",
    "consult": "컨설팅", "mentor": "멘토링", "center": "센터", "centre": "센터", "office": "센터",
    "welfare": "복지", "cafe": "카페", "public sector": "공공부문", "private sector": "민간부문",
    "public work": "공공근로", "vulnerable": "취약계층", "low-income": "취약계층", "rate": "률",
    "employment rate": "고용률", "budget": "사업비", "fund": "자금", "won": "원",
    "technology": "기술", "tech": "테크노", "techno valley": "테크노밸리", "3d print": "3D 프린터",
    "printer": "프린터", "platform": "플랫폼", "university": "대학", "college": "대학",
    "culture": "문화", "cultural city": "문화도시", "festival": "축제", "market": "장터", "data center": "데이터센터",
    "district": "자치구", "city": "시", "mayor": "시장", "contest": "경진대회", "competition": "경진대회",
    "qr code": "QR코드", "broadcast": "방송", "video": "영상", "iot": "IoT", "internet of things": "사물인터넷",
    "space": "공간", "office space": "사무공간", "free": "무료", "member": "회원", "registered": "등록",
    "women-friendly": "여성친화도시", "family": "가족", "care": "돌봄", "military": "군",
    "evaluation": "평가", "best": "최우수", "excellent": "우수", "ranking": "평가", "first": "최초",
    "cafe for disabled": "장애인 카페", "hub": "허브센터", "lh": "LH", "headquarters": "본부",
}

# Korean local governments (cities, counties, Seoul's districts) without their 시/군/구 suffix, so a
# question naming one bare ("창원 일자리센터") is recognised as asking about a place.
LOCAL_GOVERNMENTS = set("""
서울 부산 대구 인천 광주 대전 울산 세종 제주 서귀포 수원 성남 의정부 안양 부천 광명 평택 동두천 안산 고양 과천
구리 남양주 오산 시흥 군포 의왕 하남 용인 파주 이천 안성 김포 화성 양주 포천 여주 연천 가평 양평 춘천 원주
강릉 동해 태백 속초 삼척 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 고성 양양 청주 충주 제천 보은 옥천
영동 증평 진천 괴산 음성 단양 천안 공주 보령 아산 서산 논산 계룡 당진 금산 부여 서천 청양 홍성 예산 태안
전주 군산 익산 정읍 남원 김제 완주 진안 무주 장수 임실 순창 고창 부안 목포 여수 순천 나주 광양 담양 곡성
구례 고흥 보성 화순 장흥 강진 해남 영암 무안 함평 영광 장성 완도 진도 신안 포항 경주 김천 안동 구미 영주
영천 상주 문경 경산 의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 봉화 울진 울릉 창원 진주 통영 사천 김해
밀양 거제 양산 의령 함안 창녕 남해 하동 산청 함양 거창 합천 종로 용산 성동 광진 동대문 중랑 성북 강북 도봉
노원 은평 서대문 마포 양천 강서 구로 금천 영등포 동작 관악 서초 강남 송파 강동 해운대 수영 사하 기장 달서
수성 달성 연수 남동 부평 계양 미추홀 강화 옹진 유성 대덕
""".split())

# Provinces and the old regions without 도 ("경기", "충남"): questions often write them bare. The
# metropolitan cities (서울, 부산...) are local governments, above.
PROVINCES = {"경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "충청", "전라", "경상"}

# Everyday words in questions and the words the documents use for the same thing.
SYNONYMS = {
    "참가": {"참여"}, "참여": {"참가"}, "열리": {"개최", "운영", "실시", "진행"}, "하": {"운영", "실시"},
    "자격": {"대상"}, "조건": {"대상"}, "돕": {"지원"}, "도움": {"지원"}, "만들": {"조성", "설립", "구축", "개소", "신설", "창출"},
    "생기": {"개소", "조성", "설립", "신설"}, "열": {"개소", "개관", "개설", "개최", "오픈"}, "일": {"일자리"}, "직장": {"일자리", "취업"}, "회사": {"기업"}, "직원": {"근로자", "종업원"},
    "구하": {"구직", "취업"}, "들어가": {"입주", "참여", "가입"}, "상": {"수상", "대상"}, "받": {"수상"}, "오르": {"상승", "증가"}, "늘": {"증가", "상승"},
    "블로그": {"blog"}, "홈페이지": {"http", "www"}, "얻": {"취득", "확보"}, "뽑": {"선발", "채용", "선정"}, "모집": {"모집", "선발"},
}

# Program names in English -> the words the Korean documents use for them (longest first when matched).
PROGRAM_TERMS_EN = {
    "interview allowance": "면접수당", "interview allowances": "면접수당", "interview support": "면접수당",
    "job seeking allowance": "구직활동지원금", "job-seeking allowance": "구직활동지원금",
    "job search allowance": "구직활동지원금", "youth allowance": "청년수당", "rent support": "월세 지원",
    "housing support": "주거 지원", "learning card": "내일배움카드", "national employment support": "국민취업지원제도",
    "employment success package": "취업성공패키지", "startup support": "창업 지원", "start-up support": "창업 지원",
    "job fair": "취업박람회", "internship": "인턴", "vocational training": "직업훈련", "job training": "직업훈련",
}
