"""The 온통청년 open-API fields in Korean, for saying what changed in a program ("신청기간, 지원내용")."""

from __future__ import annotations

FIELD_LABELS = {
    "plcyNm": "정책명",
    "plcyExplnCn": "정책 설명",
    "plcySprtCn": "지원내용",
    "addAplyQlfcCndCn": "추가 자격조건",
    "plcyAplyMthdCn": "신청방법",
    "srngMthdCn": "심사방법",
    "sbmsnDcmntCn": "제출서류",
    "aplyYmd": "신청기간",
    "sprtTrgtMinAge": "최소 연령",
    "sprtTrgtMaxAge": "최대 연령",
    "sprtTrgtAgeLmtYn": "연령 제한 여부",
    "sprtSclCnt": "지원규모",
    "zipCd": "거주지역",
    "refUrlAddr1": "참고 URL",
    "sprvsnInstCdNm": "주관기관",
    "operInstCdNm": "운영기관",
    "lclsfNm": "분야",
    "mclsfNm": "세부 분야",
    "plcyKywdNm": "키워드",
    "frstRegDt": "최초 등록일",
}
# Bookkeeping the portal rewrites on every edit: not a change a counselor needs to hear about.
IGNORED_FIELDS = {"lastMdfcnDt", "snapshotDate"}


def field_label(name: str) -> str:
    """The Korean label of an API field; the field's own name when it has none."""
    return FIELD_LABELS.get(name, name)
