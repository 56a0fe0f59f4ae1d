<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Other platform handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you saved was lost; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open in another program or you may not change it. Close it there, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not found. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be read or written. Check that it is reachable and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 40 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 30 letters, digits, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a platform (use A or B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {found} URL, not a {wanted} one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a {platform} handle ({rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Platform A or Platform B URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {platform} address but not a profile or post URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows checked by the interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows marked blocked are checked when you run the verification again with the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains a character that cannot be stored (a NUL or an unpaired surrogate); remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle needs its platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} tags; at most {limit} are kept per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &apos;{tag}...&apos; is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an account status (use {active}, {inactive} or {not_found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no time zone (write it like 2024-05-01T09:30:00+09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not between the years {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number a metric can have (0 to {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file size (0 to {limit} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (it should start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a type of consent form this app keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a file checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is kept on the sync server, and this desk is not connected to one: run `influencer-desk connect` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}  {who} on {device}  {record} {field}: &apos;{old}&apos; -&gt; &apos;{new}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}  {who} on {device}  {record} {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} (batch {batch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (influencer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (every account on the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (every account on the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform of the row&apos;s URL/handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile URL (any platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle (platform from the Platform column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (every account on the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenter handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse a stored snapshot of a known account younger than H hours instead of asking the platform (default {hours})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyse the comments of Platform A posts (commenters, their metrics, URLs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches every comment of the given Platform A posts, the metrics of each distinct commenter (once each; recent snapshots are reused) and every address in the comments, and writes a workbook with the sheets Comments, Commenters, URLs and Summary. URLs that are not Platform A posts are reported and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform A post URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also take the post URLs from a column of this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column with the post URLs (its header or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet to read (default: first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the posts in a workbook are public and on the right profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each row with a profile URL and a post URL (Platform A or B), adds the profile&apos;s current metrics, the post&apos;s status (public, private, restricted, deleted, not_found, wrong_profile, invalid_url, blocked, error) and checked_at to a copy of the sheet, with a Summary sheet. An interrupted run (Ctrl-C, crash, block) continues when run again with the same files; rows marked blocked are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column with the profile URLs (found automatically if not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column with the post URLs (found automatically if not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check every row again instead of continuing an interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-excel needs --column NAME (the column with the post URLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column needs --from-excel FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one Platform A post URL, or --from-excel FILE --column NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output must be an .xlsx file, not &apos;{file}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct commenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments without a handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenters&apos; metrics from recent snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenters&apos; metrics asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a country code (e.g. KR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace must be between 0.05 and 1000 requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the platform, or paste the account&apos;s profile URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{handle} on {platform} is already in the list (it belongs to {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} with this phone number is already in the list; add the accounts to them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{handle} on {platform} is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{handle} is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [from its content]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [from the preset]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [chosen]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row {row}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recognised, not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was recognised as the influencer&apos;s name. Head it &apos;이름&apos; or &apos;Name&apos;, or say which column holds the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping names an unknown field &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &apos;{ref}&apos; in the sheet (columns: {headers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &apos;{first}&apos; and &apos;{second}&apos; both hold {field}; only &apos;{first}&apos; is imported. Choose another field for one of them to import both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a post URL, not a profile URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPEG, PNG, HEIC or DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is {what}, not a consent form this app keeps. Forms must be {kinds} files (the type is read from the content, not the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is larger than the {size} a consent form may be. Scan it at a lower resolution or split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked requests before this commenter&apos;s metrics could be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{analysed} of {posts} posts analysed: {comments} comments from {commenters} distinct commenters ({anonymous} comments without a handle); {urls} addresses found ({distinct_urls} distinct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests} requests in {seconds} s; {stored} commenters&apos; metrics came from recent snapshots, {asked} were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and {count} more (see the Summary sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; the results are incomplete. Run the analysis again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not_found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong_profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows checked ({columns}): {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{requests} requests in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued an interrupted run: {count} rows were already checked and were not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; {count} rows are marked blocked. Run it again after that to finish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a server address (for example http://office-pc:8765).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server sent an answer this app does not understand; is {server} an Influencer Desk sync server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server at {server} did not answer in time. Your changes are kept; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {server}. Check the network and the address; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refused the token. Ask the administrator for a new one and connect again (File → Connect to server, or `influencer-desk connect`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server does not allow this ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refused a request as too large ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server at {server} cannot answer just now ({detail}). Your changes are kept; it will be tried again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server at {server} cannot answer just now ({detail}). Your changes are kept; it will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server could not do this (error {status}). Your changes are kept; try again later, or tell the administrator if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one Platform A post URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the URLs is a {platform} post URL. {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {platform} profile URL, not a {wanted} post URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a {platform} post URL, not a {wanted} post URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; this post&apos;s comments were not (all) fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts: {url} ({count} comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is private on {platform}; its comments cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was removed from {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commenters&apos; metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results to a new file, not over the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; run again after that to check this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no profile URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no post URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is a profile URL, not a post URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is on {profile_platform} but the post is on {post_platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post is on the {platform} blog &apos;{post_handle}&apos;, not &apos;{handle}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post belongs to the {platform} account &apos;{post_handle}&apos;, not &apos;{handle}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its comments could not be counted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}; blocked: {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no worksheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos; (it has: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has {rows} rows; at most {limit} rows can be imported at once. Split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has {columns} columns; at most {limit} can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel, remove the password and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: the file is damaged or is not a {kind} file. Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has {count} columns on line {line}; at most {limit} can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds more than {limit} cells; delete the columns the import does not need, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a well-formed CSV file (line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is neither UTF-8, UTF-16 nor CP949/EUC-KR text; save it from Excel as &apos;CSV UTF-8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet this import reads (use .xlsx, .xls, .ods or .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB; files up to {limit} MB can be imported. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid {suffix} workbook (the file is damaged or is not a spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged (it is not a readable zip package); open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds {count} parts, more than a workbook ever has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is refused: its part {part} would inflate {ratio} times (to {size} MB), which is what a zip bomb does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password; remove the password in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is refused: it would inflate to {size} MB, more than the {limit} MB allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged (part {part} cannot be read); open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is refused: its part {part} declares XML entities (a DOCTYPE), which real spreadsheets never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a value in cell {cell})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; reaches column {column}{where}; at most {limit} columns can be imported. Delete what lies right of the table, or copy the table into a new sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; has {rows} rows{where}; at most {limit} rows can be imported at once. Split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; spans {rows} rows x {columns} columns ({cells} cells); at most {limit} cells can be imported at once. Delete the columns the import does not need, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: {ok} collected, {not_found} not found, {failed} failed, {blocked} blocked in {seconds} s ({pace} requests/s learned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: collected today at {time} by {desk}; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}: {desk} is collecting today&apos;s run; nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s run: {total} accounts; this desk collected {mine}, other desks {others}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server could not be reached: this desk collected alone; the run is merged with the office&apos;s when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the selected accounts are being collected by the office&apos;s running run and were not asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued an interrupted run: {count} accounts were already done and were not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  @{handle}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} is paused until {time}: the platform blocked the office; {count} accounts are left. Every desk waits; run it again after that to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform blocked requests until {until}; {count} accounts are left. Run it again after that to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {count} accounts are left; run it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &apos;{column}&apos; in the sheet (columns: {columns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile URLs in column {profile}, post URLs in column {post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (sheet {sheet}) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile URL and the post URL must be two different columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column with profile URLs was found. Name its header &apos;프로필 URL&apos; or &apos;Profile URL&apos; (in the terminal you can also choose it: --profile-column and its header or letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column with post URLs was found. Name its header &apos;게시물 URL&apos; or &apos;Post URL&apos; (in the terminal you can also choose it: --post-column and its header or letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current item (Ctrl-C again to stop at once) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the local store lives (default: the user&apos;s data dir; or INFLUENCER_DESK_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer Desk. With no command, opens the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the app on demo data (embedded sync service, simulated platforms, throwaway data dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the store, Qt and the platform adapters load, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Work done so far is kept; run the command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop window is not part of this build yet; use the headless commands (influencer-desk --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} has no profile &apos;{handle}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} post {handle}/{post_id} is deleted or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active {platform} account with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has not received the account yet; sync and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked the office until the time shown; this account is left for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} done here, {not_found} not found, {failed} failed; office pace {rate}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} has blocked requests from this network until {until}; collection stops and continues after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} The new figures are kept and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not connected to a sync server; the new figures are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; the new figures are sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sync now: {reason} The new figures are sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} done, {not_found} not found, {failed} failed; pace {rate}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked until {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} blocked requests until {until}; this account is left for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} answered with data that does not match the platform contract (field: {field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} could not be reached ({problem}) after {count} attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} answered with something that is not JSON ({type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} kept asking to slow down for this item; it is left for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} refused access to this item (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} kept failing with a server error (HTTP {status}) after {count} attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} answered with an unexpected HTTP {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused or no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who changed what: a record&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change the sync server applied to an influencer (with their accounts) or an account: field, old and new value, when, who (the token&apos;s name), from which device, and the import or merge. Read from the server, so this desk must be connected. With --export, the history of what a search finds, as a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an influencer or account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the history of the search&apos;s accounts and their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --export: the search (default: everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list likely duplicate people, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of people that are probably one: same phone, same e-mail, same handle, names equal after normalisation (spaces and letter case ignored), similar names with the same phone. Nothing is merged: `influencer merge KEEP OTHER` does that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge OTHER into KEEP (undo: `import undo BATCH`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTHER&apos;s accounts (with their metric history), consent forms and notes move to KEEP; where both have a different value KEEP&apos;s stays and OTHER&apos;s is kept in the history. OTHER is deleted, pointing at KEEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a record id, or --export OUT.xlsx for a search&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} changes of {records} records to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[undone]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports or merges on this desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an influencer&apos;s signed consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep files ({types}) as the influencer&apos;s consent forms; they upload on the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the influencer&apos;s forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a copy of a form (downloaded and checked by sha256 if not on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name, or a folder to keep the form&apos;s own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a form (an administrator can restore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {file} ({size}) for {name}: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms upload on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no consent forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not synced yet]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not on this computer]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {file}; it disappears from every desk on the next sync. An administrator can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import influencers and accounts from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads .xlsx, .xls, .ods or .csv (UTF-8 or CP949), finds the header row, maps the columns (shown before the summary), checks every cell and imports the valid rows in one transaction. Exit status 2 when some rows are invalid. `import undo [BATCH_ID]` takes an import (or a merge) back, default the last one from this desk; `import list` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with undo: the batch (see `import list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what would be created, updated and refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records already in the store: update (fill in and change non-empty values; default), fill (only fill fields that are empty in the store) or skip (leave them as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import nothing if any row is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the invalid rows, with their reasons, to this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map a column (its header or letter) to a field; fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start from a saved column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the mapping used as a preset under this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a search to an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the accounts the same search would show, one sheet per platform (or only --platform), with the other platform&apos;s handles and the latest metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs COLUMN=FIELD, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;{value}&apos;: `import FILE` takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved as preset &apos;{name}&apos; ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written (an import is all or nothing per run); run the command again to import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file must end in .xlsx (got &apos;{file}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} accounts to {file} ({sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} URLs are plain text: Excel allows 65,530 links per sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect this desktop to the office&apos;s sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server and the token, then remember them (the token goes into the system keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync server, e.g. http://office-pc:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token from `influencer-sync token create`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server, last sync, changes waiting to be sent, open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send local changes and receive everyone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try up to N times, waiting longer each time, while the server cannot be reached (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {server} as &apos;{token}&apos; ({role}). Run `influencer-desk sync` to bring this desktop up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:       {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected (influencer-desk connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:    {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:      {count} changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:    {count} open (influencer-desk conflicts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update:       {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:   {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:      {what} {id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry needs a number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop is not connected to a sync server; run `influencer-desk connect --server URL --token TOKEN` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not connected to a sync server (File → Connect to server, or `influencer-desk connect`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not on this computer yet and cannot be downloaded. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server has no file for &apos;{file}&apos; ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded &apos;{file}&apos; is damaged (it is not the file that was added), so it was not opened. Try again; if it happens again, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server stored a different file than the one sent; the form stays queued and is sent again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no token for the sync server {server}. Connect again (File → Connect to server, or `influencer-desk connect`), or set {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} merged with existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new conflicts to resolve (File → Conflicts, or `influencer-desk conflicts`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} changes refused by the server (the ⚠ button in the status bar, or `influencer-desk refused`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is not reachable; trying again in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server did not answer for the changes sent; they are kept and will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s snapshot ended early; nothing of it was kept. Sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is too large for the sync server ({size} MB; {detail}). Shorten it (for example the notes), then retry it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be read from the computer&apos;s password store. Connect again (File → Connect to server), or set {variable} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the computer&apos;s password store. Set {variable} instead, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit, delete, restore or move a platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an account to an influencer; prints the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A or B; a profile URL (--url) gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an account&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach the account to another influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --platform A or B with --handle, or the profile URL with --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --platform, --url, --handle, {flags}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {account}; `account restore {id}` brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {account} to {person}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect platform metrics for the accounts (resumes an interrupted run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the latest metrics of every selected account from the platform, store them as snapshots and sync them. An interrupted run (Ctrl-C, crash, network loss, platform block) continues where it stopped the next time this command runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only accounts whose latest metrics are older than H hours (or that have none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these account ids (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s scheduled Platform A run (what the OS scheduler runs): the office&apos;s, collected by the first desk to ask; does nothing when it is not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop an interrupted run instead of continuing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the new snapshots queued instead of syncing them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--daily is Platform A&apos;s run of the day; use --platform A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily Platform A run is not due yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields changed here and elsewhere at once: list them, or resolve one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include resolved ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep your value (a new edit) or the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict id (or its first characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  {what}: {field}: yours {yours}, server&apos;s {theirs}  ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          resolved: kept {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>          {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve with: influencer-desk conflicts resolve ID --keep mine|theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: your value is saved again and will be sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the server&apos;s value stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit, delete, restore or show an influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an influencer; prints the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an influencer&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete (restorable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring a deleted influencer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the influencer with all accounts on both platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}; `influencer restore {id}` brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [deleted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  phone: {phone}   tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes the server refused: see why, then edit and retry, or discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a refused change again, corrected with --set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change&apos;s id (or its first characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a field first (repeatable), e.g. --set notes=&apos;shorter&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop a refused change; the next sync brings the server&apos;s values back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  {what}
          why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: influencer-desk refused retry ID [--set FIELD=VALUE] | refused discard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change will be sent again with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded: the next sync brings the server&apos;s values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice (use mine or theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid influencer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The influencer {name} is deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An influencer {person} already exists (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {platform} account &apos;{handle}&apos; already exists (it belongs to {person}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id {id} is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version {version} is available: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version {version} is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server does not coordinate collection yet (it is older than this app). Ask the administrator to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server sent a collection answer this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a consent form id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no influencer with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent form with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent form was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a metric name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of hours cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {other} into {keep} ({id}): {accounts} accounts and {forms} consent forms moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {field}: kept &apos;{kept}&apos;; the other person&apos;s &apos;{other}&apos; stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo with `influencer-desk import undo {id}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no influencer {id} to merge (deleted, or not on this desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEEP and OTHER are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} was merged into another person, who is deleted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} was merged into {keep}; showing {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New influencer {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to influencer {label}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of influencer {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of influencer {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consent form {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to consent form {label}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of consent form {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of consent form {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New metric snapshot {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to account {label}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of account {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore of account {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find accounts (name, handle, e-mail, phone, tags, notes; Korean too) with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the matching accounts. The text matches anywhere in the name, handle, e-mail, phone (any format), tags and notes; every word must match. Korean names also match by their initial consonants (ㄱㅁㅈ finds 김민지) and with the last syllable half typed (김민ㅈ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N rows (default 50; 0 for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit and --offset cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other: {handles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}-{last} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text to find in the name, handle, e-mail, phone, tags or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily visitors at least N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only accounts whose latest metrics are older than H hours (or that have none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deleted accounts instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column (name, handle, platform, email, category, ...) or a metric (followers, daily_visitors, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day (use HH:MM, e.g. 09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking and writing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows are invalid and --all-or-nothing was given. Fix them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read from {file} (sheet {sheet}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {created_people} influencers and {created_accounts} accounts; updated {updated_people} influencers and {updated_accounts} accounts; {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would create {created_people} influencers and {created_accounts} accounts; would update {updated_people} influencers and {updated_accounts} accounts; {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} existing records left as they are (--on-duplicate skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch {batch}: `influencer-desk import undo` takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stored records have values the file would change; --on-duplicate fill only fills empty fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows repeat earlier rows of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows are invalid and were not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and {count} more (see the error report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and {count} more (use --report OUT.xlsx to get them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {id} {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid merge {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values, restored {records} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values, restored {records} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid merge {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid import {id} ({source}): deleted {people} influencers and {accounts} accounts it created, gave {fields} fields their previous values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kept as they are now, because they changed after it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: {field} was changed to &apos;{value}&apos; since the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: {field} was changed to &apos;{value}&apos; since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed to &apos;{value}&apos; after the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed to &apos;{value}&apos; after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: an account was added to this person after the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: an account was added to this person after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import or merge {id} on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import or merge to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge {id} was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import {id} was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring changed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import&apos;s writer did not start in time; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import&apos;s writer stopped unexpectedly; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be written ({detail}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} belongs to an account: give a platform URL or handle on this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {platform} value needs a {platform} URL or handle on the same row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle needs its platform: fill the platform column or use a Platform A/B handle column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle &apos;{handle}&apos; does not match the URL&apos;s handle &apos;{url_handle}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {cell} has the formula {formula} but the file holds no result for it. Open the file in Excel or LibreOffice Calc, recalculate (Ctrl+Alt+F9 in Excel, Ctrl+Shift+F9 in Calc), save it as .xlsx and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {cell} has a formula but the file holds no result for it. Open the file in Excel or LibreOffice Calc, recalculate (Ctrl+Alt+F9 in Excel, Ctrl+Shift+F9 in Calc), save it as .xlsx and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change was sent twice in one batch; only the first was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change&apos;s id was already used for a different change; it was not applied. Send it again as a new change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not store this change (a value in it is not allowed). Edit it and send it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deleted your copy of a record that was merged with a colleague&apos;s; their record was kept. Choose keep mine to delete it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged into themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can restore a removed consent form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric snapshots are never deleted or restored; they are history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent form&apos;s file cannot be replaced; remove the form and add the new file as a new form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent form was removed. Only an administrator can bring it back (restore the removed form instead of adding the file again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent form was removed; an administrator can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of this consent form is missing from the server&apos;s store; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of this consent form has not reached the server yet. Sync again: the app uploads the file before the form&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is receiving other large requests; the app tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server cannot reach its database just now. Nothing was lost; the app tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from an unknown address are not allowed. Ask the administrator to add your network to INFLUENCER_SYNC_ALLOWED_NETWORKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from {address} are not allowed. Ask the administrator to add your network to INFLUENCER_SYNC_ALLOWED_NETWORKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than {size} MB. Send fewer operations per push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent form {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another influencer, {name} ({phone}), already has this name and phone (id {id}). Change one of them, or merge the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform {platform} account &apos;{handle}&apos; already exists (id {id}). Change the handle, or merge the two accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deleted on another desk; this account is kept with them. Choose keep mine to restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was merged into {keep} (id {id}) on another desk; your change stays on the merged record. Make it on {keep}, or choose keep mine to bring {name} back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This influencer is not on the server, and the change cannot create it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not on the server, and the change cannot create it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent form is not on the server, and the change cannot create it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This metric snapshot is not on the server, and the change cannot create it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {id} this metric snapshot belongs to is not on the server. Push the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The influencer {id} this consent form belongs to is not on the server. Push the influencer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The influencer {id} this account belongs to is not on the server. Push the influencer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no influencer {id} on the server to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account {id} on the server to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent form {id} on the server to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number a metric can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not the id of a person to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person {id} this one was merged into is not on the server. Push that person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of this consent form (size {size}, type {type}) do not match the uploaded file (size {file_size}, type {file_type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s answer could not be read; is it an Influencer Desk sync server of this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is not connected to a sync server: File → Connect to server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is connected with a staff token. The administration view needs an administrator&apos;s token (File → Connect to server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name (whose desk or which office it is for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping presets file {file} is damaged; fix or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping preset &apos;{name}&apos; (none saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mapping preset &apos;{name}&apos; ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field(s) in the preset: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric snapshot needs a metric name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder was written by a newer Influencer Desk (store version {version}); please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refused change {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s snapshot could not be read ({what}); nothing of it was kept. Sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field(s) for influencer: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field(s) for account: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field(s) for consent form: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field(s) for metric snapshot: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Edit account …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected account&apos;s e-mail, category, status, notes, tags and profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected account to another person in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {name}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add account to an influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle or profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is added to the influencer you pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the influencer this account is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} account of {name}. Tags belong to the person and show with all their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive (we stopped working with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTable</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create token …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the sync server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {time} (times are this computer&apos;s local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} conflict(s) open, {recent} in the last 24 hours. Desks resolve their own conflicts under File → Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose desk or which office is the token for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for {name} is shown only now. Copy it and give it to them; they enter it under File → Connect to server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token {name}? Desks that use it can no longer sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyzeCommentsDialog</name>
    <message>
        <source>Analyze comments on Platform A posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one post per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or an Excel file with a column of post URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column&apos;s header, e.g. Post URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comment is read; each commenter&apos;s metrics are asked once (or taken from a recent collection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post URLs from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste post URLs, or choose an Excel file and its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>Undo import …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back an import or a merge made on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who are probably one, side by side, to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history of the results …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what on every account the search finds and their people, as an Excel workbook (needs the sync server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {entries} changes of {records} records to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectActions</name>
    <message>
        <source>Collect Platform B metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect followers of every Platform B account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect Platform A metrics now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect today&apos;s Platform A visitors now instead of waiting for the daily run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect selected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect metrics of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} is already being collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run: {ok} collected, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} collection finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} collection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was collected before this is kept; run it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} collected · {not_found} not found · {blocked} blocked · {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} is paused until {time} — the platform blocked the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform A daily run: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform A daily run: due now (since {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform A daily run: next {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform A: collected today at {time} by {desk}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same field was changed here and on another computer. The other computer&apos;s value is in the list now; choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to your office&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token your administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes stay on this computer and are sent to the server whenever it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop {kinds} files here to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: it is uploaded with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer yet: Open downloads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent forms (*.pdf *.jpg *.jpeg *.png *.heic *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {names}. It is uploaded with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program that opens {kind} files, so {name} could not be shown. Install a viewer for {kind} files; a copy is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the consent form &apos;{name}&apos;? It disappears from every computer after the next sync; an administrator can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove consent form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts on both platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see the person behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not collected yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {people} influencers and {accounts} accounts; updated {updated_people} influencers and {updated_accounts} accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row was not imported: save the error report, fix it and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows were not imported: save the error report, fix them and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar names, same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n groups of likely duplicates. Nothing is merged until you press Merge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %1 accounts and %2 consent forms moved to %3. File → Undo import… takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRefusedDialog</name>
    <message>
        <source>Edit and retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import from Excel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import influencers from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results to Excel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} accounts to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tab} as shown ({count} accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both platforms, one sheet each ({count} accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected rows ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xls), OpenDocument (.ods) or CSV. Title rows above the header are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recognise the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows under the header in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted accounts, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics older than</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Influencer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every influencer, their Platform A and Platform B accounts and their metrics in one list that all your colleagues share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your office&apos;s server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without a server for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} d ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history of the results …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what on every account the search finds and their people, as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChanges</name>
    <message>
        <source>Only rows that change an existing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more lines: narrow them with the filter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import influencers from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfluencerDialog</name>
    <message>
        <source>Platform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle or profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beauty, food, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{handle} or profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>{count}/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current item; what is done is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices, tokens, collection runs and conflicts on the sync server (needs an administrator&apos;s token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an influencer with their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to an influencer in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Influencer Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}. The current search does not include them; they are shown on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {what}. Undo with Ctrl+Z, or find it under Filters → Recently deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencers, their Platform A and Platform B accounts, metrics and Excel workflows — local-first, synced with your office&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the sheet and what it becomes. Change any that are wrong; columns set to &apos;(not imported)&apos; are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. &apos;Agency sheet&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>No history yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveAccountDialog</name>
    <message>
        <source>Move to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@{handle} now belongs to {name}. Pick the person it belongs to instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the person the account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleWithoutAccounts</name>
    <message>
        <source>Double-click to add an account to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} — no accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People without accounts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, handle or phone …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them (fill in and change fields; an empty cell never blanks a stored value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fill empty fields (keep every value already stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and accounts already in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people or accounts in the list have values this file would change (see the rows below). Only empty fields will be filled; choose &apos;Update them&apos; to let the file change those values.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rows} rows: {people} new influencers and {accounts} new accounts · {updated} updated · {unchanged} unchanged · {skipped} left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} left out by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows left …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting was cancelled. The import still leaves out the rows you ticked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were not accepted by the server and are not sent again by themselves. Correct and retry each, or discard it to get the server&apos;s values back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Analyze comments …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commenters and links under Platform A posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify sponsored posts …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that posts are still live and public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzing comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Browse …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search name, handle, email, phone, tags, notes …  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect Platform A every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the public site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} pace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} change(s) clashed with edits made on another computer; click the red badge below to choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept and sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online · synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} change(s) to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} consent form(s) to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n change(s) refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version {version} is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {count} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {count} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo deletes what the import created and gives changed fields their previous values, on every desk. Values someone changed after the import are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 people and %2 accounts deleted, %3 values put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because they changed after it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPostsDialog</name>
    <message>
        <source>Verify sponsored posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel file with profile and post URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each post is checked as a member of the public sees it. Your columns are kept; the results are added next to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReportDialog</name>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
