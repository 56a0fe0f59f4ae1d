"""Name parts for generated people: Korean and English, with romanisations for handles."""

from __future__ import annotations

# (hangul, romanisation)
KOREAN_SURNAMES: tuple[tuple[str, str], ...] = (
    ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"),
    ("강", "kang"), ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"),
    ("한", "han"), ("오", "oh"), ("서", "seo"), ("신", "shin"), ("권", "kwon"),
)
KOREAN_GIVEN: tuple[tuple[str, str], ...] = (
    ("민지", "minji"), ("서연", "seoyeon"), ("지우", "jiwoo"), ("하은", "haeun"),
    ("도윤", "doyoon"), ("서준", "seojun"), ("예린", "yerin"), ("지호", "jiho"),
    ("수아", "sua"), ("하늘", "haneul"), ("유나", "yuna"), ("태민", "taemin"),
    ("다은", "daeun"), ("현우", "hyunwoo"), ("소희", "sohee"), ("준호", "junho"),
)
ENGLISH_GIVEN: tuple[str, ...] = (
    "Emma", "Olivia", "Noah", "Liam", "Sophia", "Mia", "Lucas", "Ethan", "Chloe", "Grace",
    "Daniel", "Hannah", "Ryan", "Julia", "Kevin", "Sarah",
)
ENGLISH_SURNAMES: tuple[str, ...] = (
    "Smith", "Brown", "Wilson", "Taylor", "Martin", "Walker", "Young", "Hall", "Allen",
    "Wright", "Scott", "Green",
)
TOPICS: tuple[tuple[str, str], ...] = (
    ("맛집", "food"), ("여행", "travel"), ("뷰티", "beauty"), ("육아", "parenting"),
    ("패션", "fashion"), ("운동", "fitness"), ("캠핑", "camping"), ("반려견", "dogs"),
    ("카페", "cafe"), ("리뷰", "review"),
)
TITLES_KO: tuple[str, ...] = (
    "{topic} 솔직 후기", "이번 주 {topic} 기록", "{topic} 추천 BEST 5", "처음 가본 {topic} 이야기",
    "{topic} 브이로그 #{n}",
)
TITLES_EN: tuple[str, ...] = (
    "My honest {topic} review", "{topic} diary, week {n}", "Top 5 {topic} picks",
    "Trying {topic} for the first time",
)
COMMENTS_PLAIN: tuple[str, ...] = (
    "좋은 글 감사합니다!", "사진이 너무 예뻐요 ㅎㅎ", "저도 가보고 싶네요~", "정보 감사해요 :)",
    "Great post, thanks!", "Love this!!", "이거 어디서 사셨어요?", "구독하고 갑니다",
    "Wow, saving this for later.", "오늘도 잘 보고 가요",
)
COMMENTS_WITH_URL: tuple[str, ...] = (
    "제 블로그도 놀러오세요 {url}", "인스타도 팔로우 해주세요 {url}", "Check out my page: {url}",
    "협찬 문의는 {url} 로 DM 주세요", "비슷한 후기 여기 있어요({url})", "{url} 여기도 좋아요!",
    "I wrote about this too -> {url}", "서로이웃 해요~ {url}", "놀러와요 {url}, 감사합니다",
    "See {url}.",
)
TRAILING = ("", "", "", ".", "!", ",", "~", ")", "!!", "?")
