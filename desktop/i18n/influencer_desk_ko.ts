<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Other platform handles</source>
        <translation>다른 플랫폼 계정</translation>
    </message>
    <message>
        <source>{metric} date</source>
        <translation>{metric} 날짜</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you saved was lost; the details are in the log file.</source>
        <translation>예상하지 못한 문제가 생겼습니다. 저장한 내용은 그대로 있습니다. 자세한 내용은 로그 파일에 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>{file} is open in another program or you may not change it. Close it there, or choose another place.</source>
        <translation>{file} 파일이 다른 프로그램에서 열려 있거나 변경 권한이 없습니다. 그 프로그램에서 파일을 닫거나 다른 위치를 선택해 주세요.</translation>
    </message>
    <message>
        <source>{file} was not found. It may have been moved or deleted.</source>
        <translation>{file} 파일을 찾을 수 없습니다. 옮겨졌거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The file {file} could not be read or written. Check that it is reachable and that the disk is not full.</source>
        <translation>{file} 파일을 읽거나 쓸 수 없습니다. 파일에 접근할 수 있는지, 디스크 공간이 충분한지 확인해 주세요.</translation>
    </message>
    <message>
        <source>Platform A</source>
        <translation>플랫폼 A</translation>
    </message>
    <message>
        <source>3 to 40 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>영문자, 숫자, &apos;_&apos;, &apos;-&apos;로 3~40자</translation>
    </message>
    <message>
        <source>Platform B</source>
        <translation>플랫폼 B</translation>
    </message>
    <message>
        <source>1 to 30 letters, digits, &apos;_&apos; or &apos;.&apos;</source>
        <translation>영문자, 숫자, &apos;_&apos;, &apos;.&apos;로 1~30자</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a platform (use A or B).</source>
        <translation>&apos;{value}&apos;은(는) 플랫폼이 아닙니다(A 또는 B를 입력하세요).</translation>
    </message>
    <message>
        <source>A handle is required.</source>
        <translation>아이디를 입력해 주세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address.</source>
        <translation>&apos;{value}&apos;는 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {found} URL, not a {wanted} one.</source>
        <translation>&apos;{value}&apos;은(는) {found} 주소입니다. {wanted} 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a {platform} handle ({rule}).</source>
        <translation>&apos;{value}&apos;은(는) {platform} 아이디 형식이 아닙니다({rule}).</translation>
    </message>
    <message>
        <source>A URL is required.</source>
        <translation>URL을 입력해 주세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Platform A or Platform B URL.</source>
        <translation>&apos;{value}&apos;은(는) 플랫폼 A나 플랫폼 B의 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {platform} address but not a profile or post URL.</source>
        <translation>&apos;{value}&apos;은(는) {platform} 주소이지만 프로필이나 게시물 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Daily visitors</source>
        <translation>일일 방문자</translation>
    </message>
    <message>
        <source>Checked platform</source>
        <translation>확인한 플랫폼</translation>
    </message>
    <message>
        <source>Checked handle</source>
        <translation>확인한 아이디</translation>
    </message>
    <message>
        <source>Post status</source>
        <translation>게시물 상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>checked_at</source>
        <translation>확인 시각</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>게시물 제목</translation>
    </message>
    <message>
        <source>Post date</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력 파일</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Rows checked by the interrupted run</source>
        <translation>중단된 실행에서 확인한 행</translation>
    </message>
    <message>
        <source>{platform} blocked until</source>
        <translation>{platform} 차단 해제 시각</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Rows marked blocked are checked when you run the verification again with the same files.</source>
        <translation>&apos;차단됨&apos; 행은 같은 파일로 검증을 다시 실행하면 확인됩니다.</translation>
    </message>
    <message>
        <source>Total visitors</source>
        <translation>전체 방문자</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>팔로워</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>팔로잉</translation>
    </message>
    <message>
        <source>Post count</source>
        <translation>게시물 수</translation>
    </message>
    <message>
        <source>The value contains a character that cannot be stored (a NUL or an unpaired surrogate); remove it and try again.</source>
        <translation>값에 저장할 수 없는 문자(NUL 또는 짝이 없는 서로게이트)가 들어 있습니다. 그 문자를 지우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>The value is too long ({length} characters; at most {limit}).</source>
        <translation>값이 너무 깁니다({length}자, 최대 {limit}자).</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}을(를) 입력해 주세요.</translation>
    </message>
    <message>
        <source>A handle needs its platform.</source>
        <translation>아이디에는 플랫폼이 필요합니다.</translation>
    </message>
    <message>
        <source>There are {count} tags; at most {limit} are kept per person.</source>
        <translation>태그가 {count}개입니다. 한 사람에 {limit}개까지 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>The tag &apos;{tag}...&apos; is too long ({length} characters; at most {limit}).</source>
        <translation>태그 &apos;{tag}...&apos;이(가) 너무 깁니다({length}자, 최대 {limit}자).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an account status (use {active}, {inactive} or {not_found}).</source>
        <translation>&apos;{value}&apos;은(는) 계정 상태가 아닙니다({active}, {inactive}, {not_found} 중 하나를 입력하세요).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record id.</source>
        <translation>&apos;{value}&apos;은(는) 올바른 항목 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no time zone (write it like 2024-05-01T09:30:00+09:00).</source>
        <translation>&apos;{value}&apos;에 시간대가 없습니다 (2024-05-01T09:30:00+09:00처럼 쓰세요).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not between the years {first} and {last}.</source>
        <translation>&apos;{value}&apos;는 {first}년에서 {last}년 사이가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time.</source>
        <translation>&apos;{value}&apos;은(는) 날짜와 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number a metric can have (0 to {limit}).</source>
        <translation>&apos;{value}&apos;은(는) 지표 값이 될 수 없는 숫자입니다(0 ~ {limit}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file size.</source>
        <translation>&apos;{value}&apos;는 파일 크기가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file size (0 to {limit} bytes).</source>
        <translation>&apos;{value}&apos;는 파일 크기가 아닙니다 (0~{limit}바이트).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (it should start with https://).</source>
        <translation>&apos;{value}&apos;는 웹 주소가 아닙니다 (https://로 시작해야 합니다).</translation>
    </message>
    <message>
        <source>A file name is required.</source>
        <translation>파일 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a type of consent form this app keeps.</source>
        <translation>&apos;{value}&apos;는 이 앱이 보관하는 동의서 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file checksum.</source>
        <translation>&apos;{value}&apos;는 파일 체크섬이 아닙니다.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>체크섬</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>올린 사람</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>influencer</source>
        <translation>인플루언서</translation>
    </message>
    <message>
        <source>account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>변경한 사람</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>레코드 ID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Import or merge</source>
        <translation>가져오기 또는 병합</translation>
    </message>
    <message>
        <source>The history is kept on the sync server, and this desk is not connected to one: run `influencer-desk connect` first.</source>
        <translation>변경 이력은 동기화 서버에 보관되는데, 이 컴퓨터는 서버에 연결되어 있지 않습니다. 먼저 `influencer-desk connect`를 실행하세요.</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>기록을 읽는 중</translation>
    </message>
    <message>
        <source>{when}  {who} on {device}  {record} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos;</source>
        <translation>{when}  {who} ({device})  {record} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>{when}  {who} on {device}  {record} {change}</source>
        <translation>{when}  {who} ({device})  {record} {change}</translation>
    </message>
    <message>
        <source>{line} (batch {batch})</source>
        <translation>{line} (묶음 {batch})</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>아직 변경 이력이 없습니다.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>merged into another person</source>
        <translation>다른 사람에 병합됨</translation>
    </message>
    <message>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Notes (influencer)</source>
        <translation>메모 (인플루언서)</translation>
    </message>
    <message>
        <source>E-mail (every account on the row)</source>
        <translation>이메일 (이 행의 모든 계정)</translation>
    </message>
    <message>
        <source>Category (every account on the row)</source>
        <translation>카테고리 (이 행의 모든 계정)</translation>
    </message>
    <message>
        <source>Account notes</source>
        <translation>계정 메모</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>계정 상태</translation>
    </message>
    <message>
        <source>{platform} e-mail</source>
        <translation>{platform} 이메일</translation>
    </message>
    <message>
        <source>{platform} category</source>
        <translation>{platform} 카테고리</translation>
    </message>
    <message>
        <source>Platform of the row&apos;s URL/handle</source>
        <translation>이 행의 URL/아이디가 속한 플랫폼</translation>
    </message>
    <message>
        <source>Profile URL (any platform)</source>
        <translation>프로필 URL (플랫폼 무관)</translation>
    </message>
    <message>
        <source>Handle (platform from the Platform column)</source>
        <translation>아이디 (플랫폼 열에 적힌 플랫폼)</translation>
    </message>
    <message>
        <source>{field} (every account on the row)</source>
        <translation>{field} (이 행의 모든 계정)</translation>
    </message>
    <message>
        <source>{platform} profile URL</source>
        <translation>{platform} 프로필 URL</translation>
    </message>
    <message>
        <source>{platform} handle</source>
        <translation>{platform} 아이디</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation>게시물 URL</translation>
    </message>
    <message>
        <source>Comment ID</source>
        <translation>댓글 번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Commenter name</source>
        <translation>댓글 작성자 이름</translation>
    </message>
    <message>
        <source>Commenter handle</source>
        <translation>댓글 작성자 아이디</translation>
    </message>
    <message>
        <source>URLs found</source>
        <translation>찾은 URL</translation>
    </message>
    <message>
        <source>reuse a stored snapshot of a known account younger than H hours instead of asking the platform (default {hours})</source>
        <translation>이미 아는 계정의 수집 값이 H시간보다 최근이면 플랫폼에 묻지 않고 그 값을 다시 사용 (기본값 {hours})</translation>
    </message>
    <message>
        <source>analyse the comments of Platform A posts (commenters, their metrics, URLs)</source>
        <translation>플랫폼 A 게시물의 댓글 분석 (댓글 작성자, 그들의 지표, URL)</translation>
    </message>
    <message>
        <source>Fetches every comment of the given Platform A posts, the metrics of each distinct commenter (once each; recent snapshots are reused) and every address in the comments, and writes a workbook with the sheets Comments, Commenters, URLs and Summary. URLs that are not Platform A posts are reported and skipped.</source>
        <translation>주어진 플랫폼 A 게시물의 모든 댓글, 서로 다른 댓글 작성자 각각의 지표(한 번씩; 최근 스냅샷은 재사용), 댓글 속 모든 주소를 가져와 댓글, 댓글 작성자, URL, 요약 시트가 있는 통합 문서를 씁니다. 플랫폼 A 게시물이 아닌 URL은 보고하고 건너뜁니다.</translation>
    </message>
    <message>
        <source>Platform A post URLs</source>
        <translation>플랫폼 A 게시물 URL</translation>
    </message>
    <message>
        <source>also take the post URLs from a column of this workbook</source>
        <translation>이 통합 문서의 한 열에서도 게시물 URL을 가져오기</translation>
    </message>
    <message>
        <source>the column with the post URLs (its header or letter)</source>
        <translation>게시물 URL이 있는 열 (머리글이나 열 문자)</translation>
    </message>
    <message>
        <source>the sheet to read (default: first)</source>
        <translation>읽을 시트 (기본값: 첫 번째)</translation>
    </message>
    <message>
        <source>check that the posts in a workbook are public and on the right profile</source>
        <translation>통합 문서의 게시물이 공개 상태이고 올바른 프로필에 있는지 확인</translation>
    </message>
    <message>
        <source>For each row with a profile URL and a post URL (Platform A or B), adds the profile&apos;s current metrics, the post&apos;s status (public, private, restricted, deleted, not_found, wrong_profile, invalid_url, blocked, error) and checked_at to a copy of the sheet, with a Summary sheet. An interrupted run (Ctrl-C, crash, block) continues when run again with the same files; rows marked blocked are checked again.</source>
        <translation>프로필 URL과 게시물 URL(플랫폼 A 또는 B)이 있는 각 행에 대해, 프로필의 현재 지표, 게시물 상태(public, private, restricted, deleted, not_found, wrong_profile, invalid_url, blocked, error)와 checked_at을 시트 사본에 더하고 요약 시트를 붙입니다. 중단된 실행(Ctrl-C, 비정상 종료, 차단)은 같은 파일로 다시 실행하면 이어집니다. blocked로 표시된 행은 다시 확인합니다.</translation>
    </message>
    <message>
        <source>the column with the profile URLs (found automatically if not given)</source>
        <translation>프로필 URL이 있는 열 (지정하지 않으면 자동으로 찾음)</translation>
    </message>
    <message>
        <source>the column with the post URLs (found automatically if not given)</source>
        <translation>게시물 URL이 있는 열 (지정하지 않으면 자동으로 찾음)</translation>
    </message>
    <message>
        <source>check every row again instead of continuing an interrupted run</source>
        <translation>중단된 실행을 이어 가는 대신 모든 행을 다시 확인</translation>
    </message>
    <message>
        <source>--from-excel needs --column NAME (the column with the post URLs).</source>
        <translation>--from-excel에는 --column 이름(게시물 URL이 있는 열)이 필요합니다.</translation>
    </message>
    <message>
        <source>--column needs --from-excel FILE.</source>
        <translation>--column에는 --from-excel 파일이 필요합니다.</translation>
    </message>
    <message>
        <source>Give at least one Platform A post URL, or --from-excel FILE --column NAME.</source>
        <translation>플랫폼 A 게시물 URL을 하나 이상 주거나 --from-excel 파일 --column 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>The output must be an .xlsx file, not &apos;{file}&apos;.</source>
        <translation>결과 파일은 &apos;{file}&apos;이 아니라 .xlsx 파일이어야 합니다.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>게시물</translation>
    </message>
    <message>
        <source>Metrics observed</source>
        <translation>지표 측정 시각</translation>
    </message>
    <message>
        <source>Metrics from</source>
        <translation>지표 출처</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>프로필 URL</translation>
    </message>
    <message>
        <source>Known account</source>
        <translation>목록에 있는 계정</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation>게시물 번호</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>횟수</translation>
    </message>
    <message>
        <source>recent snapshot</source>
        <translation>최근 수집 값</translation>
    </message>
    <message>
        <source>asked the platform</source>
        <translation>플랫폼에서 조회</translation>
    </message>
    <message>
        <source>profile not found</source>
        <translation>프로필 없음</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>Commenters</source>
        <translation>댓글 작성자</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>실패: {reason}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Posts analysed</source>
        <translation>분석한 게시물</translation>
    </message>
    <message>
        <source>Distinct commenters</source>
        <translation>서로 다른 댓글 작성자</translation>
    </message>
    <message>
        <source>Comments without a handle</source>
        <translation>아이디 없는 댓글</translation>
    </message>
    <message>
        <source>Commenters&apos; metrics from recent snapshots</source>
        <translation>최근 수집 값을 쓴 댓글 작성자 지표</translation>
    </message>
    <message>
        <source>Commenters&apos; metrics asked</source>
        <translation>새로 조회한 댓글 작성자 지표</translation>
    </message>
    <message>
        <source>Distinct URLs</source>
        <translation>서로 다른 URL</translation>
    </message>
    <message>
        <source>URLs: {kind}</source>
        <translation>URL: {kind}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청 수</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation>차단 해제 시각</translation>
    </message>
    <message>
        <source>Failed: {what}</source>
        <translation>실패: {what}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>인플루언서</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>측정 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must start with http:// or https://.</source>
        <translation>&apos;{value}&apos;은(는) http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code (e.g. KR).</source>
        <translation>&apos;{value}&apos;은(는) 국가 코드가 아닙니다(예: KR).</translation>
    </message>
    <message>
        <source>The pace must be between 0.05 and 1000 requests per second.</source>
        <translation>수집 속도는 초당 0.05~1000 요청 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Choose the platform, or paste the account&apos;s profile URL.</source>
        <translation>플랫폼을 선택하거나 계정의 프로필 URL을 붙여 넣어 주세요.</translation>
    </message>
    <message>
        <source>@{handle} on {platform} is already in the list (it belongs to {name}).</source>
        <translation>{platform}의 @{handle}은(는) 이미 목록에 있습니다({name}의 계정).</translation>
    </message>
    <message>
        <source>{name} with this phone number is already in the list; add the accounts to them instead.</source>
        <translation>이 연락처의 {name} 님이 이미 목록에 있습니다. 그 인플루언서에게 계정을 추가하세요.</translation>
    </message>
    <message>
        <source>@{handle} on {platform} is already in the list.</source>
        <translation>{platform}의 @{handle}은(는) 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <source>@{handle} is entered twice.</source>
        <translation>@{handle}을(를) 두 번 입력했습니다.</translation>
    </message>
    <message>
        <source>  [from its content]</source>
        <translation>  [내용으로 판단]</translation>
    </message>
    <message>
        <source>  [from the preset]</source>
        <translation>  [저장된 설정]</translation>
    </message>
    <message>
        <source>  [chosen]</source>
        <translation>  [직접 선택]</translation>
    </message>
    <message>
        <source>Header row {row}:</source>
        <translation>머리글 행 {row}:</translation>
    </message>
    <message>
        <source>(not recognised, not imported)</source>
        <translation>(알 수 없는 열, 가져오지 않음)</translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
    <message>
        <source>No column was recognised as the influencer&apos;s name. Head it &apos;이름&apos; or &apos;Name&apos;, or say which column holds the name.</source>
        <translation>인플루언서 이름 열을 찾지 못했습니다. 열 제목을 &apos;이름&apos; 또는 &apos;Name&apos;으로 하거나, 이름이 있는 열을 지정해 주세요.</translation>
    </message>
    <message>
        <source>The saved mapping names an unknown field &apos;{name}&apos;.</source>
        <translation>저장한 열 연결에 알 수 없는 항목 &apos;{name}&apos;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>There is no column &apos;{ref}&apos; in the sheet (columns: {headers}).</source>
        <translation>시트에 &apos;{ref}&apos; 열이 없습니다(있는 열: {headers}).</translation>
    </message>
    <message>
        <source>Columns &apos;{first}&apos; and &apos;{second}&apos; both hold {field}; only &apos;{first}&apos; is imported. Choose another field for one of them to import both.</source>
        <translation>&apos;{first}&apos; 열과 &apos;{second}&apos; 열이 모두 {field} 항목입니다. &apos;{first}&apos; 열만 가져옵니다. 둘 다 가져오려면 한 열의 항목을 바꿔 주세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a post URL, not a profile URL.</source>
        <translation>&apos;{value}&apos;은(는) 게시물 URL입니다. 프로필 URL을 입력해 주세요.</translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, HEIC or DOCX</source>
        <translation>PDF, JPEG, PNG, HEIC, DOCX</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>윈도우 프로그램</translation>
    </message>
    <message>
        <source>a {kind} file</source>
        <translation>{kind} 파일</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <source>a file of an unknown type</source>
        <translation>알 수 없는 형식의 파일</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is {what}, not a consent form this app keeps. Forms must be {kinds} files (the type is read from the content, not the name).</source>
        <translation>&apos;{file}&apos;은(는) {what}이므로 동의서로 보관할 수 없습니다. 동의서는 {kinds} 파일이어야 합니다(형식은 파일 이름이 아니라 내용으로 판단합니다).</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is larger than the {size} a consent form may be. Scan it at a lower resolution or split it into several files.</source>
        <translation>&apos;{file}&apos;은(는) 동의서 최대 크기 {size}보다 큽니다. 해상도를 낮춰 스캔하거나 여러 파일로 나눠 주세요.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>{path} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is empty.</source>
        <translation>&apos;{file}&apos;은(는) 빈 파일입니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos;은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos;은(는) 전화번호가 아닙니다.</translation>
    </message>
    <message>
        <source>{platform} blocked requests before this commenter&apos;s metrics could be fetched.</source>
        <translation>이 댓글 작성자의 지표를 가져오기 전에 {platform}이(가) 요청을 차단했습니다.</translation>
    </message>
    <message>
        <source>{analysed} of {posts} posts analysed: {comments} comments from {commenters} distinct commenters ({anonymous} comments without a handle); {urls} addresses found ({distinct_urls} distinct).</source>
        <translation>게시물 {posts}개 중 {analysed}개 분석: 댓글 작성자 {commenters}명의 댓글 {comments}개 (아이디 없는 댓글 {anonymous}개), 주소 {urls}개 발견 (서로 다른 주소 {distinct_urls}개).</translation>
    </message>
    <message>
        <source>{requests} requests in {seconds} s; {stored} commenters&apos; metrics came from recent snapshots, {asked} were asked.</source>
        <translation>{seconds}초 동안 요청 {requests}건. 댓글 작성자 {stored}명의 지표는 최근 수집 값을 썼고 {asked}명은 새로 조회했습니다.</translation>
    </message>
    <message>
        <source>  ... and {count} more (see the Summary sheet).</source>
        <translation>  … 외 {count}건 (요약 시트 참고)</translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; the results are incomplete. Run the analysis again after that.</source>
        <translation>{platform}이(가) {until}까지 요청을 막아 결과가 완전하지 않습니다. 그 이후에 분석을 다시 실행해 주세요.</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>제한됨</translation>
    </message>
    <message>
        <source>not_found</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>wrong_profile</source>
        <translation>다른 계정</translation>
    </message>
    <message>
        <source>invalid_url</source>
        <translation>잘못된 URL</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>{count} rows checked ({columns}): {counts}.</source>
        <translation>{count}개 행 확인 ({columns}): {counts}.</translation>
    </message>
    <message>
        <source>{requests} requests in {seconds} s.</source>
        <translation>{seconds}초 동안 요청 {requests}건.</translation>
    </message>
    <message>
        <source>Continued an interrupted run: {count} rows were already checked and were not asked again.</source>
        <translation>중단된 확인을 이어서 했습니다. 이미 확인한 {count}개 행은 다시 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; {count} rows are marked blocked. Run it again after that to finish them.</source>
        <translation>{platform}이(가) {until}까지 요청을 막아 {count}개 행이 차단됨으로 표시되었습니다. 그 이후에 다시 실행하면 마저 확인합니다.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation>{row}행 {column} 열: {message}</translation>
    </message>
    <message>
        <source>A server address is required.</source>
        <translation>서버 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server address (for example http://office-pc:8765).</source>
        <translation>&apos;{value}&apos;은(는) 서버 주소가 아닙니다(예: http://office-pc:8765).</translation>
    </message>
    <message>
        <source>The sync server sent an answer this app does not understand; is {server} an Influencer Desk sync server?</source>
        <translation>동기화 서버가 이 앱이 이해할 수 없는 응답을 보냈습니다. {server}가 Influencer Desk 동기화 서버가 맞습니까?</translation>
    </message>
    <message>
        <source>The sync server at {server} did not answer in time. Your changes are kept; try again later.</source>
        <translation>동기화 서버({server})가 제때 응답하지 않았습니다. 변경 내용은 저장되어 있으니 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {server}. Check the network and the address; your changes are kept.</source>
        <translation>동기화 서버({server})에 연결할 수 없습니다. 네트워크와 주소를 확인해 주세요. 변경 내용은 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>The sync server refused the token. Ask the administrator for a new one and connect again (File → Connect to server, or `influencer-desk connect`).</source>
        <translation>동기화 서버가 토큰을 받아들이지 않았습니다. 관리자에게 새 토큰을 받아 다시 연결해 주세요(파일 → 서버에 연결, 또는 `influencer-desk connect`).</translation>
    </message>
    <message>
        <source>The sync server does not allow this ({detail}).</source>
        <translation>동기화 서버가 이 작업을 허용하지 않습니다({detail}).</translation>
    </message>
    <message>
        <source>The sync server refused a request as too large ({detail}).</source>
        <translation>동기화 서버가 요청이 너무 크다며 받지 않았습니다 ({detail}).</translation>
    </message>
    <message>
        <source>The sync server at {server} cannot answer just now ({detail}). Your changes are kept; it will be tried again in {seconds} seconds.</source>
        <translation>동기화 서버({server})가 지금은 응답할 수 없습니다({detail}). 변경 내용은 저장되어 있으며 {seconds}초 후에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The sync server at {server} cannot answer just now ({detail}). Your changes are kept; it will be tried again later.</source>
        <translation>동기화 서버({server})가 지금은 응답할 수 없습니다({detail}). 변경 내용은 저장되어 있으며 잠시 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The sync server could not do this (error {status}). Your changes are kept; try again later, or tell the administrator if it keeps happening.</source>
        <translation>동기화 서버가 이 작업을 처리하지 못했습니다(오류 {status}). 변경 내용은 저장되어 있으니 잠시 후 다시 시도하고, 계속되면 관리자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>Give at least one Platform A post URL.</source>
        <translation>플랫폼 A 게시물 URL을 하나 이상 입력해 주세요.</translation>
    </message>
    <message>
        <source>None of the URLs is a {platform} post URL. {reasons}</source>
        <translation>입력한 URL 중 {platform} 게시물 URL이 없습니다. {reasons}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {platform} profile URL, not a {wanted} post URL.</source>
        <translation>&apos;{value}&apos;는 {wanted} 게시물 URL이 아니라 {platform} 프로필 URL입니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {platform} post URL, not a {wanted} post URL.</source>
        <translation>&apos;{value}&apos;는 {wanted} 게시물 URL이 아니라 {platform} 게시물 URL입니다.</translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; this post&apos;s comments were not (all) fetched.</source>
        <translation>{platform}이(가) {until}까지 요청을 차단했습니다. 이 게시물의 댓글을 (모두) 가져오지 못했습니다.</translation>
    </message>
    <message>
        <source>posts: {url} ({count} comments)</source>
        <translation>게시물: {url} (댓글 {count}개)</translation>
    </message>
    <message>
        <source>The post is private on {platform}; its comments cannot be read.</source>
        <translation>{platform}에서 비공개 게시물이라 댓글을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The post was removed from {platform}.</source>
        <translation>{platform}에서 삭제된 게시물입니다.</translation>
    </message>
    <message>
        <source>commenters&apos; metrics</source>
        <translation>댓글 작성자 지표</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Write the results to a new file, not over the input.</source>
        <translation>결과는 원본 파일에 덮어쓰지 말고 새 파일에 저장해 주세요.</translation>
    </message>
    <message>
        <source>checking rows</source>
        <translation>행 확인 중</translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; run again after that to check this row.</source>
        <translation>{platform}이(가) {until}까지 요청을 차단했습니다. 그 뒤에 다시 실행하면 이 행을 확인합니다.</translation>
    </message>
    <message>
        <source>The row has no profile URL.</source>
        <translation>이 행에 프로필 URL이 없습니다.</translation>
    </message>
    <message>
        <source>The row has no post URL.</source>
        <translation>이 행에 게시물 URL이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a profile URL, not a post URL.</source>
        <translation>&apos;{value}&apos;는 게시물 URL이 아니라 프로필 URL입니다.</translation>
    </message>
    <message>
        <source>The profile is on {profile_platform} but the post is on {post_platform}.</source>
        <translation>프로필은 {profile_platform}에 있는데 게시물은 {post_platform}에 있습니다.</translation>
    </message>
    <message>
        <source>The post is on the {platform} blog &apos;{post_handle}&apos;, not &apos;{handle}&apos;.</source>
        <translation>게시물이 &apos;{handle}&apos;이 아니라 {platform} 블로그 &apos;{post_handle}&apos;에 있습니다.</translation>
    </message>
    <message>
        <source>The post belongs to the {platform} account &apos;{post_handle}&apos;, not &apos;{handle}&apos;.</source>
        <translation>게시물이 &apos;{handle}&apos;이 아니라 {platform} 계정 &apos;{post_handle}&apos;의 것입니다.</translation>
    </message>
    <message>
        <source>Its comments could not be counted: {reason}</source>
        <translation>댓글 수를 세지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{status} {count}건</translation>
    </message>
    <message>
        <source>{counts}; blocked: {platforms}</source>
        <translation>{counts}; 차단됨: {platforms}</translation>
    </message>
    <message>
        <source>{file} has no worksheet to import.</source>
        <translation>{file}에 가져올 워크시트가 없습니다.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos; (it has: {names}).</source>
        <translation>{file}에 &apos;{sheet}&apos; 시트가 없습니다(있는 시트: {names}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has {rows} rows; at most {limit} rows can be imported at once. Split the file.</source>
        <translation>&apos;{sheet}&apos; 시트에 {rows}개 행이 있습니다. 한 번에 {limit}개 행까지 가져올 수 있으니 파일을 나눠 주세요.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has {columns} columns; at most {limit} can be imported.</source>
        <translation>&apos;{sheet}&apos; 시트에 {columns}개 열이 있습니다. {limit}개 열까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel, remove the password and save it again.</source>
        <translation>{file}에 암호가 걸려 있습니다. 엑셀에서 열어 암호를 해제한 뒤 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file is damaged or is not a {kind} file. Open it in Excel and save it again.</source>
        <translation>{file}을(를) 읽을 수 없습니다. 파일이 손상되었거나 {kind} 파일이 아닙니다. 엑셀에서 열어 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split the file.</source>
        <translation>{file}에 {limit}개가 넘는 행이 있습니다. 파일을 나눠 주세요.</translation>
    </message>
    <message>
        <source>{file} has {count} columns on line {line}; at most {limit} can be imported.</source>
        <translation>{file}의 {line}번째 줄에 {count}개 열이 있습니다. {limit}개 열까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} cells; delete the columns the import does not need, or split the file.</source>
        <translation>{file}에 {limit}개가 넘는 셀이 있습니다. 가져오지 않을 열을 지우거나 파일을 나눠 주세요.</translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file (line {line}).</source>
        <translation>{file}은(는) 올바른 CSV 파일이 아닙니다({line}번째 줄).</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file.</source>
        <translation>{file}은(는) 텍스트(CSV) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8, UTF-16 nor CP949/EUC-KR text; save it from Excel as &apos;CSV UTF-8&apos;.</source>
        <translation>{file}은(는) UTF-8, UTF-16, CP949/EUC-KR 텍스트가 아닙니다. 엑셀에서 &apos;CSV UTF-8&apos; 형식으로 저장해 주세요.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path}에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet this import reads (use .xlsx, .xls, .ods or .csv).</source>
        <translation>{file}은(는) 가져올 수 있는 스프레드시트가 아닙니다(.xlsx, .xls, .ods, .csv 파일을 사용하세요).</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files up to {limit} MB can be imported. Split it into smaller files.</source>
        <translation>{file}의 크기는 {size}MB입니다. {limit}MB까지 가져올 수 있으니 더 작은 파일로 나눠 주세요.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file}은(는) 빈 파일입니다.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>{file}에 암호가 걸려 있습니다. 엑셀에서 열어 암호를 해제한 뒤(파일 &gt; 정보 &gt; 통합 문서 보호) 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>{file} is not a valid {suffix} workbook (the file is damaged or is not a spreadsheet).</source>
        <translation>{file}은(는) 올바른 {suffix} 통합 문서가 아닙니다(파일이 손상되었거나 스프레드시트가 아닙니다).</translation>
    </message>
    <message>
        <source>{file} is damaged (it is not a readable zip package); open it in Excel and save it again.</source>
        <translation>{file}이(가) 손상되었습니다(읽을 수 있는 zip 패키지가 아닙니다). 엑셀에서 열어 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>{file} holds {count} parts, more than a workbook ever has; it is refused.</source>
        <translation>{file}에 통합 문서에는 있을 수 없는 {count}개 파트가 들어 있어 거부했습니다.</translation>
    </message>
    <message>
        <source>{file} is refused: its part {part} would inflate {ratio} times (to {size} MB), which is what a zip bomb does.</source>
        <translation>{file}을(를) 거부했습니다: 파트 {part}이(가) {ratio}배({size}MB)로 부풀어 오르는데, 이는 zip 폭탄의 특징입니다.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; remove the password in Excel and save it again.</source>
        <translation>{file}에 암호가 걸려 있습니다. 엑셀에서 암호를 해제한 뒤 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size} MB, more than the {limit} MB allowed.</source>
        <translation>{file}을(를) 거부했습니다: 압축을 풀면 {size}MB로, 허용되는 {limit}MB보다 큽니다.</translation>
    </message>
    <message>
        <source>{file} is damaged (part {part} cannot be read); open it in Excel and save it again.</source>
        <translation>{file}이(가) 손상되었습니다(파트 {part}을(를) 읽을 수 없습니다). 엑셀에서 열어 다시 저장해 주세요.</translation>
    </message>
    <message>
        <source>{file} is refused: its part {part} declares XML entities (a DOCTYPE), which real spreadsheets never do.</source>
        <translation>{file}을(를) 거부했습니다: 파트 {part}에 실제 스프레드시트에는 없는 XML 엔터티 선언(DOCTYPE)이 있습니다.</translation>
    </message>
    <message>
        <source> (a value in cell {cell})</source>
        <translation> ({cell} 셀에 값이 있음)</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; reaches column {column}{where}; at most {limit} columns can be imported. Delete what lies right of the table, or copy the table into a new sheet.</source>
        <translation>&apos;{sheet}&apos; 시트가 {column} 열까지 이어집니다{where}. {limit}개 열까지 가져올 수 있습니다. 표 오른쪽에 있는 내용을 지우거나 표를 새 시트에 복사해 주세요.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has {rows} rows{where}; at most {limit} rows can be imported at once. Split the file.</source>
        <translation>&apos;{sheet}&apos; 시트에 {rows}개 행이 있습니다{where}. 한 번에 {limit}개 행까지 가져올 수 있으니 파일을 나눠 주세요.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; spans {rows} rows x {columns} columns ({cells} cells); at most {limit} cells can be imported at once. Delete the columns the import does not need, or split the file.</source>
        <translation>&apos;{sheet}&apos; 시트는 {rows}행 × {columns}열({cells}셀)입니다. 한 번에 {limit}셀까지 가져올 수 있습니다. 필요 없는 열을 지우거나 파일을 나눠 주세요.</translation>
    </message>
    <message>
        <source>{platform}: {ok} collected, {not_found} not found, {failed} failed, {blocked} blocked in {seconds} s ({pace} requests/s learned).</source>
        <translation>{platform}: {ok}건 수집, {not_found}건 찾을 수 없음, {failed}건 실패, {blocked}건 차단됨 ({seconds}초 소요, 초당 {pace}건으로 조절).</translation>
    </message>
    <message>
        <source>{platform}: collected today at {time} by {desk}; nothing to do.</source>
        <translation>{platform}: 오늘 {time}에 {desk}에서 수집했습니다. 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>{platform}: {desk} is collecting today&apos;s run; nothing to do here.</source>
        <translation>{platform}: {desk}에서 오늘 수집을 하고 있습니다. 여기서 할 일은 없습니다.</translation>
    </message>
    <message>
        <source>The office&apos;s run: {total} accounts; this desk collected {mine}, other desks {others}.</source>
        <translation>사무실 전체 수집: 계정 {total}개 중 이 컴퓨터가 {mine}개, 다른 컴퓨터가 {others}개를 수집했습니다.</translation>
    </message>
    <message>
        <source>The sync server could not be reached: this desk collected alone; the run is merged with the office&apos;s when the server is back.</source>
        <translation>동기화 서버에 연결할 수 없어 이 컴퓨터 혼자 수집했습니다. 서버에 다시 연결되면 사무실 수집과 합쳐집니다.</translation>
    </message>
    <message>
        <source>{count} of the selected accounts are being collected by the office&apos;s running run and were not asked twice.</source>
        <translation>선택한 계정 중 {count}개는 사무실에서 진행 중인 수집이 처리하고 있어 다시 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>Continued an interrupted run: {count} accounts were already done and were not asked again.</source>
        <translation>중단된 수집을 이어서 했습니다. 이미 끝난 계정 {count}개는 다시 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>  @{handle}: {reason}</source>
        <translation>  @{handle}: {reason}</translation>
    </message>
    <message>
        <source>{platform} is paused until {time}: the platform blocked the office; {count} accounts are left. Every desk waits; run it again after that to continue.</source>
        <translation>{platform} 수집이 {time}까지 멈췄습니다. 플랫폼이 사무실의 요청을 막았습니다. 남은 계정은 {count}개입니다. 모든 컴퓨터가 기다리며, 그 이후에 다시 실행하면 이어서 수집합니다.</translation>
    </message>
    <message>
        <source>The platform blocked requests until {until}; {count} accounts are left. Run it again after that to continue.</source>
        <translation>플랫폼이 {until}까지 요청을 막았습니다. 남은 계정은 {count}개입니다. 그 이후에 다시 실행하면 이어서 수집합니다.</translation>
    </message>
    <message>
        <source>Stopped: {count} accounts are left; run it again to continue.</source>
        <translation>멈췄습니다. 남은 계정은 {count}개입니다. 다시 실행하면 이어서 수집합니다.</translation>
    </message>
    <message>
        <source>Sync: {result}</source>
        <translation>동기화: {result}</translation>
    </message>
    <message>
        <source>There is no column &apos;{column}&apos; in the sheet (columns: {columns}).</source>
        <translation>시트에 &apos;{column}&apos; 열이 없습니다 (있는 열: {columns}).</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>{platform} profile</source>
        <translation>{platform} 프로필</translation>
    </message>
    <message>
        <source>{platform} post</source>
        <translation>{platform} 게시물</translation>
    </message>
    <message>
        <source>profile URLs in column {profile}, post URLs in column {post}</source>
        <translation>프로필 URL 열 {profile}, 게시물 URL 열 {post}</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}) is empty.</source>
        <translation>{file} ({sheet} 시트)이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The profile URL and the post URL must be two different columns.</source>
        <translation>프로필 URL과 게시물 URL은 서로 다른 열이어야 합니다.</translation>
    </message>
    <message>
        <source>No column with profile URLs was found. Name its header &apos;프로필 URL&apos; or &apos;Profile URL&apos; (in the terminal you can also choose it: --profile-column and its header or letter).</source>
        <translation>프로필 URL이 있는 열을 찾지 못했습니다. 머리글을 &apos;프로필 URL&apos; 또는 &apos;Profile URL&apos;로 바꾸세요 (터미널에서는 --profile-column과 머리글이나 열 문자로 고를 수도 있습니다).</translation>
    </message>
    <message>
        <source>No column with post URLs was found. Name its header &apos;게시물 URL&apos; or &apos;Post URL&apos; (in the terminal you can also choose it: --post-column and its header or letter).</source>
        <translation>게시물 URL이 있는 열을 찾지 못했습니다. 머리글을 &apos;게시물 URL&apos; 또는 &apos;Post URL&apos;로 바꾸세요 (터미널에서는 --post-column과 머리글이나 열 문자로 고를 수도 있습니다).</translation>
    </message>
    <message>
        <source>Stopping after the current item (Ctrl-C again to stop at once) …</source>
        <translation>현재 항목을 마치고 멈춥니다 (바로 멈추려면 Ctrl-C를 한 번 더) …</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} 남음</translation>
    </message>
    <message>
        <source>where the local store lives (default: the user&apos;s data dir; or INFLUENCER_DESK_DATA_DIR)</source>
        <translation>로컬 저장소의 위치 (기본값: 사용자 데이터 폴더, 또는 INFLUENCER_DESK_DATA_DIR)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>표준 출력에 기계가 읽을 수 있는 출력</translation>
    </message>
    <message>
        <source>Influencer Desk. With no command, opens the desktop app.</source>
        <translation>Influencer Desk. 명령 없이 실행하면 데스크톱 앱을 엽니다.</translation>
    </message>
    <message>
        <source>open the app on demo data (embedded sync service, simulated platforms, throwaway data dir)</source>
        <translation>데모 데이터로 앱 열기 (내장 동기화 서비스, 모의 플랫폼, 일회용 데이터 폴더)</translation>
    </message>
    <message>
        <source>check the store, Qt and the platform adapters load, then exit</source>
        <translation>저장소, Qt, 플랫폼 어댑터가 로드되는지 확인한 뒤 종료</translation>
    </message>
    <message>
        <source>Cancelled. Work done so far is kept; run the command again to continue.</source>
        <translation>취소했습니다. 지금까지 한 작업은 남아 있습니다. 이어서 하려면 명령을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <source>The desktop window is not part of this build yet; use the headless commands (influencer-desk --help).</source>
        <translation>이 빌드에는 아직 데스크톱 창이 들어 있지 않습니다. 명령줄 명령을 사용하세요(influencer-desk --help).</translation>
    </message>
    <message>
        <source>{platform} has no profile &apos;{handle}&apos;.</source>
        <translation>{platform}에 &apos;{handle}&apos; 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>{platform} post {handle}/{post_id} is deleted or does not exist.</source>
        <translation>{platform} 게시물 {handle}/{post_id}는 삭제되었거나 없습니다.</translation>
    </message>
    <message>
        <source>There is no active {platform} account with this id.</source>
        <translation>이 ID의 활성 {platform} 계정이 없습니다.</translation>
    </message>
    <message>
        <source>This desktop has not received the account yet; sync and run again.</source>
        <translation>이 컴퓨터가 아직 이 계정을 받지 못했습니다. 동기화한 뒤 다시 실행하세요.</translation>
    </message>
    <message>
        <source>{platform} blocked the office until the time shown; this account is left for later.</source>
        <translation>{platform}이(가) 표시된 시각까지 사무실을 차단했습니다. 이 계정은 나중에 수집합니다.</translation>
    </message>
    <message>
        <source>{ok} done here, {not_found} not found, {failed} failed; office pace {rate}/s</source>
        <translation>이 컴퓨터에서 완료 {ok}, 없음 {not_found}, 실패 {failed}; 사무실 속도 초당 {rate}</translation>
    </message>
    <message>
        <source>{platform} has blocked requests from this network until {until}; collection stops and continues after that.</source>
        <translation>{platform}이(가) {until}까지 이 네트워크의 요청을 차단했습니다. 수집을 멈추고 그 뒤에 이어서 합니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an account id.</source>
        <translation>&apos;{value}&apos;는 계정 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>{reason} The new figures are kept and sent with the next sync.</source>
        <translation>{reason} 새 수치는 저장되어 다음 동기화 때 보내집니다.</translation>
    </message>
    <message>
        <source>This desk is not connected to a sync server; the new figures are kept here.</source>
        <translation>이 컴퓨터는 동기화 서버에 연결되어 있지 않습니다. 새 수치는 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>Sync cancelled; the new figures are sent with the next sync.</source>
        <translation>동기화를 취소했습니다. 새 수치는 다음 동기화 때 보내집니다.</translation>
    </message>
    <message>
        <source>Could not sync now: {reason} The new figures are sent with the next sync.</source>
        <translation>지금은 동기화하지 못했습니다: {reason} 새 수치는 다음 동기화 때 보내집니다.</translation>
    </message>
    <message>
        <source>{ok} done, {not_found} not found, {failed} failed; pace {rate}/s</source>
        <translation>완료 {ok}, 없음 {not_found}, 실패 {failed}; 속도 초당 {rate}</translation>
    </message>
    <message>
        <source>blocked until {until}</source>
        <translation>{until}까지 차단됨</translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; this account is left for later.</source>
        <translation>{platform}이(가) {until}까지 요청을 차단했습니다. 이 계정은 나중에 수집합니다.</translation>
    </message>
    <message>
        <source>{platform} answered with data that does not match the platform contract (field: {field}).</source>
        <translation>{platform}이(가) 약속된 형식과 맞지 않는 데이터를 보냈습니다 (항목: {field}).</translation>
    </message>
    <message>
        <source>{platform} could not be reached ({problem}) after {count} attempts.</source>
        <translation>{count}번 시도했지만 {platform}에 연결하지 못했습니다 ({problem}).</translation>
    </message>
    <message>
        <source>{platform} answered with something that is not JSON ({type}).</source>
        <translation>{platform}이(가) 읽을 수 없는 응답을 보냈습니다 ({type}).</translation>
    </message>
    <message>
        <source>{platform} kept asking to slow down for this item; it is left for the next run.</source>
        <translation>{platform}이(가) 이 항목에 대해 계속 속도를 늦추라고 했습니다. 다음 실행 때 수집합니다.</translation>
    </message>
    <message>
        <source>{platform} refused access to this item (HTTP 403).</source>
        <translation>{platform}이(가) 이 항목에 대한 접근을 거부했습니다 (HTTP 403).</translation>
    </message>
    <message>
        <source>{platform} kept failing with a server error (HTTP {status}) after {count} attempts.</source>
        <translation>{count}번 시도했지만 {platform}에서 계속 서버 오류가 났습니다 (HTTP {status}).</translation>
    </message>
    <message>
        <source>{platform} answered with an unexpected HTTP {status}.</source>
        <translation>{platform}이(가) 예상하지 못한 응답을 보냈습니다 (HTTP {status}).</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>응답 시간 초과</translation>
    </message>
    <message>
        <source>connection refused or no network</source>
        <translation>연결이 거부되었거나 네트워크가 없음</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>연결이 끊어짐</translation>
    </message>
    <message>
        <source>import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>합치기</translation>
    </message>
    <message>
        <source>who changed what: a record&apos;s history</source>
        <translation>누가 무엇을 바꿨는지: 레코드의 변경 기록</translation>
    </message>
    <message>
        <source>Every change the sync server applied to an influencer (with their accounts) or an account: field, old and new value, when, who (the token&apos;s name), from which device, and the import or merge. Read from the server, so this desk must be connected. With --export, the history of what a search finds, as a workbook.</source>
        <translation>동기화 서버가 인플루언서(그의 계정 포함)나 계정에 적용한 모든 변경: 필드, 이전 값과 새 값, 시각, 변경한 사람(토큰 이름), 기기, 가져오기나 병합. 서버에서 읽으므로 이 데스크가 연결되어 있어야 합니다. --export를 주면 검색 결과의 변경 기록을 통합 문서로 씁니다.</translation>
    </message>
    <message>
        <source>an influencer or account id</source>
        <translation>인플루언서 또는 계정 ID</translation>
    </message>
    <message>
        <source>write the history of the search&apos;s accounts and their people</source>
        <translation>검색된 계정과 그 사람들의 변경 기록 쓰기</translation>
    </message>
    <message>
        <source>with --export: the search (default: everything)</source>
        <translation>--export와 함께: 검색 조건 (기본값: 전체)</translation>
    </message>
    <message>
        <source>at most N entries, newest first</source>
        <translation>최대 N개 항목, 최신순</translation>
    </message>
    <message>
        <source>list likely duplicate people, with the reasons</source>
        <translation>중복으로 보이는 사람 목록과 그 이유</translation>
    </message>
    <message>
        <source>Groups of people that are probably one: same phone, same e-mail, same handle, names equal after normalisation (spaces and letter case ignored), similar names with the same phone. Nothing is merged: `influencer merge KEEP OTHER` does that.</source>
        <translation>한 사람일 가능성이 높은 사람들의 묶음: 같은 전화번호, 같은 이메일, 같은 핸들, 정규화 후 같은 이름(공백과 대소문자 무시), 같은 전화번호의 비슷한 이름. 병합은 하지 않습니다: `influencer merge KEEP OTHER`가 병합합니다.</translation>
    </message>
    <message>
        <source>merge OTHER into KEEP (undo: `import undo BATCH`)</source>
        <translation>OTHER를 KEEP에 병합 (되돌리기: `import undo BATCH`)</translation>
    </message>
    <message>
        <source>OTHER&apos;s accounts (with their metric history), consent forms and notes move to KEEP; where both have a different value KEEP&apos;s stays and OTHER&apos;s is kept in the history. OTHER is deleted, pointing at KEEP.</source>
        <translation>OTHER의 계정(지표 기록 포함), 동의서, 메모가 KEEP으로 옮겨집니다. 둘의 값이 다르면 KEEP의 값이 남고 OTHER의 값은 변경 기록에 남습니다. OTHER는 KEEP을 가리키며 삭제됩니다.</translation>
    </message>
    <message>
        <source>Give a record id, or --export OUT.xlsx for a search&apos;s history.</source>
        <translation>기록 ID를 주거나, 검색 결과의 변경 기록이면 --export OUT.xlsx를 지정하세요.</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>변경 기록 읽는 중</translation>
    </message>
    <message>
        <source>Wrote {count} changes of {records} records to {file}.</source>
        <translation>기록 {records}건의 변경 {count}건을 {file}에 썼습니다.</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>중복으로 보이는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>[undone]</source>
        <translation>[되돌림]</translation>
    </message>
    <message>
        <source>No imports or merges on this desk yet.</source>
        <translation>이 컴퓨터에서 아직 가져오기나 합치기를 하지 않았습니다.</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>실행 취소 중</translation>
    </message>
    <message>
        <source>an influencer&apos;s signed consent forms</source>
        <translation>인플루언서의 서명된 동의서</translation>
    </message>
    <message>
        <source>keep files ({types}) as the influencer&apos;s consent forms; they upload on the next sync</source>
        <translation>파일({types})을 인플루언서의 동의서로 보관합니다. 다음 동기화 때 업로드됩니다</translation>
    </message>
    <message>
        <source>the influencer&apos;s forms</source>
        <translation>인플루언서의 동의서</translation>
    </message>
    <message>
        <source>save a copy of a form (downloaded and checked by sha256 if not on this computer)</source>
        <translation>동의서 사본 저장 (이 컴퓨터에 없으면 내려받아 sha256으로 확인)</translation>
    </message>
    <message>
        <source>a file name, or a folder to keep the form&apos;s own name</source>
        <translation>파일 이름, 또는 동의서 원래 이름으로 저장할 폴더</translation>
    </message>
    <message>
        <source>remove a form (an administrator can restore it)</source>
        <translation>동의서 삭제 (관리자가 복원할 수 있음)</translation>
    </message>
    <message>
        <source>Added {file} ({size}) for {name}: {id}</source>
        <translation>{name}님의 {file} ({size}) 추가: {id}</translation>
    </message>
    <message>
        <source>The forms upload on the next sync.</source>
        <translation>동의서는 다음 동기화 때 올라갑니다.</translation>
    </message>
    <message>
        <source>{name} has no consent forms.</source>
        <translation>{name}님의 동의서가 없습니다.</translation>
    </message>
    <message>
        <source>[not synced yet]</source>
        <translation>[아직 동기화 안 됨]</translation>
    </message>
    <message>
        <source>[not on this computer]</source>
        <translation>[이 컴퓨터에 없음]</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>내려받는 중</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Removed {file}; it disappears from every desk on the next sync. An administrator can restore it.</source>
        <translation>{file}을(를) 지웠습니다. 다음 동기화 때 모든 컴퓨터에서 사라지며, 관리자가 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>import influencers and accounts from Excel or CSV</source>
        <translation>Excel이나 CSV에서 인플루언서와 계정 가져오기</translation>
    </message>
    <message>
        <source>Reads .xlsx, .xls, .ods or .csv (UTF-8 or CP949), finds the header row, maps the columns (shown before the summary), checks every cell and imports the valid rows in one transaction. Exit status 2 when some rows are invalid. `import undo [BATCH_ID]` takes an import (or a merge) back, default the last one from this desk; `import list` lists them.</source>
        <translation>.xlsx, .xls, .ods, .csv(UTF-8 또는 CP949)를 읽고, 머리글 행을 찾고, 열을 매핑하고(요약 전에 보여 줌), 모든 셀을 확인한 뒤 올바른 행을 한 트랜잭션으로 가져옵니다. 잘못된 행이 있으면 종료 코드는 2입니다. `import undo [BATCH_ID]`는 가져오기(또는 병합)를 되돌리며 기본값은 이 데스크의 마지막 가져오기입니다. `import list`는 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <source>with undo: the batch (see `import list`)</source>
        <translation>undo와 함께: 배치 (`import list` 참고)</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>읽을 시트 (기본값: 첫 번째)</translation>
    </message>
    <message>
        <source>only show what would be created, updated and refused</source>
        <translation>만들어지고, 바뀌고, 거부될 내용만 보여 주기</translation>
    </message>
    <message>
        <source>records already in the store: update (fill in and change non-empty values; default), fill (only fill fields that are empty in the store) or skip (leave them as they are)</source>
        <translation>저장소에 이미 있는 레코드: update(빈 값을 채우고 비어 있지 않은 값도 변경; 기본값), fill(저장소에서 빈 필드만 채움) 또는 skip(그대로 둠)</translation>
    </message>
    <message>
        <source>import nothing if any row is invalid</source>
        <translation>잘못된 행이 하나라도 있으면 아무것도 가져오지 않기</translation>
    </message>
    <message>
        <source>write the invalid rows, with their reasons, to this workbook</source>
        <translation>잘못된 행과 그 이유를 이 통합 문서에 쓰기</translation>
    </message>
    <message>
        <source>map a column (its header or letter) to a field; fields: {fields}</source>
        <translation>열(머리글이나 열 문자)을 필드에 매핑; 필드: {fields}</translation>
    </message>
    <message>
        <source>start from a saved column mapping</source>
        <translation>저장된 열 매핑에서 시작</translation>
    </message>
    <message>
        <source>save the mapping used as a preset under this name</source>
        <translation>사용한 매핑을 이 이름의 프리셋으로 저장</translation>
    </message>
    <message>
        <source>export a search to an Excel workbook</source>
        <translation>검색 결과를 Excel 통합 문서로 내보내기</translation>
    </message>
    <message>
        <source>Writes the accounts the same search would show, one sheet per platform (or only --platform), with the other platform&apos;s handles and the latest metrics.</source>
        <translation>같은 검색이 보여 줄 계정을 플랫폼마다 한 시트씩(또는 --platform만) 다른 플랫폼의 핸들과 최신 지표와 함께 씁니다.</translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, not &apos;{value}&apos;.</source>
        <translation>--map에는 &apos;{value}&apos;가 아니라 열=항목이 필요합니다.</translation>
    </message>
    <message>
        <source>Unexpected &apos;{value}&apos;: `import FILE` takes one file.</source>
        <translation>&apos;{value}&apos;는 예상하지 못한 값입니다. `import FILE`은 파일 하나만 받습니다.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <source>Mapping saved as preset &apos;{name}&apos; ({file}).</source>
        <translation>열 연결을 &apos;{name}&apos; 설정으로 저장했습니다 ({file}).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written (an import is all or nothing per run); run the command again to import the file.</source>
        <translation>가져오기를 취소했습니다. 아무것도 쓰지 않았습니다 (가져오기는 한 번에 전부 되거나 전부 안 됩니다). 파일을 가져오려면 명령을 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The export file must end in .xlsx (got &apos;{file}&apos;).</source>
        <translation>내보낼 파일은 .xlsx로 끝나야 합니다 (&apos;{file}&apos;).</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {file} ({sheets}).</source>
        <translation>계정 {count}개를 {file}로 내보냈습니다 ({sheets}).</translation>
    </message>
    <message>
        <source>{count} URLs are plain text: Excel allows 65,530 links per sheet.</source>
        <translation>URL {count}개는 일반 텍스트입니다. 엑셀은 시트마다 링크를 65,530개까지만 허용합니다.</translation>
    </message>
    <message>
        <source>connect this desktop to the office&apos;s sync server</source>
        <translation>이 데스크톱을 사무실 동기화 서버에 연결</translation>
    </message>
    <message>
        <source>Check the server and the token, then remember them (the token goes into the system keyring).</source>
        <translation>서버와 토큰을 확인한 뒤 기억합니다 (토큰은 시스템 키링에 저장).</translation>
    </message>
    <message>
        <source>the sync server, e.g. http://office-pc:8765</source>
        <translation>동기화 서버, 예: http://office-pc:8765</translation>
    </message>
    <message>
        <source>a token from `influencer-sync token create`</source>
        <translation>`influencer-sync token create`로 만든 토큰</translation>
    </message>
    <message>
        <source>server, last sync, changes waiting to be sent, open conflicts</source>
        <translation>서버, 마지막 동기화, 보낼 변경, 해결할 충돌</translation>
    </message>
    <message>
        <source>send local changes and receive everyone else&apos;s</source>
        <translation>로컬 변경을 보내고 다른 모든 사람의 변경을 받기</translation>
    </message>
    <message>
        <source>try up to N times, waiting longer each time, while the server cannot be reached (default 1)</source>
        <translation>서버에 연결할 수 없는 동안 최대 N번, 매번 더 오래 기다리며 다시 시도 (기본값 1)</translation>
    </message>
    <message>
        <source>Connected to {server} as &apos;{token}&apos; ({role}). Run `influencer-desk sync` to bring this desktop up to date.</source>
        <translation>{server}에 &apos;{token}&apos;({role})으로 연결했습니다. `influencer-desk sync`를 실행해 이 컴퓨터를 최신으로 맞추세요.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Server:       {server}</source>
        <translation>서버:        {server}</translation>
    </message>
    <message>
        <source>not connected (influencer-desk connect)</source>
        <translation>연결 안 됨 (influencer-desk connect)</translation>
    </message>
    <message>
        <source>Last sync:    {when}</source>
        <translation>마지막 동기화: {when}</translation>
    </message>
    <message>
        <source>Pending:      {count} changes waiting to be sent</source>
        <translation>대기 중:     보낼 변경 {count}건</translation>
    </message>
    <message>
        <source>Conflicts:    {count} open (influencer-desk conflicts)</source>
        <translation>충돌:        해결 안 된 {count}건 (influencer-desk conflicts)</translation>
    </message>
    <message>
        <source>Update:       {message}</source>
        <translation>업데이트:    {message}</translation>
    </message>
    <message>
        <source>Last error:   {message}</source>
        <translation>마지막 오류: {message}</translation>
    </message>
    <message>
        <source>Refused:      {what} {id}: {reason}</source>
        <translation>거부됨:      {what} {id}: {reason}</translation>
    </message>
    <message>
        <source>--retry needs a number of at least 1.</source>
        <translation>--retry에는 1 이상의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <source>This desktop is not connected to a sync server; run `influencer-desk connect --server URL --token TOKEN` first.</source>
        <translation>이 컴퓨터는 동기화 서버에 연결되어 있지 않습니다. 먼저 `influencer-desk connect --server URL --token TOKEN`을 실행하세요.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>동기화 중</translation>
    </message>
    <message>
        <source>This desk is not connected to a sync server (File → Connect to server, or `influencer-desk connect`).</source>
        <translation>이 컴퓨터는 동기화 서버에 연결되어 있지 않습니다 (파일 → 서버에 연결, 또는 `influencer-desk connect`).</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not on this computer yet and cannot be downloaded. {why}</source>
        <translation>&apos;{file}&apos;이(가) 아직 이 컴퓨터에 없고 내려받을 수도 없습니다. {why}</translation>
    </message>
    <message>
        <source>The sync server is not reachable.</source>
        <translation>동기화 서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The sync server has no file for &apos;{file}&apos; ({detail}).</source>
        <translation>동기화 서버에 &apos;{file}&apos; 파일이 없습니다 ({detail}).</translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation>{file} 내려받는 중</translation>
    </message>
    <message>
        <source>The downloaded &apos;{file}&apos; is damaged (it is not the file that was added), so it was not opened. Try again; if it happens again, tell the administrator.</source>
        <translation>내려받은 &apos;{file}&apos;이(가) 손상되어 (추가된 파일과 다름) 열지 않았습니다. 다시 시도하고, 또 그러면 관리자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>Uploading consent forms</source>
        <translation>동의서 올리는 중</translation>
    </message>
    <message>
        <source>The sync server stored a different file than the one sent; the form stays queued and is sent again on the next sync.</source>
        <translation>동기화 서버가 보낸 것과 다른 파일을 저장했습니다. 동의서는 대기열에 남아 다음 동기화 때 다시 보내집니다.</translation>
    </message>
    <message>
        <source>This desk has no token for the sync server {server}. Connect again (File → Connect to server, or `influencer-desk connect`), or set {variable}.</source>
        <translation>이 컴퓨터에 동기화 서버 {server}의 토큰이 없습니다. 다시 연결하거나 (파일 → 서버에 연결, 또는 `influencer-desk connect`) {variable}을 설정하세요.</translation>
    </message>
    <message>
        <source>{count} changes sent</source>
        <translation>변경 {count}건 보냄</translation>
    </message>
    <message>
        <source>{count} received</source>
        <translation>{count}건 받음</translation>
    </message>
    <message>
        <source>{count} merged with existing records</source>
        <translation>{count}건을 기존 기록과 합침</translation>
    </message>
    <message>
        <source>{count} new conflicts to resolve (File → Conflicts, or `influencer-desk conflicts`)</source>
        <translation>해결할 새 충돌 {count}건 (파일 → 충돌, 또는 `influencer-desk conflicts`)</translation>
    </message>
    <message>
        <source>{count} changes refused by the server (the ⚠ button in the status bar, or `influencer-desk refused`)</source>
        <translation>서버가 받지 않은 변경 {count}건 (상태 표시줄의 ⚠ 버튼, 또는 `influencer-desk refused`)</translation>
    </message>
    <message>
        <source>Synced: {parts}.</source>
        <translation>동기화 완료: {parts}.</translation>
    </message>
    <message>
        <source>The sync server is not reachable; trying again in {seconds} s</source>
        <translation>동기화 서버에 연결할 수 없습니다. {seconds}초 뒤에 다시 시도합니다</translation>
    </message>
    <message>
        <source>The sync server did not answer for the changes sent; they are kept and will be sent again.</source>
        <translation>동기화 서버가 보낸 변경에 답하지 않았습니다. 변경은 남아 있고 다시 보내집니다.</translation>
    </message>
    <message>
        <source>The sync server&apos;s snapshot ended early; nothing of it was kept. Sync again.</source>
        <translation>동기화 서버의 전체 데이터가 중간에 끊겼습니다. 받은 내용은 저장하지 않았습니다. 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>This change is too large for the sync server ({size} MB; {detail}). Shorten it (for example the notes), then retry it, or discard it.</source>
        <translation>이 변경은 동기화 서버가 받기에 너무 큽니다 ({size} MB; {detail}). 줄인 뒤 (예: 메모) 다시 보내거나 버리세요.</translation>
    </message>
    <message>
        <source>The token could not be read from the computer&apos;s password store. Connect again (File → Connect to server), or set {variable} instead.</source>
        <translation>컴퓨터의 비밀번호 저장소에서 토큰을 읽지 못했습니다. 다시 연결하거나 (파일 → 서버에 연결) 대신 {variable}을 설정하세요.</translation>
    </message>
    <message>
        <source>The token could not be saved in the computer&apos;s password store. Set {variable} instead, or ask the administrator.</source>
        <translation>컴퓨터의 비밀번호 저장소에 토큰을 저장하지 못했습니다. 대신 {variable}을 설정하거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>add, edit, delete, restore or move a platform account</source>
        <translation>플랫폼 계정 추가, 편집, 삭제, 복원, 이동</translation>
    </message>
    <message>
        <source>add an account to an influencer; prints the id</source>
        <translation>인플루언서에 계정 추가; ID를 출력</translation>
    </message>
    <message>
        <source>A or B; a profile URL (--url) gives it</source>
        <translation>A 또는 B (--url로 프로필 URL을 주면 거기서 알아냅니다)</translation>
    </message>
    <message>
        <source>the profile URL</source>
        <translation>프로필 URL</translation>
    </message>
    <message>
        <source>change an account&apos;s fields</source>
        <translation>계정의 필드 변경</translation>
    </message>
    <message>
        <source>attach the account to another influencer</source>
        <translation>계정을 다른 인플루언서에 연결</translation>
    </message>
    <message>
        <source>Give --platform A or B with --handle, or the profile URL with --url.</source>
        <translation>--handle과 함께 --platform A 또는 B를 주거나, --url로 프로필 URL을 주세요.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --platform, --url, --handle, {flags}.</source>
        <translation>바꿀 내용이 없습니다. --platform, --url, --handle, {flags} 중 하나 이상을 지정하세요.</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>{account}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Deleted {account}; `account restore {id}` brings it back.</source>
        <translation>{account}을(를) 삭제했습니다. `account restore {id}`로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restored {account}.</source>
        <translation>{account}을(를) 되살렸습니다.</translation>
    </message>
    <message>
        <source>Moved {account} to {person}.</source>
        <translation>{account}을(를) {person}님에게 옮겼습니다.</translation>
    </message>
    <message>
        <source>collect platform metrics for the accounts (resumes an interrupted run)</source>
        <translation>계정의 플랫폼 지표 수집 (중단된 실행을 이어 감)</translation>
    </message>
    <message>
        <source>Collect the latest metrics of every selected account from the platform, store them as snapshots and sync them. An interrupted run (Ctrl-C, crash, network loss, platform block) continues where it stopped the next time this command runs.</source>
        <translation>선택한 모든 계정의 최신 지표를 플랫폼에서 수집해 스냅샷으로 저장하고 동기화합니다. 중단된 실행(Ctrl-C, 비정상 종료, 네트워크 끊김, 플랫폼 차단)은 다음에 이 명령을 실행할 때 멈춘 곳에서 이어집니다.</translation>
    </message>
    <message>
        <source>only accounts whose latest metrics are older than H hours (or that have none yet)</source>
        <translation>최신 지표가 H시간보다 오래된 계정만 (또는 아직 지표가 없는 계정)</translation>
    </message>
    <message>
        <source>only these account ids (comma-separated)</source>
        <translation>이 계정 ID만 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>the day&apos;s scheduled Platform A run (what the OS scheduler runs): the office&apos;s, collected by the first desk to ask; does nothing when it is not due</source>
        <translation>그날 예약된 플랫폼 A 실행 (OS 예약 작업이 실행하는 것): 사무실 전체의 실행으로, 먼저 요청한 데스크가 수집하며, 때가 아니면 아무것도 하지 않음</translation>
    </message>
    <message>
        <source>drop an interrupted run instead of continuing it</source>
        <translation>중단된 실행을 이어 가지 않고 버리기</translation>
    </message>
    <message>
        <source>leave the new snapshots queued instead of syncing them now</source>
        <translation>새 스냅샷을 지금 동기화하지 않고 대기열에 두기</translation>
    </message>
    <message>
        <source>--daily is Platform A&apos;s run of the day; use --platform A.</source>
        <translation>--daily는 플랫폼 A의 하루 수집입니다. --platform A를 쓰세요.</translation>
    </message>
    <message>
        <source>The daily Platform A run is not due yet.</source>
        <translation>플랫폼 A의 오늘 수집은 아직 때가 아닙니다.</translation>
    </message>
    <message>
        <source>fields changed here and elsewhere at once: list them, or resolve one</source>
        <translation>이곳과 다른 곳에서 동시에 바뀐 필드: 목록 보기 또는 하나 해결</translation>
    </message>
    <message>
        <source>include resolved ones</source>
        <translation>해결된 것도 포함</translation>
    </message>
    <message>
        <source>keep your value (a new edit) or the server&apos;s</source>
        <translation>내 값(새 편집으로) 또는 서버의 값 유지</translation>
    </message>
    <message>
        <source>the conflict id (or its first characters)</source>
        <translation>충돌 ID (또는 그 앞부분)</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>서버의 값</translation>
    </message>
    <message>
        <source>deleted elsewhere</source>
        <translation>다른 곳에서 삭제됨</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>해결 안 된 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>{id}  {what}: {field}: yours {yours}, server&apos;s {theirs}  ({when})</source>
        <translation>{id}  {what}: {field}: 내 값 {yours}, 서버 값 {theirs}  ({when})</translation>
    </message>
    <message>
        <source>          resolved: kept {side}</source>
        <translation>          해결됨: {side} 유지</translation>
    </message>
    <message>
        <source>          {reason}</source>
        <translation>          {reason}</translation>
    </message>
    <message>
        <source>Resolve with: influencer-desk conflicts resolve ID --keep mine|theirs</source>
        <translation>해결하려면: influencer-desk conflicts resolve ID --keep mine|theirs</translation>
    </message>
    <message>
        <source>Resolved: your value is saved again and will be sent with the next sync.</source>
        <translation>해결했습니다: 내 값을 다시 저장했고 다음 동기화 때 보냅니다.</translation>
    </message>
    <message>
        <source>Resolved: the server&apos;s value stays.</source>
        <translation>해결했습니다: 서버의 값을 유지합니다.</translation>
    </message>
    <message>
        <source>add, edit, delete, restore or show an influencer</source>
        <translation>인플루언서 추가, 편집, 삭제, 복원, 보기</translation>
    </message>
    <message>
        <source>add an influencer; prints the id</source>
        <translation>인플루언서 추가; ID를 출력</translation>
    </message>
    <message>
        <source>change an influencer&apos;s fields</source>
        <translation>인플루언서의 필드 변경</translation>
    </message>
    <message>
        <source>delete (restorable)</source>
        <translation>삭제 (복원 가능)</translation>
    </message>
    <message>
        <source>bring a deleted influencer back</source>
        <translation>삭제된 인플루언서 복원</translation>
    </message>
    <message>
        <source>the influencer with all accounts on both platforms</source>
        <translation>인플루언서와 두 플랫폼의 모든 계정</translation>
    </message>
    <message>
        <source>Saved {name} ({id}).</source>
        <translation>{name}({id})을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Deleted {name}; `influencer restore {id}` brings it back.</source>
        <translation>{name}을(를) 삭제했습니다. `influencer restore {id}`로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name}을(를) 되살렸습니다.</translation>
    </message>
    <message>
        <source>  [deleted]</source>
        <translation>  [삭제됨]</translation>
    </message>
    <message>
        <source>  phone: {phone}   tags: {tags}</source>
        <translation>  전화번호: {phone}   태그: {tags}</translation>
    </message>
    <message>
        <source>  notes: {notes}</source>
        <translation>  메모: {notes}</translation>
    </message>
    <message>
        <source>changes the server refused: see why, then edit and retry, or discard</source>
        <translation>서버가 거부한 변경: 이유를 보고, 고쳐서 다시 보내거나 버리기</translation>
    </message>
    <message>
        <source>send a refused change again, corrected with --set</source>
        <translation>거부된 변경을 --set으로 고쳐 다시 보내기</translation>
    </message>
    <message>
        <source>the change&apos;s id (or its first characters)</source>
        <translation>변경 ID (또는 그 앞부분)</translation>
    </message>
    <message>
        <source>correct a field first (repeatable), e.g. --set notes=&apos;shorter&apos;</source>
        <translation>먼저 필드 고치기 (여러 번 가능), 예: --set notes=&apos;shorter&apos;</translation>
    </message>
    <message>
        <source>drop a refused change; the next sync brings the server&apos;s values back</source>
        <translation>거부된 변경 버리기; 다음 동기화가 서버의 값을 다시 가져옴</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>서버가 받지 않은 변경이 없습니다.</translation>
    </message>
    <message>
        <source>{id}  {what}
          why: {reason}</source>
        <translation>{id}  {what}
          이유: {reason}</translation>
    </message>
    <message>
        <source>Then: influencer-desk refused retry ID [--set FIELD=VALUE] | refused discard ID</source>
        <translation>그다음: influencer-desk refused retry ID [--set 항목=값] | refused discard ID</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not FIELD=VALUE.</source>
        <translation>&apos;{value}&apos;는 항목=값 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>The change will be sent again with the next sync.</source>
        <translation>이 변경은 다음 동기화 때 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Discarded: the next sync brings the server&apos;s values back.</source>
        <translation>버렸습니다: 다음 동기화 때 서버의 값을 다시 가져옵니다.</translation>
    </message>
    <message>
        <source>There is no conflict with id {id}.</source>
        <translation>ID가 {id}인 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice (use mine or theirs).</source>
        <translation>&apos;{value}&apos;는 고를 수 있는 값이 아닙니다 (mine 또는 theirs).</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>이 충돌은 이미 해결되었습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid account id.</source>
        <translation>&apos;{value}&apos;은(는) 올바른 계정 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid influencer id.</source>
        <translation>&apos;{value}&apos;은(는) 올바른 인플루언서 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>The influencer {name} is deleted; restore it first.</source>
        <translation>인플루언서 {name}은(는) 삭제되었습니다. 먼저 되살리세요.</translation>
    </message>
    <message>
        <source>There is no account with id {id}.</source>
        <translation>ID가 {id}인 계정이 없습니다.</translation>
    </message>
    <message>
        <source>An influencer {person} already exists (id {id}).</source>
        <translation>인플루언서 {person}이(가) 이미 있습니다 (ID {id}).</translation>
    </message>
    <message>
        <source>The {platform} account &apos;{handle}&apos; already exists (it belongs to {person}).</source>
        <translation>{platform} 계정 &apos;{handle}&apos;이(가) 이미 있습니다 ({person}님의 계정).</translation>
    </message>
    <message>
        <source>The id {id} is already in use.</source>
        <translation>ID {id}은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>… 외 {count}개</translation>
    </message>
    <message>
        <source>A new version {version} is available: {url}</source>
        <translation>새 버전 {version}이(가) 나왔습니다: {url}</translation>
    </message>
    <message>
        <source>A new version {version} is available</source>
        <translation>새 버전 {version}이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>The sync server does not coordinate collection yet (it is older than this app). Ask the administrator to update it.</source>
        <translation>동기화 서버가 아직 수집을 조율하지 않습니다 (이 앱보다 오래된 버전입니다). 관리자에게 업데이트를 요청하세요.</translation>
    </message>
    <message>
        <source>The sync server sent a collection answer this app does not understand.</source>
        <translation>동기화 서버가 이 앱이 이해할 수 없는 수집 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a consent form id.</source>
        <translation>&apos;{value}&apos;는 동의서 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>There is no influencer with id {id}.</source>
        <translation>ID가 {id}인 인플루언서가 없습니다.</translation>
    </message>
    <message>
        <source>There is no consent form with id {id}.</source>
        <translation>ID가 {id}인 동의서가 없습니다.</translation>
    </message>
    <message>
        <source>This consent form was removed.</source>
        <translation>이 동의서는 삭제되었습니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a metric name.</source>
        <translation>&apos;{name}&apos;은(는) 지표 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The number of hours cannot be negative.</source>
        <translation>시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;.</source>
        <translation>&apos;{sort}&apos;(으)로는 정렬할 수 없습니다.</translation>
    </message>
    <message>
        <source>Merged {other} into {keep} ({id}): {accounts} accounts and {forms} consent forms moved.</source>
        <translation>{other}을(를) {keep}({id})에 합쳤습니다. 계정 {accounts}개와 동의서 {forms}개를 옮겼습니다.</translation>
    </message>
    <message>
        <source>  {field}: kept &apos;{kept}&apos;; the other person&apos;s &apos;{other}&apos; stays in the history.</source>
        <translation>  {field}: &apos;{kept}&apos;을(를) 유지했습니다. 다른 사람의 &apos;{other}&apos;은(는) 변경 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Undo with `influencer-desk import undo {id}`.</source>
        <translation>되돌리려면: `influencer-desk import undo {id}`</translation>
    </message>
    <message>
        <source>There is no influencer {id} to merge (deleted, or not on this desk).</source>
        <translation>합칠 인플루언서 {id}이(가) 없습니다(삭제되었거나 이 컴퓨터에 없습니다).</translation>
    </message>
    <message>
        <source>KEEP and OTHER are the same person.</source>
        <translation>KEEP과 OTHER가 같은 사람입니다.</translation>
    </message>
    <message>
        <source>{other} was merged into another person, who is deleted too.</source>
        <translation>{other} 님은 다른 사람에 병합되었고, 그 사람도 삭제되었습니다.</translation>
    </message>
    <message>
        <source>{other} was merged into {keep}; showing {keep}.</source>
        <translation>{other} 님은 {keep} 님에 병합되었습니다. {keep} 님을 보여 드립니다.</translation>
    </message>
    <message>
        <source>New influencer {label}</source>
        <translation>새 인플루언서 {label}</translation>
    </message>
    <message>
        <source>New account {label}</source>
        <translation>새 계정 {label}</translation>
    </message>
    <message>
        <source>Change to influencer {label}: {fields}</source>
        <translation>인플루언서 {label} 변경: {fields}</translation>
    </message>
    <message>
        <source>Deletion of influencer {label}</source>
        <translation>인플루언서 {label} 삭제</translation>
    </message>
    <message>
        <source>Restore of influencer {label}</source>
        <translation>인플루언서 {label} 복원</translation>
    </message>
    <message>
        <source>New consent form {label}</source>
        <translation>새 동의서 {label}</translation>
    </message>
    <message>
        <source>Change to consent form {label}: {fields}</source>
        <translation>동의서 {label} 변경: {fields}</translation>
    </message>
    <message>
        <source>Removal of consent form {label}</source>
        <translation>동의서 {label} 삭제</translation>
    </message>
    <message>
        <source>Restore of consent form {label}</source>
        <translation>동의서 {label} 복원</translation>
    </message>
    <message>
        <source>New metric snapshot {label}</source>
        <translation>새 지표 기록 {label}</translation>
    </message>
    <message>
        <source>Change to account {label}: {fields}</source>
        <translation>계정 {label} 변경: {fields}</translation>
    </message>
    <message>
        <source>Deletion of account {label}</source>
        <translation>계정 {label} 삭제</translation>
    </message>
    <message>
        <source>Restore of account {label}</source>
        <translation>계정 {label} 복원</translation>
    </message>
    <message>
        <source>find accounts (name, handle, e-mail, phone, tags, notes; Korean too) with filters</source>
        <translation>필터로 계정 찾기 (이름, 핸들, 이메일, 전화번호, 태그, 메모; 한국어 포함)</translation>
    </message>
    <message>
        <source>Prints the matching accounts. The text matches anywhere in the name, handle, e-mail, phone (any format), tags and notes; every word must match. Korean names also match by their initial consonants (ㄱㅁㅈ finds 김민지) and with the last syllable half typed (김민ㅈ).</source>
        <translation>일치하는 계정을 출력합니다. 입력한 글자는 이름, 핸들, 이메일, 전화번호(어떤 형식이든), 태그, 메모의 어디든 일치하면 되며, 모든 단어가 일치해야 합니다. 한국어 이름은 초성(ㄱㅁㅈ로 김민지 찾기)과 마지막 글자를 반만 입력한 경우(김민ㅈ)로도 찾습니다.</translation>
    </message>
    <message>
        <source>at most N rows (default 50; 0 for all)</source>
        <translation>최대 N행 (기본값 50; 0이면 전부)</translation>
    </message>
    <message>
        <source>--limit and --offset cannot be negative.</source>
        <translation>--limit과 --offset은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>No accounts match.</source>
        <translation>일치하는 계정이 없습니다.</translation>
    </message>
    <message>
        <source>other: {handles}</source>
        <translation>다른 플랫폼: {handles}</translation>
    </message>
    <message>
        <source>{first}-{last} of {total}</source>
        <translation>{total}개 중 {first}-{last}</translation>
    </message>
    <message>
        <source>text to find in the name, handle, e-mail, phone, tags or notes</source>
        <translation>이름, 핸들, 이메일, 전화번호, 태그, 메모에서 찾을 글자</translation>
    </message>
    <message>
        <source>daily visitors at least N</source>
        <translation>일일 방문자 N 이상</translation>
    </message>
    <message>
        <source>only accounts whose latest metrics are older than H hours (or that have none)</source>
        <translation>최신 지표가 H시간보다 오래된 계정만 (또는 지표가 없는 계정)</translation>
    </message>
    <message>
        <source>the deleted accounts instead</source>
        <translation>대신 삭제된 계정</translation>
    </message>
    <message>
        <source>a column (name, handle, platform, email, category, ...) or a metric (followers, daily_visitors, ...)</source>
        <translation>열(name, handle, platform, email, category, ...) 또는 지표(followers, daily_visitors, ...)</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>큰 값부터</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 종료</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 보여 주고 종료</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 고르세요: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인수 하나가 필요합니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인수는 하나까지만 받습니다</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>인수 %s와(과) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>인수 %s 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s은(는) %(matches)s 중 어느 것과도 맞을 수 있습니다</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day (use HH:MM, e.g. 09:00).</source>
        <translation>&apos;{value}&apos;은(는) 시각이 아닙니다 (HH:MM 형식, 예: 09:00).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>미리 보기: 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>checking and writing rows</source>
        <translation>행을 확인하고 저장하는 중</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows are invalid and --all-or-nothing was given. Fix them and import again.</source>
        <translation>아무것도 가져오지 않았습니다: 잘못된 행이 {count}개 있고 --all-or-nothing이 지정되었습니다. 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>{rows} rows read from {file} (sheet {sheet}).</source>
        <translation>{file}(시트 {sheet})에서 {rows}개 행을 읽었습니다.</translation>
    </message>
    <message>
        <source>Created {created_people} influencers and {created_accounts} accounts; updated {updated_people} influencers and {updated_accounts} accounts; {unchanged} unchanged.</source>
        <translation>인플루언서 {created_people}명과 계정 {created_accounts}개를 추가하고, 인플루언서 {updated_people}명과 계정 {updated_accounts}개를 갱신했습니다. {unchanged}건은 변경 없음.</translation>
    </message>
    <message>
        <source>Would create {created_people} influencers and {created_accounts} accounts; would update {updated_people} influencers and {updated_accounts} accounts; {unchanged} unchanged.</source>
        <translation>인플루언서 {created_people}명과 계정 {created_accounts}개를 추가하고, 인플루언서 {updated_people}명과 계정 {updated_accounts}개를 갱신합니다. {unchanged}건은 변경 없음.</translation>
    </message>
    <message>
        <source>{count} existing records left as they are (--on-duplicate skip).</source>
        <translation>기존 레코드 {count}건은 그대로 두었습니다(--on-duplicate skip).</translation>
    </message>
    <message>
        <source>Import batch {batch}: `influencer-desk import undo` takes it back.</source>
        <translation>가져오기 묶음 {batch}: `influencer-desk import undo`로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>{count} stored records have values the file would change; --on-duplicate fill only fills empty fields.</source>
        <translation>저장된 레코드 {count}건의 값이 파일 값으로 바뀝니다. --on-duplicate fill은 빈 항목만 채웁니다.</translation>
    </message>
    <message>
        <source>{count} rows repeat earlier rows of the file.</source>
        <translation>{count}개 행이 파일의 앞선 행과 같습니다.</translation>
    </message>
    <message>
        <source>{count} rows are invalid and were not imported:</source>
        <translation>{count}개 행이 잘못되어 가져오지 않았습니다:</translation>
    </message>
    <message>
        <source>  ... and {count} more (see the error report).</source>
        <translation>  … 외 {count}건 (오류 보고서를 보세요).</translation>
    </message>
    <message>
        <source>  ... and {count} more (use --report OUT.xlsx to get them all).</source>
        <translation>  … 외 {count}건 (모두 보려면 --report OUT.xlsx를 쓰세요).</translation>
    </message>
    <message>
        <source>Error report: {file}</source>
        <translation>오류 보고서: {file}</translation>
    </message>
    <message>
        <source>{what} {id} {field}: {reason}</source>
        <translation>{what} {id} {field}: {reason}</translation>
    </message>
    <message>
        <source>{what} {id}: {reason}</source>
        <translation>{what} {id}: {reason}</translation>
    </message>
    <message>
        <source>Undid merge {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values, restored {records} records.</source>
        <translation>합치기 {id}({source})을(를) 되돌렸습니다. 그때 만든 인플루언서 {people}명과 계정 {accounts}개를 삭제하고, 항목 {fields}개를 이전 값으로 되돌리고, 레코드 {records}개를 복원했습니다.</translation>
    </message>
    <message>
        <source>Undid import {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values, restored {records} records.</source>
        <translation>가져오기 {id}({source})을(를) 되돌렸습니다. 그때 만든 인플루언서 {people}명과 계정 {accounts}개를 삭제하고, 항목 {fields}개를 이전 값으로 되돌리고, 레코드 {records}개를 복원했습니다.</translation>
    </message>
    <message>
        <source>Undid merge {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values.</source>
        <translation>합치기 {id}({source})을(를) 되돌렸습니다. 그때 만든 인플루언서 {people}명과 계정 {accounts}개를 삭제하고, 항목 {fields}개를 이전 값으로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Undid import {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values.</source>
        <translation>가져오기 {id}({source})을(를) 되돌렸습니다. 그때 만든 인플루언서 {people}명과 계정 {accounts}개를 삭제하고, 항목 {fields}개를 이전 값으로 되돌렸습니다.</translation>
    </message>
    <message>
        <source>{count} kept as they are now, because they changed after it:</source>
        <translation>{count}개는 그 뒤에 바뀌어서 지금 상태로 두었습니다:</translation>
    </message>
    <message>
        <source>  {line}</source>
        <translation>  {line}</translation>
    </message>
    <message>
        <source>kept: {field} was changed to &apos;{value}&apos; since the merge</source>
        <translation>유지: 합치기 뒤에 {field}이(가) &apos;{value}&apos;(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>kept: {field} was changed to &apos;{value}&apos; since the import</source>
        <translation>유지: 가져오기 뒤에 {field}이(가) &apos;{value}&apos;(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>changed to &apos;{value}&apos; after the merge</source>
        <translation>합치기 뒤에 &apos;{value}&apos;(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>changed to &apos;{value}&apos; after the import</source>
        <translation>가져오기 뒤에 &apos;{value}&apos;(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>kept: an account was added to this person after the merge</source>
        <translation>유지: 합치기 뒤에 이 사람에게 계정이 추가되었습니다</translation>
    </message>
    <message>
        <source>kept: an account was added to this person after the import</source>
        <translation>유지: 가져오기 뒤에 이 사람에게 계정이 추가되었습니다</translation>
    </message>
    <message>
        <source>There is no import or merge {id} on this desk.</source>
        <translation>이 컴퓨터에 가져오기나 합치기 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no import or merge to undo.</source>
        <translation>되돌릴 가져오기나 합치기가 없습니다.</translation>
    </message>
    <message>
        <source>The merge {id} was already undone.</source>
        <translation>합치기 {id}은(는) 이미 되돌렸습니다.</translation>
    </message>
    <message>
        <source>The import {id} was already undone.</source>
        <translation>가져오기 {id}은(는) 이미 되돌렸습니다.</translation>
    </message>
    <message>
        <source>restoring changed values</source>
        <translation>바뀐 값을 되돌리는 중</translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation>이 컴퓨터에 없습니다</translation>
    </message>
    <message>
        <source>The import&apos;s writer did not start in time; nothing was written.</source>
        <translation>가져오기 저장 작업이 제때 시작되지 않았습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>저장하는 중</translation>
    </message>
    <message>
        <source>The import&apos;s writer stopped unexpectedly; nothing was written.</source>
        <translation>가져오기 저장 작업이 예기치 않게 멈췄습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The import could not be written ({detail}); nothing was written.</source>
        <translation>가져오기를 저장하지 못했습니다({detail}). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>{field} belongs to an account: give a platform URL or handle on this row.</source>
        <translation>{field}은(는) 계정의 항목입니다. 이 행에 플랫폼 URL이나 아이디를 입력해 주세요.</translation>
    </message>
    <message>
        <source>This {platform} value needs a {platform} URL or handle on the same row.</source>
        <translation>이 {platform} 값에는 같은 행에 {platform} URL이나 아이디가 있어야 합니다.</translation>
    </message>
    <message>
        <source>A handle needs its platform: fill the platform column or use a Platform A/B handle column.</source>
        <translation>아이디에는 플랫폼이 필요합니다. 플랫폼 열을 채우거나 플랫폼 A/B 아이디 열을 사용해 주세요.</translation>
    </message>
    <message>
        <source>The handle &apos;{handle}&apos; does not match the URL&apos;s handle &apos;{url_handle}&apos;.</source>
        <translation>아이디 &apos;{handle}&apos;이(가) URL의 아이디 &apos;{url_handle}&apos;와(과) 다릅니다.</translation>
    </message>
    <message>
        <source>Cell {cell} has the formula {formula} but the file holds no result for it. Open the file in Excel or LibreOffice Calc, recalculate (Ctrl+Alt+F9 in Excel, Ctrl+Shift+F9 in Calc), save it as .xlsx and import it again.</source>
        <translation>{cell} 셀에 수식 {formula}이(가) 있지만 파일에 그 결과가 저장되어 있지 않습니다. Excel이나 LibreOffice Calc에서 파일을 열어 다시 계산한 뒤(Excel은 Ctrl+Alt+F9, Calc는 Ctrl+Shift+F9) .xlsx로 저장하고 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Cell {cell} has a formula but the file holds no result for it. Open the file in Excel or LibreOffice Calc, recalculate (Ctrl+Alt+F9 in Excel, Ctrl+Shift+F9 in Calc), save it as .xlsx and import it again.</source>
        <translation>{cell} 셀에 수식이 있지만 파일에 그 결과가 저장되어 있지 않습니다. Excel이나 LibreOffice Calc에서 파일을 열어 다시 계산한 뒤(Excel은 Ctrl+Alt+F9, Calc는 Ctrl+Shift+F9) .xlsx로 저장하고 다시 가져오세요.</translation>
    </message>
    <message>
        <source>This change was sent twice in one batch; only the first was applied.</source>
        <translation>이 변경이 한 번에 두 번 보내졌습니다. 처음 것만 반영되었습니다.</translation>
    </message>
    <message>
        <source>This change&apos;s id was already used for a different change; it was not applied. Send it again as a new change.</source>
        <translation>이 변경의 ID가 이미 다른 변경에 쓰였기 때문에 반영되지 않았습니다. 새 변경으로 다시 보내세요.</translation>
    </message>
    <message>
        <source>The server could not store this change (a value in it is not allowed). Edit it and send it again, or discard it.</source>
        <translation>서버가 이 변경을 저장하지 못했습니다(허용되지 않는 값이 있습니다). 수정해서 다시 보내거나 버리세요.</translation>
    </message>
    <message>
        <source>You deleted your copy of a record that was merged with a colleague&apos;s; their record was kept. Choose keep mine to delete it too.</source>
        <translation>동료의 레코드와 합쳐진 레코드의 내 사본을 삭제했습니다. 동료의 레코드는 남아 있습니다. 그것도 삭제하려면 &apos;내 값 유지&apos;를 선택하세요.</translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation>같은 사람끼리는 합칠 수 없습니다.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a removed consent form.</source>
        <translation>삭제된 동의서는 관리자만 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Metric snapshots are never deleted or restored; they are history.</source>
        <translation>지표 기록은 이력이므로 삭제하거나 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>A consent form&apos;s file cannot be replaced; remove the form and add the new file as a new form.</source>
        <translation>동의서의 파일은 바꿀 수 없습니다. 동의서를 삭제하고 새 파일을 새 동의서로 추가하세요.</translation>
    </message>
    <message>
        <source>This consent form was removed. Only an administrator can bring it back (restore the removed form instead of adding the file again).</source>
        <translation>이 동의서는 삭제되었습니다. 관리자만 되살릴 수 있습니다(파일을 다시 추가하지 말고 삭제된 동의서를 복원하세요).</translation>
    </message>
    <message>
        <source>This consent form was removed; an administrator can restore it.</source>
        <translation>이 동의서는 삭제되었습니다. 관리자가 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>The file of this consent form is missing from the server&apos;s store; ask the administrator.</source>
        <translation>이 동의서의 파일이 서버 저장소에 없습니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>The file of this consent form has not reached the server yet. Sync again: the app uploads the file before the form&apos;s details.</source>
        <translation>이 동의서의 파일이 아직 서버에 도착하지 않았습니다. 다시 동기화하세요. 앱이 동의서 정보보다 파일을 먼저 올립니다.</translation>
    </message>
    <message>
        <source>The sync server is receiving other large requests; the app tries again shortly.</source>
        <translation>동기화 서버가 다른 큰 요청을 받는 중입니다. 앱이 곧 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The sync server cannot reach its database just now. Nothing was lost; the app tries again later.</source>
        <translation>동기화 서버가 지금 데이터베이스에 연결할 수 없습니다. 잃어버린 것은 없으며, 앱이 나중에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Requests from an unknown address are not allowed. Ask the administrator to add your network to INFLUENCER_SYNC_ALLOWED_NETWORKS.</source>
        <translation>알 수 없는 주소에서 온 요청은 허용되지 않습니다. 관리자에게 이 네트워크를 INFLUENCER_SYNC_ALLOWED_NETWORKS에 추가해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>Requests from {address} are not allowed. Ask the administrator to add your network to INFLUENCER_SYNC_ALLOWED_NETWORKS.</source>
        <translation>{address}에서 온 요청은 허용되지 않습니다. 관리자에게 이 네트워크를 INFLUENCER_SYNC_ALLOWED_NETWORKS에 추가해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The request body is larger than {size} MB. Send fewer operations per push.</source>
        <translation>요청 본문이 {size}MB보다 큽니다. 한 번에 보내는 변경을 줄이세요.</translation>
    </message>
    <message>
        <source>There is no consent form {id}.</source>
        <translation>동의서 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Another influencer, {name} ({phone}), already has this name and phone (id {id}). Change one of them, or merge the two.</source>
        <translation>다른 인플루언서 {name}({phone})이(가) 이미 이 이름과 연락처를 쓰고 있습니다(ID {id}). 둘 중 하나를 바꾸거나 두 사람을 합치세요.</translation>
    </message>
    <message>
        <source>The Platform {platform} account &apos;{handle}&apos; already exists (id {id}). Change the handle, or merge the two accounts.</source>
        <translation>플랫폼 {platform} 계정 &apos;{handle}&apos;이(가) 이미 있습니다(ID {id}). 아이디를 바꾸거나 두 계정을 합치세요.</translation>
    </message>
    <message>
        <source>{name} was deleted on another desk; this account is kept with them. Choose keep mine to restore them.</source>
        <translation>{name}이(가) 다른 데스크에서 삭제되었습니다. 이 계정은 그 사람과 함께 보관됩니다. 되살리려면 &apos;내 값 유지&apos;를 선택하세요.</translation>
    </message>
    <message>
        <source>{name} was merged into {keep} (id {id}) on another desk; your change stays on the merged record. Make it on {keep}, or choose keep mine to bring {name} back.</source>
        <translation>{name}이(가) 다른 데스크에서 {keep}(ID {id})에 합쳐졌습니다. 내 변경은 합쳐진 레코드에 남아 있습니다. {keep}에서 다시 변경하거나, {name}을(를) 되살리려면 &apos;내 값 유지&apos;를 선택하세요.</translation>
    </message>
    <message>
        <source>This influencer is not on the server, and the change cannot create it: {problem}</source>
        <translation>이 인플루언서는 서버에 없고, 이 변경으로 새로 만들 수도 없습니다: {problem}</translation>
    </message>
    <message>
        <source>This account is not on the server, and the change cannot create it: {problem}</source>
        <translation>이 계정은 서버에 없고, 이 변경으로 새로 만들 수도 없습니다: {problem}</translation>
    </message>
    <message>
        <source>This consent form is not on the server, and the change cannot create it: {problem}</source>
        <translation>이 동의서는 서버에 없고, 이 변경으로 새로 만들 수도 없습니다: {problem}</translation>
    </message>
    <message>
        <source>This metric snapshot is not on the server, and the change cannot create it: {problem}</source>
        <translation>이 지표 기록은 서버에 없고, 이 변경으로 새로 만들 수도 없습니다: {problem}</translation>
    </message>
    <message>
        <source>The account {id} this metric snapshot belongs to is not on the server. Push the account first.</source>
        <translation>이 지표 기록이 속한 계정 {id}이(가) 서버에 없습니다. 계정을 먼저 보내세요.</translation>
    </message>
    <message>
        <source>The influencer {id} this consent form belongs to is not on the server. Push the influencer first.</source>
        <translation>이 동의서가 속한 인플루언서 {id}이(가) 서버에 없습니다. 인플루언서를 먼저 보내세요.</translation>
    </message>
    <message>
        <source>The influencer {id} this account belongs to is not on the server. Push the influencer first.</source>
        <translation>이 계정이 속한 인플루언서 {id}이(가) 서버에 없습니다. 인플루언서를 먼저 보내세요.</translation>
    </message>
    <message>
        <source>There is no influencer {id} on the server to restore.</source>
        <translation>복원할 인플루언서 {id}이(가) 서버에 없습니다.</translation>
    </message>
    <message>
        <source>There is no account {id} on the server to restore.</source>
        <translation>복원할 계정 {id}이(가) 서버에 없습니다.</translation>
    </message>
    <message>
        <source>There is no consent form {id} on the server to restore.</source>
        <translation>복원할 동의서 {id}이(가) 서버에 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number a metric can have.</source>
        <translation>&apos;{value}&apos;은(는) 지표가 가질 수 있는 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not the id of a person to merge into.</source>
        <translation>&apos;{value}&apos;은(는) 합칠 대상 사람의 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>The person {id} this one was merged into is not on the server. Push that person first.</source>
        <translation>이 사람이 합쳐진 사람 {id}이(가) 서버에 없습니다. 그 사람을 먼저 보내세요.</translation>
    </message>
    <message>
        <source>The details of this consent form (size {size}, type {type}) do not match the uploaded file (size {file_size}, type {file_type}).</source>
        <translation>이 동의서의 정보(크기 {size}, 형식 {type})가 업로드된 파일(크기 {file_size}, 형식 {file_type})과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer could not be read; is it an Influencer Desk sync server of this version?</source>
        <translation>동기화 서버의 응답을 읽지 못했습니다. 이 버전의 Influencer Desk 동기화 서버가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <source>This desk is not connected to a sync server: File → Connect to server first.</source>
        <translation>이 컴퓨터는 동기화 서버에 연결되어 있지 않습니다. 먼저 파일 → 서버에 연결을 하세요.</translation>
    </message>
    <message>
        <source>This desk is connected with a staff token. The administration view needs an administrator&apos;s token (File → Connect to server).</source>
        <translation>이 컴퓨터는 직원 토큰으로 연결되어 있습니다. 관리 화면에는 관리자 토큰이 필요합니다(파일 → 서버에 연결).</translation>
    </message>
    <message>
        <source>Give the token a name (whose desk or which office it is for).</source>
        <translation>토큰 이름을 입력하세요(누구의 컴퓨터용인지, 어느 사무실용인지).</translation>
    </message>
    <message>
        <source>The mapping presets file {file} is damaged; fix or delete it.</source>
        <translation>열 연결 설정 파일 {file}이(가) 손상되었습니다. 고치거나 삭제하세요.</translation>
    </message>
    <message>
        <source>There is no mapping preset &apos;{name}&apos; (none saved yet).</source>
        <translation>열 연결 설정 &apos;{name}&apos;이(가) 없습니다(아직 저장된 설정이 없습니다).</translation>
    </message>
    <message>
        <source>There is no mapping preset &apos;{name}&apos; ({known}).</source>
        <translation>열 연결 설정 &apos;{name}&apos;이(가) 없습니다({known}).</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>설정 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Unknown field(s) in the preset: {fields}.</source>
        <translation>설정에 알 수 없는 항목이 있습니다: {fields}.</translation>
    </message>
    <message>
        <source>A metric snapshot needs a metric name.</source>
        <translation>지표 기록에는 지표 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>This data folder was written by a newer Influencer Desk (store version {version}); please update the app.</source>
        <translation>이 데이터 폴더는 더 새로운 Influencer Desk가 기록한 것입니다(저장소 버전 {version}). 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <source>There is no refused change {id}.</source>
        <translation>거부된 변경 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The sync server&apos;s snapshot could not be read ({what}); nothing of it was kept. Sync again.</source>
        <translation>동기화 서버의 전체 데이터를 읽지 못했습니다({what}). 받은 내용은 저장하지 않았습니다. 다시 동기화하세요.</translation>
    </message>
    <message>
        <source>Unknown field(s) for influencer: {fields}.</source>
        <translation>인플루언서에 없는 항목입니다: {fields}.</translation>
    </message>
    <message>
        <source>Unknown field(s) for account: {fields}.</source>
        <translation>계정에 없는 항목입니다: {fields}.</translation>
    </message>
    <message>
        <source>Unknown field(s) for consent form: {fields}.</source>
        <translation>동의서에 없는 항목입니다: {fields}.</translation>
    </message>
    <message>
        <source>Unknown field(s) for metric snapshot: {fields}.</source>
        <translation>지표 기록에 없는 항목입니다: {fields}.</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Edit account …</source>
        <translation>계정 수정 …</translation>
    </message>
    <message>
        <source>Edit the selected account&apos;s e-mail, category, status, notes, tags and profile address</source>
        <translation>선택한 계정의 이메일, 카테고리, 상태, 메모, 태그, 프로필 주소를 수정합니다</translation>
    </message>
    <message>
        <source>Move to another person …</source>
        <translation>다른 인플루언서에게 옮기기 …</translation>
    </message>
    <message>
        <source>Give the selected account to another person in the list</source>
        <translation>선택한 계정을 목록의 다른 인플루언서에게 옮깁니다</translation>
    </message>
    <message>
        <source>Account saved. Undo with Ctrl+Z.</source>
        <translation>계정을 저장했습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Moved to {name}. Undo with Ctrl+Z.</source>
        <translation>{name}에게 옮겼습니다. Ctrl+Z로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add account to an influencer</source>
        <translation>인플루언서에 계정 추가</translation>
    </message>
    <message>
        <source>handle or profile URL</source>
        <translation>아이디 또는 프로필 URL</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>인플루언서</translation>
    </message>
    <message>
        <source>The account is added to the influencer you pick.</source>
        <translation>선택한 인플루언서에게 계정이 추가됩니다.</translation>
    </message>
    <message>
        <source>Pick the influencer this account is for.</source>
        <translation>이 계정의 인플루언서를 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Edit account</source>
        <translation>계정 수정</translation>
    </message>
    <message>
        <source>{platform} account of {name}. Tags belong to the person and show with all their accounts.</source>
        <translation>{name}의 {platform} 계정입니다. 태그는 인플루언서에게 붙어 모든 계정에 함께 표시됩니다.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Inactive (we stopped working with it)</source>
        <translation>비활성 (더 이상 함께 일하지 않음)</translation>
    </message>
    <message>
        <source>Not found on the platform</source>
        <translation>플랫폼에서 찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>AccountTable</name>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>On {platform}</source>
        <translation>{platform} 계정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>마지막 동기화</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 접속</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>마지막 사용</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>마지막 수집</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>수집함</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>Runs (24 h)</source>
        <translation>수집 횟수 (24시간)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>From token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Create token …</source>
        <translation>토큰 만들기 …</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Collection runs</source>
        <translation>수집 실행</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Asking the sync server …</source>
        <translation>동기화 서버에 묻는 중 …</translation>
    </message>
    <message>
        <source>As of {time} (times are this computer&apos;s local time).</source>
        <translation>{time} 기준 (시각은 이 컴퓨터의 현지 시각입니다).</translation>
    </message>
    <message>
        <source>Revoked {time}</source>
        <translation>{time}에 폐기됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>{open} conflict(s) open, {recent} in the last 24 hours. Desks resolve their own conflicts under File → Conflicts.</source>
        <translation>처리하지 않은 충돌 {open}건, 최근 24시간 {recent}건. 각 컴퓨터에서 파일 → 충돌에서 직접 처리합니다.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>토큰 만들기</translation>
    </message>
    <message>
        <source>Whose desk or which office is the token for?</source>
        <translation>누구의 컴퓨터 또는 어느 사무실용 토큰인가요?</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>새 토큰</translation>
    </message>
    <message>
        <source>The token for {name} is shown only now. Copy it and give it to them; they enter it under File → Connect to server.</source>
        <translation>{name}의 토큰은 지금 한 번만 보입니다. 복사해서 전달해 주세요. 받은 사람은 파일 → 서버에 연결에서 입력합니다.</translation>
    </message>
    <message>
        <source>Select the token to revoke.</source>
        <translation>폐기할 토큰을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>토큰 폐기</translation>
    </message>
    <message>
        <source>Revoke the token {name}? Desks that use it can no longer sync.</source>
        <translation>{name} 토큰을 폐기할까요? 이 토큰을 쓰는 컴퓨터는 더 이상 동기화할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommentsDialog</name>
    <message>
        <source>Analyze comments on Platform A posts</source>
        <translation>플랫폼 A 게시물 댓글 분석</translation>
    </message>
    <message>
        <source>(one post per line)</source>
        <translation>(한 줄에 게시물 하나)</translation>
    </message>
    <message>
        <source>or an Excel file with a column of post URLs</source>
        <translation>또는 게시물 URL 열이 있는 엑셀 파일</translation>
    </message>
    <message>
        <source>the column&apos;s header, e.g. Post URL</source>
        <translation>열 제목 (예: 게시물 URL)</translation>
    </message>
    <message>
        <source>Post URLs</source>
        <translation>게시물 URL</translation>
    </message>
    <message>
        <source>From Excel</source>
        <translation>엑셀에서</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Every comment is read; each commenter&apos;s metrics are asked once (or taken from a recent collection).</source>
        <translation>모든 댓글을 읽습니다. 댓글 작성자의 지표는 한 번만 조회합니다(최근 수집한 값이 있으면 그 값을 씁니다).</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Post URLs from Excel</source>
        <translation>엑셀에서 게시물 URL 가져오기</translation>
    </message>
    <message>
        <source>Paste post URLs, or choose an Excel file and its column.</source>
        <translation>게시물 URL을 붙여 넣거나 엑셀 파일과 열을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>통합 문서를 저장할 위치를 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>Undo import …</source>
        <translation>가져오기 되돌리기 …</translation>
    </message>
    <message>
        <source>Take back an import or a merge made on this desk</source>
        <translation>이 컴퓨터에서 한 가져오기나 병합을 되돌립니다</translation>
    </message>
    <message>
        <source>Find duplicates …</source>
        <translation>중복 찾기 …</translation>
    </message>
    <message>
        <source>People who are probably one, side by side, to merge</source>
        <translation>같은 사람으로 보이는 인플루언서를 나란히 보여 주어 병합할 수 있게 합니다</translation>
    </message>
    <message>
        <source>Export history of the results …</source>
        <translation>검색 결과의 변경 이력 내보내기 …</translation>
    </message>
    <message>
        <source>Who changed what on every account the search finds and their people, as an Excel workbook (needs the sync server)</source>
        <translation>검색된 모든 계정과 그 사람에 대해 누가 무엇을 바꿨는지 Excel 통합 문서로 저장합니다(동기화 서버 필요)</translation>
    </message>
    <message>
        <source>Export history to Excel</source>
        <translation>변경 이력을 Excel로 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the history</source>
        <translation>변경 이력 내보내는 중</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>변경 이력 내보내기</translation>
    </message>
    <message>
        <source>Exported {entries} changes of {records} records to {file}.</source>
        <translation>레코드 {records}개의 변경 {entries}건을 {file}(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>CollectActions</name>
    <message>
        <source>Collect Platform B metrics</source>
        <translation>플랫폼 B 지표 수집</translation>
    </message>
    <message>
        <source>Collect followers of every Platform B account</source>
        <translation>모든 플랫폼 B 계정의 팔로워 수를 수집합니다</translation>
    </message>
    <message>
        <source>Collect Platform A metrics now</source>
        <translation>플랫폼 A 지표 지금 수집</translation>
    </message>
    <message>
        <source>Collect today&apos;s Platform A visitors now instead of waiting for the daily run</source>
        <translation>매일 정해진 수집을 기다리지 않고 오늘의 플랫폼 A 방문자 수를 지금 수집합니다</translation>
    </message>
    <message>
        <source>Collect selected accounts</source>
        <translation>선택한 계정 수집</translation>
    </message>
    <message>
        <source>Collect metrics of the selected rows</source>
        <translation>선택한 행의 지표를 수집합니다</translation>
    </message>
    <message>
        <source>{platform} is already being collected.</source>
        <translation>{platform} 수집이 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>Collecting {platform}</source>
        <translation>{platform} 수집 중</translation>
    </message>
    <message>
        <source>last run: {ok} collected, {failed} failed</source>
        <translation>지난 수집: {ok}건 완료, {failed}건 실패</translation>
    </message>
    <message>
        <source>{platform} collection finished</source>
        <translation>{platform} 수집 완료</translation>
    </message>
    <message>
        <source>{platform} collection failed</source>
        <translation>{platform} 수집 실패</translation>
    </message>
    <message>
        <source>What was collected before this is kept; run it again to continue.</source>
        <translation>그 전까지 수집한 내용은 저장되어 있습니다. 다시 실행하면 이어서 수집합니다.</translation>
    </message>
    <message>
        <source>{platform} collection</source>
        <translation>{platform} 수집</translation>
    </message>
    <message>
        <source>{ok} collected · {not_found} not found · {blocked} blocked · {failed} failed</source>
        <translation>{ok}건 수집 · {not_found}건 찾을 수 없음 · {blocked}건 차단됨 · {failed}건 실패</translation>
    </message>
    <message>
        <source>{platform} is paused until {time} — the platform blocked the office</source>
        <translation>{platform} 수집이 {time}까지 멈췄습니다 — 플랫폼이 사무실의 요청을 막았습니다</translation>
    </message>
    <message>
        <source>Platform A daily run: off</source>
        <translation>플랫폼 A 매일 수집: 꺼짐</translation>
    </message>
    <message>
        <source>Platform A daily run: due now (since {when})</source>
        <translation>플랫폼 A 매일 수집: 지금 할 차례 ({when}부터)</translation>
    </message>
    <message>
        <source>Platform A daily run: next {when}</source>
        <translation>플랫폼 A 매일 수집: 다음 {when}</translation>
    </message>
    <message>
        <source>Platform A: collected today at {time} by {desk}</source>
        <translation>플랫폼 A: 오늘 {time}에 {desk}에서 수집함</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>삭제되지 않음</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>삭제 또는 유지</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>The same field was changed here and on another computer. The other computer&apos;s value is in the list now; choose which one to keep.</source>
        <translation>같은 항목이 이 컴퓨터와 다른 컴퓨터에서 모두 수정되었습니다. 지금 목록에는 다른 컴퓨터의 값이 들어가 있습니다. 어느 값을 남길지 선택해 주세요.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation>서버의 값</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 값 유지</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>서버 값 유지</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to your office&apos;s server</source>
        <translation>사무실 서버에 연결</translation>
    </message>
    <message>
        <source>the token your administrator gave you</source>
        <translation>관리자에게 받은 토큰</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Your changes stay on this computer and are sent to the server whenever it can be reached.</source>
        <translation>변경 내용은 이 컴퓨터에 저장되고, 서버에 연결될 때마다 서버로 보내집니다.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>서버 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter your token.</source>
        <translation>토큰을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Checking the server …</source>
        <translation>서버를 확인하는 중 …</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>연결되었습니다.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent forms</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>Drop {kinds} files here to add them.</source>
        <translation>{kinds} 파일을 여기에 끌어다 놓으면 추가됩니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>올린 사람</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Not sent yet: it is uploaded with the next sync.</source>
        <translation>아직 보내지 않음: 다음 동기화 때 올라갑니다.</translation>
    </message>
    <message>
        <source>Not on this computer yet: Open downloads it.</source>
        <translation>아직 이 컴퓨터에 없음: 열기를 누르면 내려받습니다.</translation>
    </message>
    <message>
        <source>Add consent forms</source>
        <translation>동의서 추가</translation>
    </message>
    <message>
        <source>Consent forms (*.pdf *.jpg *.jpeg *.png *.heic *.docx);;All files (*)</source>
        <translation>동의서 (*.pdf *.jpg *.jpeg *.png *.heic *.docx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Added {names}. It is uploaded with the next sync.</source>
        <translation>{names} 파일을 추가했습니다. 다음 동기화 때 올라갑니다.</translation>
    </message>
    <message>
        <source>Downloading {file}…</source>
        <translation>{file} 내려받는 중…</translation>
    </message>
    <message>
        <source>Opening {file}</source>
        <translation>{file} 여는 중</translation>
    </message>
    <message>
        <source>This computer has no program that opens {kind} files, so {name} could not be shown. Install a viewer for {kind} files; a copy is in {folder}.</source>
        <translation>이 컴퓨터에는 {kind} 파일을 여는 프로그램이 없어 {name}을(를) 보여 줄 수 없습니다. {kind} 파일 뷰어를 설치해 주세요. 사본은 {folder}에 있습니다.</translation>
    </message>
    <message>
        <source>these</source>
        <translation>이</translation>
    </message>
    <message>
        <source>Remove the consent form &apos;{name}&apos;? It disappears from every computer after the next sync; an administrator can restore it.</source>
        <translation>동의서 &apos;{name}&apos;을(를) 삭제할까요? 다음 동기화 후 모든 컴퓨터에서 사라집니다. 관리자가 복구할 수 있습니다.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name}을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Remove consent form</source>
        <translation>동의서 삭제</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근 값</translation>
    </message>
    <message>
        <source>Accounts on both platforms</source>
        <translation>두 플랫폼의 계정</translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation>지표 추이</translation>
    </message>
    <message>
        <source>Consent forms</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>History</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Select an account to see the person behind it</source>
        <translation>계정을 선택하면 그 인플루언서의 정보가 표시됩니다</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (삭제됨)</translation>
    </message>
    <message>
        <source>not collected yet</source>
        <translation>아직 수집 안 됨</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Save error report …</source>
        <translation>오류 보고서 저장 …</translation>
    </message>
    <message>
        <source>Added {people} influencers and {accounts} accounts; updated {updated_people} influencers and {updated_accounts} accounts.</source>
        <translation>인플루언서 {people}명과 계정 {accounts}개를 추가하고, 인플루언서 {updated_people}명과 계정 {updated_accounts}개를 갱신했습니다.</translation>
    </message>
    <message>
        <source>1 row was not imported: save the error report, fix it and import that file again.</source>
        <translation>1개 행을 가져오지 못했습니다. 오류 보고서를 저장해 고친 뒤 그 파일을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>{count} rows were not imported: save the error report, fix them and import that file again.</source>
        <translation>{count}개 행을 가져오지 못했습니다. 오류 보고서를 저장해 고친 뒤 그 파일을 다시 가져오세요.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>중복 찾기</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>남길 사람</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>여기로 병합</translation>
    </message>
    <message>
        <source>Looking for likely duplicates …</source>
        <translation>중복으로 보이는 인플루언서를 찾는 중 …</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>중복 찾는 중</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>같은 연락처</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>같은 이메일</translation>
    </message>
    <message>
        <source>same handle</source>
        <translation>같은 아이디</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>같은 이름</translation>
    </message>
    <message>
        <source>similar names, same phone</source>
        <translation>비슷한 이름, 같은 연락처</translation>
    </message>
    <message numerus="yes">
        <source>%n groups of likely duplicates. Nothing is merged until you press Merge.</source>
        <translation>
            <numerusform>중복으로 보이는 묶음 %n개. 병합을 누르기 전에는 아무것도 합치지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>중복으로 보이는 인플루언서가 없습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>병합 중</translation>
    </message>
    <message>
        <source>Merged: %1 accounts and %2 consent forms moved to %3. File → Undo import… takes it back.</source>
        <translation>병합했습니다: 계정 %1개와 동의서 %2개를 %3(으)로 옮겼습니다. 파일 → 가져오기 되돌리기…로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EditRefusedDialog</name>
    <message>
        <source>Edit and retry</source>
        <translation>고쳐서 다시 보내기</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import from Excel …</source>
        <translation>엑셀에서 가져오기 …</translation>
    </message>
    <message>
        <source>Import influencers from a spreadsheet</source>
        <translation>스프레드시트에서 인플루언서를 가져옵니다</translation>
    </message>
    <message>
        <source>Export results to Excel …</source>
        <translation>결과를 엑셀로 내보내기 …</translation>
    </message>
    <message>
        <source>Export what the table shows</source>
        <translation>표에 보이는 내용을 내보냅니다</translation>
    </message>
    <message>
        <source>Export results to Excel</source>
        <translation>결과를 엑셀로 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {file}.</source>
        <translation>계정 {count}개를 {file} 파일로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>엑셀로 내보내기</translation>
    </message>
    <message>
        <source>{tab} as shown ({count} accounts)</source>
        <translation>보이는 대로 {tab} (계정 {count}개)</translation>
    </message>
    <message>
        <source>Both platforms, one sheet each ({count} accounts)</source>
        <translation>두 플랫폼 모두, 플랫폼마다 시트 하나 (계정 {count}개)</translation>
    </message>
    <message>
        <source>Only the selected rows ({count})</source>
        <translation>선택한 행만 ({count})</translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation>무엇을 내보낼까요?</translation>
    </message>
    <message>
        <source>Export …</source>
        <translation>내보내기 …</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Title rows above the header are fine.</source>
        <translation>엑셀(.xlsx, .xls), 오픈도큐먼트(.ods), CSV 파일을 가져올 수 있습니다. 머리글 위에 제목 행이 있어도 됩니다.</translation>
    </message>
    <message>
        <source>Browse …</source>
        <translation>찾아보기 …</translation>
    </message>
    <message>
        <source>(recognise the columns)</source>
        <translation>(열 자동 인식)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>저장한 열 연결</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>엑셀에서 가져오기</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.xls *.ods *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation>읽는 중 …</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>파일 읽는 중</translation>
    </message>
    <message>
        <source>{count} rows under the header in row {row}.</source>
        <translation>{row}행 머리글 아래에 {count}개 행이 있습니다.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>any category</source>
        <translation>모든 카테고리</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>최근 삭제한 항목</translation>
    </message>
    <message>
        <source>Show deleted accounts, to restore them</source>
        <translation>삭제한 계정을 보여 주어 복구할 수 있게 합니다</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Metrics older than</source>
        <translation>지표 갱신 후 경과</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Influencer Desk</source>
        <translation>인플루언서 데스크에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Keep every influencer, their Platform A and Platform B accounts and their metrics in one list that all your colleagues share.</source>
        <translation>모든 인플루언서와 그들의 플랫폼 A·플랫폼 B 계정, 지표를 동료 모두가 함께 쓰는 하나의 목록에서 관리하세요.</translation>
    </message>
    <message>
        <source>Connect to your office&apos;s server …</source>
        <translation>사무실 서버에 연결 …</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>예시 데이터로 체험하기</translation>
    </message>
    <message>
        <source>Start without a server for now</source>
        <translation>지금은 서버 없이 시작하기</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>{count} min ago</source>
        <translation>{count}분 전</translation>
    </message>
    <message>
        <source>{count} h ago</source>
        <translation>{count}시간 전</translation>
    </message>
    <message>
        <source>{count} d ago</source>
        <translation>{count}일 전</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Export history of the results …</source>
        <translation>검색 결과의 변경 이력 내보내기 …</translation>
    </message>
    <message>
        <source>Who changed what on every account the search finds and their people, as an Excel workbook</source>
        <translation>검색된 모든 계정과 그 사람에 대해 누가 무엇을 바꿨는지 Excel 통합 문서로 저장합니다</translation>
    </message>
    <message>
        <source>Reading the history …</source>
        <translation>변경 기록을 읽는 중 …</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>변경 기록 읽는 중</translation>
    </message>
    <message>
        <source>account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>아직 기록된 변경이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportChanges</name>
    <message>
        <source>Only rows that change an existing value</source>
        <translation>기존 값을 바꾸는 행만</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>가져온 후</translation>
    </message>
    <message>
        <source>new</source>
        <translation>새로 추가</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines: narrow them with the filter.</source>
        <translation>
            <numerusform>%n줄 더 있음: 필터로 좁혀 보세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import influencers from Excel</source>
        <translation>엑셀에서 인플루언서 가져오기</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>오류 보고서 저장</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>InfluencerDialog</name>
    <message>
        <source>Platform?</source>
        <translation>플랫폼 선택</translation>
    </message>
    <message>
        <source>handle or profile URL</source>
        <translation>아이디 또는 프로필 URL</translation>
    </message>
    <message>
        <source>email for this account</source>
        <translation>이 계정의 이메일</translation>
    </message>
    <message>
        <source>category</source>
        <translation>카테고리</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Edit influencer</source>
        <translation>인플루언서 수정</translation>
    </message>
    <message>
        <source>Add influencer</source>
        <translation>인플루언서 추가</translation>
    </message>
    <message>
        <source>beauty, food, …</source>
        <translation>뷰티, 음식, …</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>{handle} or profile URL</source>
        <translation>{handle} 또는 프로필 URL</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>계정 하나 더 추가</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>{count}/min</source>
        <translation>분당 {count}건</translation>
    </message>
    <message>
        <source>{count}/s</source>
        <translation>초당 {count}건</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} 남음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop after the current item; what is done is kept</source>
        <translation>지금 처리 중인 항목까지만 하고 멈춥니다. 끝난 작업은 저장됩니다</translation>
    </message>
    <message>
        <source>starting …</source>
        <translation>시작하는 중 …</translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>멈추는 중 …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — demo</source>
        <translation>{title} — 체험판</translation>
    </message>
    <message>
        <source>Influencer Desk</source>
        <translation>인플루언서 데스크</translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation>검색하지 못했습니다: {message}</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Administration …</source>
        <translation>관리 …</translation>
    </message>
    <message>
        <source>Devices, tokens, collection runs and conflicts on the sync server (needs an administrator&apos;s token)</source>
        <translation>동기화 서버의 컴퓨터, 토큰, 수집 실행, 충돌 (관리자 토큰 필요)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Add influencer</source>
        <translation>인플루언서 추가</translation>
    </message>
    <message>
        <source>Add an influencer with their accounts</source>
        <translation>인플루언서와 계정을 함께 추가합니다</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Add an account to an influencer in the list</source>
        <translation>목록에 있는 인플루언서에게 계정을 추가합니다</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>프로필 열기</translation>
    </message>
    <message>
        <source>Copy handle</source>
        <translation>아이디 복사</translation>
    </message>
    <message>
        <source>Copy profile URL</source>
        <translation>프로필 URL 복사</translation>
    </message>
    <message>
        <source>About Influencer Desk</source>
        <translation>인플루언서 데스크 정보</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Connect to server …</source>
        <translation>서버에 연결 …</translation>
    </message>
    <message>
        <source>Conflicts …</source>
        <translation>충돌 …</translation>
    </message>
    <message>
        <source>Settings …</source>
        <translation>설정 …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>{count} account</source>
        <translation>계정 {count}개</translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation>계정 {count}개</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name}을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Added {name}. The current search does not include them; they are shown on the right.</source>
        <translation>{name}을(를) 추가했습니다. 지금 검색 결과에는 없어서 오른쪽에 보여 줍니다.</translation>
    </message>
    <message>
        <source>Deleted {what}. Undo with Ctrl+Z, or find it under Filters → Recently deleted.</source>
        <translation>{what}을(를) 삭제했습니다. Ctrl+Z로 되돌리거나 필터 → 최근 삭제한 항목에서 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>Influencers, their Platform A and Platform B accounts, metrics and Excel workflows — local-first, synced with your office&apos;s server.</source>
        <translation>인플루언서와 플랫폼 A·플랫폼 B 계정, 지표, 엑셀 작업을 한곳에서 — 이 컴퓨터에서 바로 작업하고 사무실 서버와 동기화합니다.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>열 확인</translation>
    </message>
    <message>
        <source>Each column of the sheet and what it becomes. Change any that are wrong; columns set to &apos;(not imported)&apos; are left out.</source>
        <translation>시트의 각 열이 어떤 항목으로 들어가는지 보여 줍니다. 잘못된 것은 바꿔 주세요. &apos;(가져오지 않음)&apos;으로 둔 열은 제외됩니다.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>파일의 머리글</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>처음 몇 개 값</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>name, e.g. &apos;Agency sheet&apos;</source>
        <translation>이름 (예: &apos;에이전시 시트&apos;)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>이 열 연결 저장</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 이름</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>열 연결의 이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Saved as &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>No history yet</source>
        <translation>아직 기록 없음</translation>
    </message>
</context>
<context>
    <name>MoveAccountDialog</name>
    <message>
        <source>Move to another person</source>
        <translation>다른 인플루언서에게 옮기기</translation>
    </message>
    <message>
        <source>@{handle} now belongs to {name}. Pick the person it belongs to instead.</source>
        <translation>@{handle}은(는) 지금 {name}의 계정입니다. 이 계정의 주인을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>옮기기</translation>
    </message>
    <message>
        <source>Pick the person the account belongs to.</source>
        <translation>계정의 주인을 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>PeopleWithoutAccounts</name>
    <message>
        <source>Double-click to add an account to this person.</source>
        <translation>두 번 클릭하면 이 인플루언서에게 계정을 추가합니다.</translation>
    </message>
    <message>
        <source>{person} — no accounts yet</source>
        <translation>{person} — 아직 계정 없음</translation>
    </message>
    <message>
        <source>People without accounts ({count})</source>
        <translation>계정이 없는 인플루언서 ({count})</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, handle or phone …</source>
        <translation>이름, 아이디 또는 연락처를 입력하세요 …</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>아직 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Checking the rows …</source>
        <translation>행을 확인하는 중 …</translation>
    </message>
    <message>
        <source>Update them (fill in and change fields; an empty cell never blanks a stored value)</source>
        <translation>갱신하기 (빈 항목을 채우고 바뀐 값을 반영합니다. 빈 셀이 저장된 값을 지우지는 않습니다)</translation>
    </message>
    <message>
        <source>Only fill empty fields (keep every value already stored)</source>
        <translation>빈 항목만 채우기 (이미 저장된 값은 모두 유지)</translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>가져오지 못한 이유</translation>
    </message>
    <message>
        <source>Save error report …</source>
        <translation>오류 보고서 저장 …</translation>
    </message>
    <message>
        <source>People and accounts already in the list:</source>
        <translation>목록에 이미 있는 인플루언서와 계정:</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>행 확인 중</translation>
    </message>
    <message>
        <source>Comparing with the list</source>
        <translation>목록과 비교하는 중</translation>
    </message>
    <message numerus="yes">
        <source>%n people or accounts in the list have values this file would change (see the rows below). Only empty fields will be filled; choose &apos;Update them&apos; to let the file change those values.</source>
        <translation>
            <numerusform>목록에 있는 인플루언서나 계정 %n건의 값이 이 파일로 바뀝니다(아래 행 참고). 빈 항목만 채웁니다. 그 값도 바꾸려면 &apos;갱신하기&apos;를 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} rows: {people} new influencers and {accounts} new accounts · {updated} updated · {unchanged} unchanged · {skipped} left as they are</source>
        <translation>{rows}개 행: 새 인플루언서 {people}명, 새 계정 {accounts}개 · {updated}건 갱신 · {unchanged}건 변경 없음 · {skipped}건 그대로 둠</translation>
    </message>
    <message>
        <source>{count} left out by you</source>
        <translation>직접 제외한 행 {count}개</translation>
    </message>
    <message>
        <source>{count} invalid</source>
        <translation>{count}건 오류</translation>
    </message>
    <message>
        <source>Counting the rows left …</source>
        <translation>남은 행을 세는 중 …</translation>
    </message>
    <message>
        <source>Counting the rows left</source>
        <translation>남은 행 세기</translation>
    </message>
    <message>
        <source>Counting was cancelled. The import still leaves out the rows you ticked out.</source>
        <translation>행 세기가 취소되었습니다. 가져오기에서는 여전히 체크를 해제한 행을 제외합니다.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>Changes the server refused</source>
        <translation>서버가 받지 않은 변경</translation>
    </message>
    <message>
        <source>These changes were not accepted by the server and are not sent again by themselves. Correct and retry each, or discard it to get the server&apos;s values back.</source>
        <translation>서버가 받지 않은 변경입니다. 저절로 다시 보내지지 않습니다. 각각 고쳐서 다시 보내거나, 버리고 서버의 값으로 되돌리세요.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Edit and retry…</source>
        <translation>고쳐서 다시 보내기…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Analyze comments …</source>
        <translation>댓글 분석 …</translation>
    </message>
    <message>
        <source>Commenters and links under Platform A posts</source>
        <translation>플랫폼 A 게시물의 댓글 작성자와 링크</translation>
    </message>
    <message>
        <source>Verify sponsored posts …</source>
        <translation>협찬 게시물 확인 …</translation>
    </message>
    <message>
        <source>Check that posts are still live and public</source>
        <translation>게시물이 아직 공개 상태로 남아 있는지 확인합니다</translation>
    </message>
    <message>
        <source>Analyzing comments</source>
        <translation>댓글 분석 중</translation>
    </message>
    <message>
        <source>Comment analysis</source>
        <translation>댓글 분석</translation>
    </message>
    <message>
        <source>Verifying posts</source>
        <translation>게시물 확인 중</translation>
    </message>
    <message>
        <source>Post verification</source>
        <translation>게시물 확인</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>보고서 완성</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Browse …</source>
        <translation>찾아보기 …</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search name, handle, email, phone, tags, notes …  (Ctrl+F)</source>
        <translation>이름, 아이디, 이메일, 연락처, 태그, 메모 검색 …  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>동기화 서버</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Connect …</source>
        <translation>연결 …</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Collect Platform A every day at</source>
        <translation>매일 플랫폼 A 수집 시각</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>기본 전화번호 국가</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>컴퓨터 설정과 같게</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>언어 (다시 시작하면 적용)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>same as the public site</source>
        <translation>공개 사이트와 같음</translation>
    </message>
    <message>
        <source> requests/s at most</source>
        <translation> 요청/초 이하</translation>
    </message>
    <message>
        <source>{platform} site</source>
        <translation>{platform} 사이트</translation>
    </message>
    <message>
        <source>{platform} API</source>
        <translation>{platform} API</translation>
    </message>
    <message>
        <source>{platform} pace</source>
        <translation>{platform} 수집 속도</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s</source>
        <translation>내 변경 내용을 보내고 다른 사람의 변경 내용을 받습니다</translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation>동기화 중 …</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>동기화 중</translation>
    </message>
    <message>
        <source>{count} change(s) clashed with edits made on another computer; click the red badge below to choose which to keep.</source>
        <translation>변경 {count}건이 다른 컴퓨터에서 한 수정과 겹칩니다. 아래의 빨간 표시를 눌러 남길 값을 선택해 주세요.</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● 연결 안 됨</translation>
    </message>
    <message>
        <source>File → Connect to server</source>
        <translation>파일 → 서버에 연결</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 오프라인</translation>
    </message>
    <message>
        <source>Your changes are kept and sent when the server is back.</source>
        <translation>변경 내용은 저장되어 있다가 서버에 다시 연결되면 보내집니다.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>● Online · synced {when}</source>
        <translation>● 온라인 · {when} 동기화</translation>
    </message>
    <message>
        <source>{count} change(s) to send</source>
        <translation>보낼 변경 {count}건</translation>
    </message>
    <message>
        <source>{count} consent form(s) to upload</source>
        <translation>올릴 동의서 {count}건</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>모든 변경 내용 전송됨</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) refused</source>
        <translation>
            <numerusform>⚠ 변경 %n건 거부됨</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} conflict(s)</source>
        <translation>충돌 {count}건</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>내려받기</translation>
    </message>
    <message>
        <source>A new version {version} is available.</source>
        <translation>새 버전 {version}이(가) 나왔습니다.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Delete account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Delete {count} accounts</source>
        <translation>계정 {count}개 삭제</translation>
    </message>
    <message>
        <source>Restore account</source>
        <translation>계정 복구</translation>
    </message>
    <message>
        <source>Restore {count} accounts</source>
        <translation>계정 {count}개 복구</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} 추가</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Edit influencer</source>
        <translation>인플루언서 수정</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>계정 수정</translation>
    </message>
    <message>
        <source>Move account</source>
        <translation>계정 옮기기</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo import</source>
        <translation>가져오기 되돌리기</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Undo deletes what the import created and gives changed fields their previous values, on every desk. Values someone changed after the import are kept.</source>
        <translation>되돌리면 가져오기로 만든 항목을 지우고 바뀐 항목을 이전 값으로 돌립니다. 모든 컴퓨터에 적용됩니다. 가져온 뒤에 누군가 바꾼 값은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>새 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>변경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (되돌림)</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>되돌리는 중</translation>
    </message>
    <message>
        <source>Undone: %1 people and %2 accounts deleted, %3 values put back.</source>
        <translation>되돌렸습니다: 인플루언서 %1명과 계정 %2개를 지우고 값 %3개를 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Kept because they changed after it:</source>
        <translation>가져온 뒤에 바뀌어서 유지한 값:</translation>
    </message>
</context>
<context>
    <name>VerifyPostsDialog</name>
    <message>
        <source>Verify sponsored posts</source>
        <translation>협찬 게시물 확인</translation>
    </message>
    <message>
        <source>an Excel file with profile and post URLs</source>
        <translation>프로필 URL과 게시물 URL이 있는 엑셀 파일</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인할 파일</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Each post is checked as a member of the public sees it. Your columns are kept; the results are added next to them.</source>
        <translation>일반 방문자가 보는 그대로 각 게시물을 확인합니다. 원래 열은 그대로 두고 결과를 옆에 덧붙입니다.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Posts to verify</source>
        <translation>확인할 게시물</translation>
    </message>
    <message>
        <source>Choose the file to check.</source>
        <translation>확인할 파일을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose where to save the result.</source>
        <translation>결과를 저장할 위치를 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>스프레드시트 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
</context>
</TS>
