<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupCommand</name>
    <message>
        <source>backup written to %1</source>
        <translation>đã ghi bản sao lưu vào %1</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted backup: </source>
        <translation>Cụm mật khẩu cho bản sao lưu mã hóa: </translation>
    </message>
    <message>
        <source>an encrypted backup needs a passphrase: set SAFERETURN_PASSPHRASE or type it twice at the prompt</source>
        <translation>bản sao lưu mã hóa cần cụm mật khẩu: đặt SAFERETURN_PASSPHRASE hoặc nhập hai lần tại dấu nhắc</translation>
    </message>
    <message>
        <source>the passphrase needs at least %1 characters</source>
        <translation>cụm mật khẩu cần ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>encrypted backup written to %1</source>
        <translation>đã ghi bản sao lưu mã hóa vào %1</translation>
    </message>
    <message>
        <source>note: the disk of the database is full; this login and this backup are recorded in the backup copy only</source>
        <translation>lưu ý: ổ đĩa chứa cơ sở dữ liệu đã đầy; lần đăng nhập và lần sao lưu này chỉ được ghi lại trong bản sao lưu</translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>unknown case command %1 (the only one is &quot;print&quot;)</source>
        <translation>lệnh case không xác định %1 (chỉ có lệnh &quot;print&quot;)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>what to do with the case is missing: case print CASE-CODE</source>
        <translation>thiếu việc cần làm với hồ sơ: case print MÃ-HỒ-SƠ</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang phải là vi hoặc en</translation>
    </message>
    <message>
        <source>the case code is missing: case print CASE-CODE -o FILE.pdf</source>
        <translation>thiếu mã hồ sơ: case print MÃ-HỒ-SƠ -o TỆP.pdf</translation>
    </message>
    <message>
        <source>--document must be case-file, reception-minutes or support-receipts</source>
        <translation>--document phải là case-file, reception-minutes hoặc support-receipts</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required</source>
        <translation>cần có -o TỆP.pdf</translation>
    </message>
    <message>
        <source>--reception goes with reception-minutes or support-receipts</source>
        <translation>--reception chỉ dùng với reception-minutes hoặc support-receipts</translation>
    </message>
    <message>
        <source>--reception: %1 is neither a number nor a date (YYYY-MM-DD or dd/MM/yyyy)</source>
        <translation>--reception: %1 không phải là số thứ tự, cũng không phải là ngày (YYYY-MM-DD hoặc dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>không có hồ sơ %1</translation>
    </message>
    <message numerus="yes">
        <source>the case has %n reception(s): --reception %1 is not one of them</source>
        <translation>
            <numerusform>hồ sơ có %n lần tiếp nhận: --reception %1 không phải là một trong số đó</numerusform>
        </translation>
    </message>
    <message>
        <source>the case has no reception on %1</source>
        <translation>hồ sơ không có lần tiếp nhận nào vào ngày %1</translation>
    </message>
    <message>
        <source>the case has no reception to make minutes of</source>
        <translation>hồ sơ không có lần tiếp nhận nào để lập biên bản</translation>
    </message>
    <message>
        <source>the case document could not be written to %1: %2</source>
        <translation>không ghi được văn bản của hồ sơ vào %1: %2</translation>
    </message>
    <message>
        <source>case print: %1 written to %2
</source>
        <translation>case print: đã ghi %1 vào %2
</translation>
    </message>
    <message>
        <source>Usage:
  safereturn case print CASE-CODE [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME -o FILE.pdf [--document case-file|reception-minutes|support-receipts] [--reception DATE|N]

Writes a paper of one case as a PDF: the case file (default), the minutes of a reception for signatures, or the list of supports for the person to sign.
--reception picks a reception by its date (YYYY-MM-DD or dd/MM/yyyy) or its number (1 is the oldest); the minutes default to the latest reception, the support list to every reception.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt. Every paper written is recorded in the audit log.
Exit codes: 0 success, 1 runtime failure, 2 bad usage.
</source>
        <translation>Cách dùng:
  safereturn case print CASE-CODE [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME -o FILE.pdf [--document case-file|reception-minutes|support-receipts] [--reception DATE|N]

Ghi một văn bản của một hồ sơ ra tệp PDF: hồ sơ (mặc định), biên bản tiếp nhận của một lần tiếp nhận để các bên ký, hoặc danh sách ký nhận hỗ trợ để người được hỗ trợ ký.
--reception chọn một lần tiếp nhận theo ngày (YYYY-MM-DD hoặc dd/MM/yyyy) hoặc theo số thứ tự (1 là lần cũ nhất); mặc định biên bản lập cho lần tiếp nhận gần nhất, còn danh sách ký nhận gồm mọi lần tiếp nhận.
Mật khẩu của --user được đọc từ SAFERETURN_PASSWORD hoặc nhập tại dấu nhắc. Mọi văn bản đã ghi đều được ghi vào nhật ký kiểm tra.
Mã thoát: 0 thành công, 1 lỗi khi chạy, 2 dùng sai lệnh.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn case print --help&quot; for usage</source>
        <translation>chạy &quot;safereturn case print --help&quot; để xem cách dùng</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check of %1 failed: %2</source>
        <translation>kiểm tra %1 không thành công: %2</translation>
    </message>
    <message>
        <source>integrity ok</source>
        <translation>tính toàn vẹn: tốt</translation>
    </message>
    <message>
        <source>integrity failed</source>
        <translation>tính toàn vẹn: có lỗi</translation>
    </message>
    <message>
        <source>foreign keys ok</source>
        <translation>khóa ngoại: tốt</translation>
    </message>
    <message>
        <source>foreign keys failed</source>
        <translation>khóa ngoại: có lỗi</translation>
    </message>
    <message>
        <source>audit chain ok</source>
        <translation>chuỗi băm nhật ký kiểm tra: tốt</translation>
    </message>
    <message>
        <source>audit chain broken at row %1</source>
        <translation>chuỗi băm nhật ký kiểm tra bị đứt tại dòng %1</translation>
    </message>
    <message>
        <source>the audit log was truncated or rewritten after row %1</source>
        <translation>nhật ký kiểm tra đã bị cắt bớt hoặc bị viết lại sau dòng %1</translation>
    </message>
    <message>
        <source>account %1 (id %2) is in the audit log but no longer in the database</source>
        <translation>tài khoản %1 (mã %2) có trong nhật ký kiểm tra nhưng không còn trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>account %1 was not created through SafeReturn (no audit row)</source>
        <translation>tài khoản %1 không được tạo qua SafeReturn (không có dòng nhật ký kiểm tra)</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>disabled state</source>
        <translation>trạng thái vô hiệu hóa</translation>
    </message>
    <message>
        <source>must-change-password flag</source>
        <translation>cờ bắt buộc đổi mật khẩu</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <source>account %1 was changed outside SafeReturn: %2 not as in the audit log</source>
        <translation>tài khoản %1 đã bị thay đổi bên ngoài SafeReturn: %2 không khớp với nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>to repair an account, an administrator sets its role, state or password again in SafeReturn (Account &gt; Users…; each change is audited), or restores a backup</source>
        <translation>để sửa một tài khoản, quản trị viên đặt lại vai trò, trạng thái hoặc mật khẩu của nó trong SafeReturn (Tài khoản &gt; Người dùng…; mỗi thay đổi đều được ghi nhật ký), hoặc khôi phục một bản sao lưu</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>phiên bản lược đồ %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>vấn đề: %1</translation>
    </message>
    <message>
        <source>attachments ok (%1 checked)</source>
        <translation>tệp đính kèm: tốt (đã kiểm tra %1 tệp)</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) damaged (stored bytes do not match their SHA-256), ids: %1</source>
        <translation>
            <numerusform>%n tệp đính kèm bị hỏng (nội dung đã lưu không khớp với mã băm SHA-256), mã: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>to repair a damaged attachment, restore a backup made before the damage (safereturn restore)</source>
        <translation>để sửa tệp đính kèm bị hỏng, hãy khôi phục một bản sao lưu được tạo trước khi tệp bị hỏng (safereturn restore)</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>the users of %1 could not be read: %2</source>
        <translation>không đọc được danh sách người dùng của %1: %2</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Quản trị viên minh họa</translation>
    </message>
    <message>
        <source>demo: created the demo administrator &quot;%1&quot; (password in the README); change its password before real use
</source>
        <translation>demo: đã tạo quản trị viên minh họa &quot;%1&quot; (mật khẩu trong README); hãy đổi mật khẩu trước khi dùng thật
</translation>
    </message>
    <message>
        <source>%1 holds records that were not made by the demo, so no demo data and no demo administrator are written into it. To work with it, create the first administrator with &quot;safereturn user add --role administrator NAME&quot;; for demo data, give a new file with --db.</source>
        <translation>%1 có hồ sơ không phải do dữ liệu minh họa tạo ra, nên không ghi dữ liệu minh họa và quản trị viên minh họa vào đó. Để làm việc với tệp này, hãy tạo quản trị viên đầu tiên bằng &quot;safereturn user add --role administrator TÊN&quot;; muốn có dữ liệu minh họa, hãy chỉ định một tệp mới bằng --db.</translation>
    </message>
    <message>
        <source>the demo administrator could not be created: %1</source>
        <translation>không tạo được quản trị viên minh họa: %1</translation>
    </message>
    <message>
        <source>login refused: wrong user name or password</source>
        <translation>đăng nhập bị từ chối: sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <source><byte value="xd"/>demo: %1 of %2 persons</source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;demo: %1 / %2 người</translation>
    </message>
    <message>
        <source>%1 holds records that were not made by the demo; demo data is written only into a new database or one that holds demo records only (give a new file with --db). Nothing was written.</source>
        <translation>%1 có hồ sơ không phải do dữ liệu minh họa tạo ra; dữ liệu minh họa chỉ được ghi vào cơ sở dữ liệu mới hoặc chỉ chứa hồ sơ minh họa (hãy chỉ định một tệp mới bằng --db). Không có gì được ghi.</translation>
    </message>
    <message>
        <source>demo data could not be written to %1: %2; the batches committed before the error are kept</source>
        <translation>không ghi được dữ liệu minh họa vào %1: %2; các đợt đã ghi xong trước khi có lỗi vẫn được giữ</translation>
    </message>
    <message>
        <source>demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 border handovers in %6 s (%7 rows/s, seed %8)
</source>
        <translation>demo: đã ghi %1 người, %2 lượt tiếp nhận, %3 lượt hỗ trợ, %4 lượt theo dõi và %5 lượt trao trả tại biên giới trong %6 giây (%7 dòng/giây, seed %8)
</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang phải là vi hoặc en</translation>
    </message>
    <message>
        <source>run &quot;safereturn %1 --help&quot; for usage</source>
        <translation>chạy &quot;safereturn %1 --help&quot; để xem cách dùng</translation>
    </message>
    <message>
        <source>Usage:
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD
                    [--table %1] [--full] [--format csv|xlsx] [--zip] [-o FILE]
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --case CASE-CODE --full --zip [--with-attachments] -o FILE.zip
  safereturn export [--db FILE|LOCATION | --server NAME] --template [--format csv|xlsx] -o FILE
  safereturn import [--db FILE|LOCATION | --server NAME] --user NAME [--dry-run] [--update] [--add-missing-reference] [--sheet NAME] FILE.csv|FILE.xlsx

Exports are de-identified unless --full is given (full exports are audited).
--format xlsx writes an Excel workbook (.xlsx) with the same rows: Vietnamese column titles, dates and amounts formatted; the default is csv, or xlsx when -o ends in .xlsx. The xlsx template has drop-down lists from the database&apos;s reference lists.
--table attachments lists the attachments (name, type, size, SHA-256) without their content; it needs --full and cannot be imported.
--case writes one case (its receptions, supports and attachments list) into an encrypted ZIP; --with-attachments adds each attachment&apos;s file and a manifest of their SHA-256.
--zip writes an AES-256 encrypted ZIP; its passphrase (at least 10 characters) is read from SAFERETURN_PASSPHRASE or typed twice at the prompt, never stored.
Imports are all-or-nothing; every refused row is listed.
An .xlsx workbook is read from its first sheet, or the one --sheet names.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt.
--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and --server the name of a saved server profile; the server&apos;s password is typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Cách dùng:
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD
                    [--table %1] [--full] [--format csv|xlsx] [--zip] [-o FILE]
  safereturn export [--db FILE|LOCATION | --server NAME] --user NAME --case CASE-CODE --full --zip [--with-attachments] -o FILE.zip
  safereturn export [--db FILE|LOCATION | --server NAME] --template [--format csv|xlsx] -o FILE
  safereturn import [--db FILE|LOCATION | --server NAME] --user NAME [--dry-run] [--update] [--add-missing-reference] [--sheet NAME] FILE.csv|FILE.xlsx

Dữ liệu xuất được ẩn danh trừ khi có --full (xuất đầy đủ được ghi nhật ký).
--format xlsx ghi bảng tính Excel (.xlsx) với cùng các dòng: tên cột tiếng Việt, ngày và số tiền đã định dạng; mặc định là csv, hoặc xlsx khi -o kết thúc bằng .xlsx. Mẫu nhập xlsx có danh sách chọn lấy từ danh mục của cơ sở dữ liệu.
--table attachments liệt kê các tệp đính kèm (tên, loại, kích thước, SHA-256) nhưng không kèm nội dung; cần có --full và không nhập lại được.
--case ghi một hồ sơ (các lần tiếp nhận, khoản hỗ trợ và danh sách tệp đính kèm) vào một tệp ZIP mã hóa; --with-attachments thêm tệp của từng tệp đính kèm và một bảng kê mã băm SHA-256 của các tệp đó.
--zip ghi tệp ZIP mã hóa AES-256; cụm mật khẩu (ít nhất 10 ký tự) được đọc từ SAFERETURN_PASSPHRASE hoặc nhập hai lần tại dấu nhắc, không bao giờ được lưu.
Nhập dữ liệu theo nguyên tắc tất cả hoặc không; mọi dòng bị từ chối đều được liệt kê.
Bảng tính .xlsx được đọc từ trang tính đầu tiên, hoặc trang tính mà --sheet chỉ định.
Mật khẩu của --user được đọc từ SAFERETURN_PASSWORD hoặc nhập tại dấu nhắc.
--db cũng nhận địa chỉ của một máy chủ, postgresql://USER@HOST[:PORT]/DATABASE, và --server nhận tên của một hồ sơ máy chủ đã lưu; mật khẩu máy chủ được nhập tại dấu nhắc hoặc đọc từ PGPASSWORD hoặc ~/.pgpass, không bao giờ lấy từ dòng lệnh.
Mã thoát: 0 thành công, 1 lỗi khi chạy, 2 dùng sai lệnh hoặc dữ liệu vào không hợp lệ.
</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>--template needs -o FILE</source>
        <translation>--template cần -o FILE</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>template written to %1
</source>
        <translation>đã ghi mẫu vào %1
</translation>
    </message>
    <message>
        <source>--from and --to are required (dates as YYYY-MM-DD)</source>
        <translation>cần có --from và --to (ngày dạng YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--from: %1 không phải là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--to: %1 không phải là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>kỳ kết thúc (%1) trước khi bắt đầu (%2)</translation>
    </message>
    <message>
        <source><byte value="xd"/>export: %1 / %2 rows</source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;export: %1 / %2 dòng</translation>
    </message>
    <message>
        <source>Passphrase for the encrypted ZIP: </source>
        <translation>Cụm mật khẩu cho tệp ZIP mã hóa: </translation>
    </message>
    <message>
        <source>--zip needs a passphrase: set SAFERETURN_PASSPHRASE or type it twice at the prompt</source>
        <translation>--zip cần cụm mật khẩu: đặt SAFERETURN_PASSPHRASE hoặc nhập hai lần tại dấu nhắc</translation>
    </message>
    <message>
        <source>the passphrase needs at least %1 characters</source>
        <translation>cụm mật khẩu cần ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>export: %1 rows of %2 (%3) written to %4
</source>
        <translation>export: đã ghi %1 dòng %2 (%3) vào %4
</translation>
    </message>
    <message>
        <source>full, audited</source>
        <translation>đầy đủ, có ghi nhật ký</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>đã ẩn danh</translation>
    </message>
    <message>
        <source>--with-attachments goes with --case: attachments are exported case by case, in an encrypted ZIP</source>
        <translation>--with-attachments chỉ dùng với --case: tệp đính kèm được xuất theo từng hồ sơ, trong một tệp ZIP mã hóa</translation>
    </message>
    <message>
        <source>the attachments list names each person&apos;s papers: it is written by the full export only (add --full)</source>
        <translation>danh sách tệp đính kèm nêu tên giấy tờ của từng người: chỉ bản xuất đầy đủ mới ghi danh sách này (thêm --full)</translation>
    </message>
    <message>
        <source>--case writes the full export of one case into an encrypted ZIP: add --full and --zip</source>
        <translation>--case ghi bản xuất đầy đủ của một hồ sơ vào tệp ZIP mã hóa: thêm --full và --zip</translation>
    </message>
    <message>
        <source>--case exports the whole case: leave out --from, --to and --table</source>
        <translation>--case xuất toàn bộ hồ sơ: bỏ --from, --to và --table</translation>
    </message>
    <message>
        <source>--case needs -o FILE.zip</source>
        <translation>--case cần -o TỆP.zip</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>không có hồ sơ %1</translation>
    </message>
    <message>
        <source>export: case %1 (%2 receptions, %3 supports, %4 attachments listed, %5 attachment files) written to %6 (encrypted, audited)
</source>
        <translation>export: đã ghi hồ sơ %1 (%2 lượt tiếp nhận, %3 lượt hỗ trợ, %4 tệp đính kèm trong danh sách, %5 tệp đính kèm) vào %6 (đã mã hóa, có ghi nhật ký)
</translation>
    </message>
    <message>
        <source>--table must be one of %1</source>
        <translation>--table phải là một trong các giá trị %1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not %1</source>
        <translation>--format phải là csv hoặc xlsx, không phải %1</translation>
    </message>
    <message>
        <source>--case writes CSV files into its encrypted ZIP: leave out --format xlsx</source>
        <translation>--case ghi các tệp CSV vào tệp ZIP mã hóa: bỏ --format xlsx</translation>
    </message>
</context>
<context>
    <name>FindCommand</name>
    <message>
        <source>search in %1 failed: %2</source>
        <translation>tìm kiếm trong %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>GeneralCommand</name>
    <message>
        <source>note: %1 is opened read-only</source>
        <translation>lưu ý: %1 được mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>run &quot;safereturn --help&quot; for usage</source>
        <translation>chạy &quot;safereturn --help&quot; để xem cách dùng</translation>
    </message>
    <message>
        <source>the data folder could not be created</source>
        <translation>không thể tạo thư mục dữ liệu</translation>
    </message>
    <message>
        <source>warning: %1 is on a network file system; the database file needs a local disk, and several workstations need the server mode</source>
        <translation>cảnh báo: %1 nằm trên hệ thống tệp mạng; tệp cơ sở dữ liệu cần ổ đĩa cục bộ, và nhiều máy trạm cần chế độ máy chủ</translation>
    </message>
    <message>
        <source>Usage:
  safereturn [--db FILE|LOCATION | --server NAME] [--lang vi|en]
                                                  start the desktop application
  safereturn demo [--persons N] [--seed S]        write realistic synthetic records
  safereturn find TEXT                            case codes and names matching TEXT
  safereturn backup [--encrypt] -o FILE           write a backup of the database
                                                  (encrypted: passphrase from
                                                  SAFERETURN_PASSPHRASE or asked)
  safereturn restore FILE                         replace the database with a backup
  safereturn check                                check integrity and count records
  safereturn tasks [--for NAME] [--overdue]       open tasks of the user (or of NAME):
                                                  code, case, due date, what
  safereturn report --from D --to D [--format pdf|html|json|odt|xlsx] -o FILE
                                                  write the period summary report
  safereturn case print CODE -o FILE.pdf [--document D] [--reception R]
                                                  print a case file, reception
                                                  minutes or support receipts
  safereturn export --from D --to D [--table T] [--full] [--format csv|xlsx]
                    [-o FILE]                     export a period as CSV or Excel
  safereturn import [--dry-run] [--sheet NAME] FILE.csv|FILE.xlsx
                                                  import a CSV file or an Excel
                                                  workbook (all or nothing)
  safereturn user add [--role R] [--display-name TEXT] NAME
  safereturn user list | disable NAME | passwd [NAME]
                                                  manage user accounts
  safereturn server add-profile NAME --host H [--port P] --database D --user U
                    [--sslmode MODE]
  safereturn server list-profiles | remove-profile NAME
                                                  saved database servers
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)
                                                  a server&apos;s administrator: create
                                                  the tables, move a file in

Every command that reads or writes records needs --user NAME; the password is read
from SAFERETURN_PASSWORD or typed at the prompt. A new password (user add, user
passwd) comes from SAFERETURN_NEW_PASSWORD or the prompt. On a database without
users, &quot;user add --role administrator NAME&quot; creates the first administrator and
&quot;demo&quot; creates the demo administrator &quot;admin&quot; (see README). Roles: viewer,
social_worker, manager, administrator. Run &quot;safereturn report --help&quot; or
&quot;safereturn export --help&quot; for their options.

Common options:
  --db FILE        the database file (default: %1)
  --db LOCATION    a database on a PostgreSQL server:
                   postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]
                   (TLS required unless the server is on this computer)
  --server NAME    the database of a saved server profile
  --user NAME      the user running the command
  --lang vi|en     language of messages (default: vi)
  -h, --help       show this help
  -v, --version    show the version

The password of a database server is typed at the prompt or read from
PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the command line.

Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Cách dùng:
  safereturn [--db FILE|LOCATION | --server NAME] [--lang vi|en]
                                                  mở ứng dụng trên máy tính
  safereturn demo [--persons N] [--seed S]        ghi dữ liệu minh họa giống thực tế
  safereturn find TEXT                            mã hồ sơ và họ tên khớp với TEXT
  safereturn backup [--encrypt] -o FILE           sao lưu cơ sở dữ liệu
                                                  (mã hóa: cụm mật khẩu lấy từ
                                                  SAFERETURN_PASSPHRASE hoặc được hỏi)
  safereturn restore FILE                         thay cơ sở dữ liệu bằng một bản sao lưu
  safereturn check                                kiểm tra tính toàn vẹn và đếm số bản ghi
  safereturn tasks [--for NAME] [--overdue]       việc còn mở của người dùng (hoặc của NAME):
                                                  mã, hồ sơ, hạn, việc cần làm
  safereturn report --from D --to D [--format pdf|html|json|odt|xlsx] -o FILE
                                                  ghi báo cáo tổng hợp theo kỳ
  safereturn case print CODE -o FILE.pdf [--document D] [--reception R]
                                                  in hồ sơ, biên bản tiếp nhận hoặc
                                                  danh sách ký nhận hỗ trợ
  safereturn export --from D --to D [--table T] [--full] [--format csv|xlsx]
                    [-o FILE]                     xuất dữ liệu một kỳ ra tệp CSV hoặc Excel
  safereturn import [--dry-run] [--sheet NAME] FILE.csv|FILE.xlsx
                                                  nhập tệp CSV hoặc bảng tính Excel
                                                  (tất cả hoặc không)
  safereturn user add [--role R] [--display-name TEXT] NAME
  safereturn user list | disable NAME | passwd [NAME]
                                                  quản lý tài khoản người dùng
  safereturn server add-profile NAME --host H [--port P] --database D --user U
                    [--sslmode MODE]
  safereturn server list-profiles | remove-profile NAME
                                                  các máy chủ cơ sở dữ liệu đã lưu
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)
                                                  quản trị viên máy chủ: tạo bảng,
                                                  chuyển một tệp lên máy chủ

Mọi lệnh đọc hoặc ghi hồ sơ đều cần --user NAME; mật khẩu được đọc từ
SAFERETURN_PASSWORD hoặc nhập tại dấu nhắc. Mật khẩu mới (user add, user passwd)
lấy từ SAFERETURN_NEW_PASSWORD hoặc dấu nhắc. Với cơ sở dữ liệu chưa có người dùng,
&quot;user add --role administrator NAME&quot; tạo quản trị viên đầu tiên và &quot;demo&quot; tạo quản
trị viên minh họa &quot;admin&quot; (xem README). Vai trò: viewer (người xem), social_worker
(cán bộ công tác xã hội), manager (quản lý), administrator (quản trị viên). Chạy
&quot;safereturn report --help&quot; hoặc &quot;safereturn export --help&quot; để xem tùy chọn của chúng.

Tùy chọn chung:
  --db FILE        tệp cơ sở dữ liệu (mặc định: %1)
  --db LOCATION    cơ sở dữ liệu trên một máy chủ PostgreSQL:
                   postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]
                   (bắt buộc TLS trừ khi máy chủ nằm trên máy tính này)
  --server NAME    cơ sở dữ liệu của một hồ sơ máy chủ đã lưu
  --user NAME      người dùng chạy lệnh
  --lang vi|en     ngôn ngữ của thông báo (mặc định: vi)
  -h, --help       hiển thị hướng dẫn này
  -v, --version    hiển thị phiên bản

Mật khẩu máy chủ cơ sở dữ liệu được nhập tại dấu nhắc hoặc đọc từ
PGPASSWORD hoặc ~/.pgpass (PGPASSFILE), không bao giờ lấy từ dòng lệnh.

Mã thoát: 0 thành công, 1 lỗi khi chạy, 2 dùng sai lệnh hoặc dữ liệu vào không hợp lệ.
</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source><byte value="xd"/>import: %1 / %2 rows</source>
        <translation>&lt;byte value=&quot;xd&quot;/&gt;import: %1 / %2 dòng</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2; nothing was written</source>
        <translation>không nhập được %1: %2; không có gì được ghi</translation>
    </message>
    <message>
        <source>… and %1 more errors
</source>
        <translation>… và %1 lỗi khác
</translation>
    </message>
    <message>
        <source>added to the %1 list: %2 (code %3)
</source>
        <translation>đã thêm vào danh mục %1: %2 (mã %3)
</translation>
    </message>
    <message>
        <source>%1: %2 errors; nothing was imported
</source>
        <translation>%1: %2 lỗi; không có gì được nhập
</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 are valid (dry run, nothing written)
</source>
        <translation>%1: %2 dòng của bảng %3 hợp lệ (chạy thử, không ghi gì)
</translation>
    </message>
    <message>
        <source>%1: %2 rows of %3 imported: %4 created, %5 updated; persons %6 created, %7 updated
</source>
        <translation>%1: đã nhập %2 dòng của bảng %3: %4 tạo mới, %5 cập nhật; người: %6 tạo mới, %7 cập nhật
</translation>
    </message>
    <message>
        <source>: row %1</source>
        <translation>: dòng %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, cột %1</translation>
    </message>
    <message>
        <source>, value &quot;%1&quot;</source>
        <translation>, giá trị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import needs a CSV or Excel (.xlsx) file</source>
        <translation>lệnh import cần một tệp CSV hoặc bảng tính Excel (.xlsx)</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, cột %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>%1 needs the profile NAME</source>
        <translation>%1 cần TÊN hồ sơ máy chủ</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang phải là vi hoặc en</translation>
    </message>
    <message>
        <source>Usage:
  safereturn server add-profile NAME --host HOST [--port PORT] --database DB
                    --user USER [--sslmode MODE]
  safereturn server list-profiles
  safereturn server remove-profile NAME

A profile saves how this computer&apos;s user reaches a SafeReturn database on a
PostgreSQL server; &quot;--server NAME&quot; then uses it in every command and the
desktop application offers it at login. No password is saved: it is typed at
the prompt or read from PGPASSWORD or ~/.pgpass (PGPASSFILE).
--port defaults to 5432. --sslmode is disable, allow, prefer, require, verify-ca
or verify-full; by default TLS is required unless the host is this computer.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input.
</source>
        <translation>Cách dùng:
  safereturn server add-profile NAME --host HOST [--port PORT] --database DB
                    --user USER [--sslmode MODE]
  safereturn server list-profiles
  safereturn server remove-profile NAME

Hồ sơ máy chủ ghi lại cách người dùng máy tính này kết nối tới cơ sở dữ liệu
SafeReturn trên một máy chủ PostgreSQL; sau đó &quot;--server NAME&quot; dùng hồ sơ này
trong mọi lệnh, còn ứng dụng trên máy tính cho chọn nó khi đăng nhập. Mật khẩu không
được lưu: nhập tại dấu nhắc hoặc đọc từ PGPASSWORD hoặc ~/.pgpass (PGPASSFILE).
--port mặc định là 5432. --sslmode là disable, allow, prefer, require, verify-ca
hoặc verify-full; mặc định bắt buộc TLS trừ khi máy chủ là chính máy tính này.
Mã thoát: 0 thành công, 1 lỗi khi chạy, 2 dùng sai lệnh hoặc dữ liệu vào không hợp lệ.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn server add-profile --help&quot; for usage</source>
        <translation>chạy &quot;safereturn server add-profile --help&quot; để xem cách dùng</translation>
    </message>
    <message>
        <source>a server profile named &quot;%1&quot; already exists; remove it first or choose another name</source>
        <translation>đã có hồ sơ máy chủ tên &quot;%1&quot;; hãy xóa hồ sơ đó trước hoặc chọn tên khác</translation>
    </message>
    <message>
        <source>a profile name is one word without spaces, &quot;/&quot; or &quot;\&quot;, at most 64 characters</source>
        <translation>tên hồ sơ là một từ, không có dấu cách, &quot;/&quot; hoặc &quot;\&quot;, tối đa 64 ký tự</translation>
    </message>
    <message>
        <source>add-profile needs --host HOST</source>
        <translation>add-profile cần --host HOST</translation>
    </message>
    <message>
        <source>--host: a host name or IP address, without spaces</source>
        <translation>--host: tên máy chủ hoặc địa chỉ IP, không có dấu cách</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port cần một số từ 1 đến 65535</translation>
    </message>
    <message>
        <source>add-profile needs --database DB</source>
        <translation>add-profile cần --database DB</translation>
    </message>
    <message>
        <source>--database: a name without spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;, at most 63 bytes</source>
        <translation>--database: một tên không có dấu cách, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; hoặc &quot;#&quot;, tối đa 63 byte</translation>
    </message>
    <message>
        <source>add-profile needs --user USER</source>
        <translation>add-profile cần --user USER</translation>
    </message>
    <message>
        <source>--user: a name without spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;, at most 63 bytes</source>
        <translation>--user: một tên không có dấu cách, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; hoặc &quot;#&quot;, tối đa 63 byte</translation>
    </message>
    <message>
        <source>--sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>--sslmode phải là disable, allow, prefer, require, verify-ca hoặc verify-full</translation>
    </message>
    <message>
        <source>the profile could not be saved in the settings: %1</source>
        <translation>không lưu được hồ sơ máy chủ vào cài đặt: %1</translation>
    </message>
    <message>
        <source>server profile %1 saved: %2 (TLS: %3)</source>
        <translation>đã lưu hồ sơ máy chủ %1: %2 (TLS: %3)</translation>
    </message>
    <message>
        <source>there is no saved server named &quot;%1&quot;</source>
        <translation>không có máy chủ đã lưu nào tên &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the profile could not be removed from the settings: %1</source>
        <translation>không xóa được hồ sơ máy chủ khỏi cài đặt: %1</translation>
    </message>
    <message>
        <source>server profile %1 removed</source>
        <translation>đã xóa hồ sơ máy chủ %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm xuống</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng lên</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọ&amp;n tất cả</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Kết thúc:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang biểu ngữ</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Thời điểm cụ thể</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin thanh toán:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Hẹn giờ in:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Có độ mật</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại vô thời hạn</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Độ ưu tiên của lệnh in:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không có độ mật</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tên &amp;tệp:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục tệp</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục đã nhập.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Đến thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang chế độ xem chi tiết</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp đã nhập.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang chế độ xem danh sách</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;Không thể dùng tên &quot;%1&quot;.&lt;/b&gt;&lt;p&gt;Hãy dùng tên khác, ít ký tự hơn hoặc không có dấu câu.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Không thể dùng tên &quot;%1&quot;.&lt;/b&gt;&lt;p&gt;Hãy dùng tên khác, ít ký tự hơn hoặc không có dấu câu.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Khổ dọc đảo ngược</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Khổ ngang đảo ngược</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Phong bì You 4</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 × 10 inch)</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 Extra</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 Extra</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 Small</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 × 10.5 inch)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 Extra</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 Extra</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Phong bì Invite</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Fan-fold German (8.5 × 12 inch)</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <translation>%1 × %2 inch</translation>
    </message>
    <message>
        <source>Super A</source>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Fan-fold US (14.875 × 11 inch)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Fan-fold German Legal (8.5 × 13 inch)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Tùy chỉnh (%1 inch × %2 inch)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Tùy chỉnh (%1mm × %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Tùy chỉnh (%1CC × %2CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Tùy chỉnh (%1DD × %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Tùy chỉnh (%1pc × %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Tùy chỉnh (%1pt × %2pt)</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation>Tabloid Extra</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Phong bì Italian</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 × 13 inch)</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Phong bì Personal</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng đồng thời hai tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Tập trang&apos;.
Hãy tắt một trong hai tùy chọn đó.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp ...</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Giá trị &apos;Từ&apos; không được lớn hơn giá trị &apos;Đến&apos;.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Thiết lập in hai mặt có xung đột. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Khai báo trang không hợp lệ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Hãy dùng &apos;,&apos; để ngăn cách các khoảng trang và trang, &apos;-&apos; để xác định khoảng trang, và bảo đảm các khoảng trang không chồng lên nhau.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột thiết lập in hai mặt</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem tổng quan tất cả các trang</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao có xung đột. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang có xung đột. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn có xung đột. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Cạnh dài</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang độ xám</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Cạnh ngắn</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sắp theo bộ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Tập trang:</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy. Khoảng trang gồm hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Thuộc tính</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ liên &amp;kết</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang phải là vi hoặc en</translation>
    </message>
    <message>
        <source>--from and --to are required (dates as YYYY-MM-DD)</source>
        <translation>cần có --from và --to (ngày dạng YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>cần có -o FILE</translation>
    </message>
    <message>
        <source>--from: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--from: %1 không phải là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to: %1 is not a date of the form YYYY-MM-DD</source>
        <translation>--to: %1 không phải là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>kỳ kết thúc (%1) trước khi bắt đầu (%2)</translation>
    </message>
    <message>
        <source>the report could not be written to %1: %2</source>
        <translation>không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message>
        <source>report: %1 persons, %2 receptions in %3 – %4 written to %5
</source>
        <translation>report: %1 người, %2 lượt tiếp nhận trong kỳ %3 – %4 đã ghi vào %5
</translation>
    </message>
    <message>
        <source>run &quot;safereturn report --help&quot; for usage</source>
        <translation>chạy &quot;safereturn report --help&quot; để xem cách dùng</translation>
    </message>
    <message>
        <source>safereturn report: %1
</source>
        <translation>safereturn report: %1
</translation>
    </message>
    <message>
        <source>--format must be pdf, html, json, odt or xlsx</source>
        <translation>--format phải là pdf, html, json, odt hoặc xlsx</translation>
    </message>
    <message>
        <source>Usage:
  safereturn report [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json|odt|xlsx] -o FILE

Writes the period summary report (default format: pdf). xlsx writes its tables as an Excel workbook, one sheet per section, the figures as numbers.
The password of --user is read from SAFERETURN_PASSWORD or typed at the prompt.
--db also takes a server location, postgresql://USER@HOST[:PORT]/DATABASE, and --server the name of a saved server profile; the server&apos;s password is typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the command line.
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad dates.
</source>
        <translation>Cách dùng:
  safereturn report [--db FILE|LOCATION | --server NAME] [--lang vi|en] --user NAME --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|html|json|odt|xlsx] -o FILE

Ghi báo cáo tổng hợp theo kỳ (định dạng mặc định: pdf). xlsx ghi các bảng của báo cáo thành bảng tính Excel, mỗi mục một trang tính, số liệu là số.
Mật khẩu của --user được đọc từ SAFERETURN_PASSWORD hoặc nhập tại dấu nhắc.
--db cũng nhận địa chỉ của một máy chủ, postgresql://USER@HOST[:PORT]/DATABASE, và --server nhận tên của một hồ sơ máy chủ đã lưu; mật khẩu máy chủ được nhập tại dấu nhắc hoặc đọc từ PGPASSWORD hoặc ~/.pgpass, không bao giờ lấy từ dòng lệnh.
Mã thoát: 0 thành công, 1 lỗi khi chạy, 2 dùng sai lệnh hoặc ngày không hợp lệ.
</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>backup file not found: %1</source>
        <translation>không tìm thấy tệp sao lưu: %1</translation>
    </message>
    <message>
        <source>the users of %1 could not be read: %2</source>
        <translation>không đọc được danh sách người dùng của %1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SafeReturn; the database was not changed</source>
        <translation>%1 được tạo bởi phiên bản SafeReturn mới hơn; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 is the database itself, one of its journal files or a database in use, not a backup; the database was not changed</source>
        <translation>%1 chính là cơ sở dữ liệu, một tệp nhật ký giao dịch của nó hoặc một cơ sở dữ liệu đang được dùng, không phải bản sao lưu; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>restore from %1 failed: %2</source>
        <translation>khôi phục từ %1 không thành công: %2</translation>
    </message>
    <message>
        <source>%1 restored from %2</source>
        <translation>đã khôi phục %1 từ %2</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted backup: </source>
        <translation>Cụm mật khẩu của bản sao lưu mã hóa: </translation>
    </message>
    <message>
        <source>%1 is encrypted: set SAFERETURN_PASSPHRASE or type the passphrase at the prompt</source>
        <translation>%1 đã được mã hóa: đặt SAFERETURN_PASSPHRASE hoặc nhập cụm mật khẩu tại dấu nhắc</translation>
    </message>
    <message>
        <source>wrong passphrase for %1, or the file is damaged; the database was not changed</source>
        <translation>sai cụm mật khẩu của %1, hoặc tệp bị hỏng; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 holds records but no user accounts, so a backup may not be restored into it without a login. Create the first administrator with &quot;safereturn user add --role administrator NAME&quot;, then run the restore with --user NAME.</source>
        <translation>%1 có hồ sơ nhưng không có tài khoản người dùng, nên không được khôi phục bản sao lưu vào đó khi chưa đăng nhập. Hãy tạo quản trị viên đầu tiên bằng &quot;safereturn user add --role administrator TÊN&quot;, rồi chạy lệnh khôi phục với --user TÊN.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>unknown option %1</source>
        <translation>tùy chọn không hợp lệ %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>tùy chọn %1 cần một giá trị</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>đối số không mong đợi %1</translation>
    </message>
    <message>
        <source>server init needs --db postgresql://USER@HOST[:PORT]/DATABASE or --server NAME</source>
        <translation>server init cần --db postgresql://USER@HOST[:PORT]/DATABASE hoặc --server TÊN</translation>
    </message>
    <message>
        <source>server migrate needs --to postgresql://USER@HOST[:PORT]/DATABASE or --server NAME</source>
        <translation>server migrate cần --to postgresql://USER@HOST[:PORT]/DATABASE hoặc --server TÊN</translation>
    </message>
    <message>
        <source>%1 must name a server database: postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>%1 phải chỉ một cơ sở dữ liệu trên máy chủ: postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>server migrate needs --from FILE (the database file)</source>
        <translation>server migrate cần --from TỆP (tệp cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>--lang must be vi or en</source>
        <translation>--lang phải là vi hoặc en</translation>
    </message>
    <message>
        <source>Usage:
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)

For the administrator of a database server (docs/server.md). LOCATION is
postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the server password is
typed at the prompt or read from PGPASSWORD or ~/.pgpass, never from the
command line.
init creates SafeReturn&apos;s tables in an empty server database; its USER must be
allowed to create tables (the database&apos;s owner). --grant ROLE then gives the
server role used every day what SafeReturn needs, and no right to change tables.
migrate copies every record, reference list, setting, user and audit row of the
database FILE into an empty server database that init prepared, in one
transaction, then compares the row counts and the period report on both sides.
Ctrl+C stops it and leaves the server database unchanged.
Exit codes: 0 success, 1 runtime failure or a difference found, 2 bad usage.
</source>
        <translation>Cách dùng:
  safereturn server init (--db LOCATION | --server NAME) [--grant ROLE]
  safereturn server migrate --from FILE (--to LOCATION | --server NAME)

Dành cho quản trị viên máy chủ cơ sở dữ liệu (docs/server.md). LOCATION là
postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; mật khẩu máy chủ được
nhập tại dấu nhắc hoặc đọc từ PGPASSWORD hay ~/.pgpass, không bao giờ lấy từ
dòng lệnh.
init tạo các bảng của SafeReturn trong một cơ sở dữ liệu trống trên máy chủ;
USER phải được phép tạo bảng (chủ sở hữu cơ sở dữ liệu). --grant ROLE sau đó cấp
cho vai trò máy chủ dùng hằng ngày những quyền SafeReturn cần, không có quyền
thay đổi bảng.
migrate sao chép mọi hồ sơ, danh mục, thiết lập, người dùng và dòng nhật ký của
tệp cơ sở dữ liệu FILE vào cơ sở dữ liệu trống do init chuẩn bị, trong một giao
dịch, rồi so sánh số dòng và báo cáo kỳ ở hai bên.
Ctrl+C dừng lại và để nguyên cơ sở dữ liệu trên máy chủ.
Mã thoát: 0 thành công, 1 lỗi khi chạy hoặc thấy khác biệt, 2 dùng sai lệnh.
</translation>
    </message>
    <message>
        <source>run &quot;safereturn server %1 --help&quot; for usage</source>
        <translation>chạy &quot;safereturn server %1 --help&quot; để xem cách dùng</translation>
    </message>
    <message>
        <source>--server must name a saved server profile</source>
        <translation>--server phải là tên một hồ sơ máy chủ đã lưu</translation>
    </message>
    <message>
        <source>the server user of %1 may not create tables in this database; run server init as the database&apos;s owner (docs/server.md), nothing was changed</source>
        <translation>người dùng máy chủ của %1 không được tạo bảng trong cơ sở dữ liệu này; hãy chạy server init bằng chủ sở hữu cơ sở dữ liệu (docs/server.md); không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>SafeReturn&apos;s tables (schema version %1) were created in %2
</source>
        <translation>đã tạo các bảng của SafeReturn (phiên bản lược đồ %1) trong %2
</translation>
    </message>
    <message>
        <source>%1 already holds SafeReturn&apos;s tables (schema version %2); nothing was created
</source>
        <translation>%1 đã có các bảng của SafeReturn (phiên bản lược đồ %2); không tạo gì thêm
</translation>
    </message>
    <message>
        <source>--grant: a server role name of lower-case letters, digits and &quot;_&quot;, at most 63 characters</source>
        <translation>--grant: tên vai trò máy chủ gồm chữ thường, chữ số và &quot;_&quot;, tối đa 63 ký tự</translation>
    </message>
    <message>
        <source>there is no server role named &quot;%1&quot;; create it first (docs/server.md), then run server init --grant again</source>
        <translation>không có vai trò máy chủ tên &quot;%1&quot;; hãy tạo nó trước (docs/server.md), rồi chạy lại server init --grant</translation>
    </message>
    <message>
        <source>the rights of %1 could not be granted: %2</source>
        <translation>không cấp được quyền cho %1: %2</translation>
    </message>
    <message>
        <source>the server role %1 may now read, add and change SafeReturn&apos;s records in this database; it may not delete records nor change tables
</source>
        <translation>vai trò máy chủ %1 nay được đọc, thêm và sửa hồ sơ SafeReturn trong cơ sở dữ liệu này; không được xóa hồ sơ hay thay đổi bảng
</translation>
    </message>
    <message>
        <source>--from: %1 is not a database file</source>
        <translation>--from: %1 không phải là tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>server migrate: computing the report summaries…
</source>
        <translation>server migrate: đang tính số liệu tổng hợp cho báo cáo…
</translation>
    </message>
    <message>
        <source>server migrate: %1: %2 / %3 rows</source>
        <translation>server migrate: %1: %2 / %3 dòng</translation>
    </message>
    <message>
        <source>stopped; the server database was not changed</source>
        <translation>đã dừng; cơ sở dữ liệu trên máy chủ không bị thay đổi</translation>
    </message>
    <message>
        <source>the server database already holds records, users or audit rows (table %1); a migration goes only into an empty database that &quot;safereturn server init&quot; prepared; nothing was changed</source>
        <translation>cơ sở dữ liệu trên máy chủ đã có hồ sơ, người dùng hoặc dòng nhật ký (bảng %1); chỉ chuyển được vào cơ sở dữ liệu trống do &quot;safereturn server init&quot; chuẩn bị; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the copy failed and the server database was not changed: %1</source>
        <translation>sao chép không thành công và cơ sở dữ liệu trên máy chủ không bị thay đổi: %1</translation>
    </message>
    <message>
        <source>copied %1 to %2
</source>
        <translation>đã sao chép %1 sang %2
</translation>
    </message>
    <message>
        <source>the copy was committed, but it could not be checked: %1; keep the file and ask for help before using the server</source>
        <translation>bản sao đã được ghi nhưng không kiểm tra được: %1; hãy giữ lại tệp và nhờ hỗ trợ trước khi dùng máy chủ</translation>
    </message>
    <message>
        <source>table	file	server
</source>
        <translation>bảng	tệp	máy chủ
</translation>
    </message>
    <message>
        <source>row counts: equal on both sides
</source>
        <translation>số dòng: bằng nhau ở cả hai bên
</translation>
    </message>
    <message>
        <source>row counts: DIFFERENT (see the table above)
</source>
        <translation>số dòng: KHÁC NHAU (xem bảng trên)
</translation>
    </message>
    <message>
        <source>period report %1 – %2: identical on both sides
</source>
        <translation>báo cáo kỳ %1 – %2: giống hệt nhau ở cả hai bên
</translation>
    </message>
    <message>
        <source>period report %1 – %2: DIFFERENT on the server
</source>
        <translation>báo cáo kỳ %1 – %2: KHÁC trên máy chủ
</translation>
    </message>
    <message>
        <source>audit log on the server: hash chain intact
</source>
        <translation>nhật ký kiểm tra trên máy chủ: chuỗi băm nguyên vẹn
</translation>
    </message>
    <message>
        <source>audit log on the server: hash chain BROKEN
</source>
        <translation>nhật ký kiểm tra trên máy chủ: chuỗi băm BỊ ĐỨT
</translation>
    </message>
    <message>
        <source>the copy was committed but a check found a difference; keep the file and ask for help before using the server</source>
        <translation>bản sao đã được ghi nhưng phép kiểm tra thấy khác biệt; hãy giữ lại tệp và nhờ hỗ trợ trước khi dùng máy chủ</translation>
    </message>
    <message>
        <source>attachments on the server: %1 read back, bytes identical (SHA-256)
</source>
        <translation>tệp đính kèm trên máy chủ: đã đọc lại %1 tệp, nội dung giống hệt (SHA-256)
</translation>
    </message>
    <message>
        <source>attachments on the server: %1 of %2 DIFFERENT from their SHA-256
</source>
        <translation>tệp đính kèm trên máy chủ: %1 trong số %2 tệp KHÁC với mã băm SHA-256 của chúng
</translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>không có người dùng tên &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a manager or an administrator may list another user&apos;s tasks</source>
        <translation>chỉ quản lý hoặc quản trị viên mới được xem danh sách công việc của người dùng khác</translation>
    </message>
    <message>
        <source>reading the tasks in %1 failed: %2</source>
        <translation>đọc công việc trong %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới cho %1: </translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>không có người dùng tên %1</translation>
    </message>
    <message>
        <source>the users of %1 could not be read: %2</source>
        <translation>không đọc được danh sách người dùng của %1: %2</translation>
    </message>
    <message>
        <source>the first user must be an administrator: add --role administrator</source>
        <translation>người dùng đầu tiên phải là quản trị viên: thêm --role administrator</translation>
    </message>
    <message>
        <source>no password: set SAFERETURN_PASSWORD or run the command on a terminal</source>
        <translation>không có mật khẩu: hãy đặt SAFERETURN_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>administrator %1 created</source>
        <translation>đã tạo quản trị viên %1</translation>
    </message>
    <message>
        <source>no new password: set SAFERETURN_NEW_PASSWORD or run the command on a terminal</source>
        <translation>không có mật khẩu mới: hãy đặt SAFERETURN_NEW_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>user %1 created (%2); the password must be changed at the first login</source>
        <translation>đã tạo người dùng %1 (%2); phải đổi mật khẩu ở lần đăng nhập đầu tiên</translation>
    </message>
    <message>
        <source>the users could not be read: %1</source>
        <translation>không đọc được danh sách người dùng: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>đang bị khóa</translation>
    </message>
    <message>
        <source>user %1 disabled</source>
        <translation>đã vô hiệu hóa người dùng %1</translation>
    </message>
    <message>
        <source>this command needs --user NAME; the password is read from SAFERETURN_PASSWORD or typed at the prompt</source>
        <translation>lệnh này cần --user NAME; mật khẩu được đọc từ SAFERETURN_PASSWORD hoặc nhập tại dấu nhắc</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>Mật khẩu hiện tại của %1: </translation>
    </message>
    <message>
        <source>password of %1 changed</source>
        <translation>đã đổi mật khẩu của %1</translation>
    </message>
    <message>
        <source>password of %1 reset; it must be changed at the next login</source>
        <translation>đã đặt lại mật khẩu của %1; phải đổi mật khẩu ở lần đăng nhập tiếp theo</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 is not a SafeReturn backup; the database was not changed</source>
        <translation>%1 không phải là bản sao lưu SafeReturn; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>login refused: wrong user name or password</source>
        <translation>đăng nhập bị từ chối: sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <source>a user named %1 already exists</source>
        <translation>đã có người dùng tên %1</translation>
    </message>
    <message>
        <source>user names are 2 to 64 letters (a-z, A-Z), digits, dots, hyphens or underscores</source>
        <translation>tên người dùng gồm 2 đến 64 ký tự: chữ cái (a-z, A-Z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới</translation>
    </message>
    <message>
        <source>the password needs at least %1 characters</source>
        <translation>mật khẩu cần ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>the password is too long</source>
        <translation>mật khẩu quá dài</translation>
    </message>
    <message>
        <source>this password is on the list of common passwords; choose another</source>
        <translation>mật khẩu này nằm trong danh sách mật khẩu phổ biến; hãy chọn mật khẩu khác</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>mật khẩu không được trùng với tên người dùng</translation>
    </message>
    <message>
        <source>the last active administrator cannot be disabled or lose the role</source>
        <translation>không thể vô hiệu hóa hoặc bỏ vai trò của quản trị viên đang hoạt động cuối cùng</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>bạn không thể vô hiệu hóa tài khoản của chính mình</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>không có người dùng tên %1</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete; the database was not changed</source>
        <translation>%1 bị hỏng hoặc không đầy đủ; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 is not a complete SafeReturn backup: its tables, indexes or triggers differ from those of its version; the database was not changed</source>
        <translation>%1 không phải là bản sao lưu SafeReturn đầy đủ: các bảng, chỉ mục hoặc trigger khác với phiên bản của nó; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 has no active administrator, so nobody could manage the restored database; the database was not changed</source>
        <translation>%1 không có quản trị viên nào đang hoạt động, nên sẽ không ai quản lý được cơ sở dữ liệu sau khi khôi phục; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 holds no user accounts and would remove every account of this database; restore it only into a new database without users</source>
        <translation>%1 không có tài khoản người dùng nào và sẽ xóa mọi tài khoản của cơ sở dữ liệu này; chỉ khôi phục nó vào một cơ sở dữ liệu mới chưa có người dùng</translation>
    </message>
    <message>
        <source>the audit log in %1 was changed after it was written (its hash chain is broken); the database was not changed</source>
        <translation>nhật ký kiểm tra trong %1 đã bị thay đổi sau khi được ghi (chuỗi băm bị đứt); cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 has records that point to missing records; the database was not changed</source>
        <translation>%1 có bản ghi trỏ tới bản ghi không tồn tại; cơ sở dữ liệu không bị thay đổi</translation>
    </message>
    <message>
        <source>backup to %1 failed: the disk is full</source>
        <translation>sao lưu vào %1 không thành công: ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>backup to %1 failed: the database stayed locked by another program</source>
        <translation>sao lưu vào %1 không thành công: cơ sở dữ liệu vẫn bị một chương trình khác khóa</translation>
    </message>
    <message>
        <source>backup to %1 failed: the database is damaged; restore it from a backup</source>
        <translation>sao lưu vào %1 không thành công: cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>backup to %1 failed: the database or the target could not be read or written</source>
        <translation>sao lưu vào %1 không thành công: không đọc hoặc ghi được cơ sở dữ liệu hoặc tệp đích</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>sao lưu vào %1 không thành công: %2</translation>
    </message>
    <message>
        <source>the user could not be saved: %1</source>
        <translation>không lưu được người dùng: %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>lệnh không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>tùy chọn không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; needs a value</source>
        <translation>tùy chọn &quot;%1&quot; cần một giá trị</translation>
    </message>
    <message>
        <source>--persons needs a positive whole number</source>
        <translation>--persons cần một số nguyên dương</translation>
    </message>
    <message>
        <source>--seed needs a whole number (0 or more)</source>
        <translation>--seed cần một số nguyên (từ 0 trở lên)</translation>
    </message>
    <message>
        <source>--lang must be &quot;vi&quot; or &quot;en&quot;</source>
        <translation>--lang phải là &quot;vi&quot; hoặc &quot;en&quot;</translation>
    </message>
    <message>
        <source>--role must be viewer, social_worker, manager or administrator</source>
        <translation>--role phải là viewer, social_worker, manager hoặc administrator</translation>
    </message>
    <message>
        <source>bad value for option &quot;%1&quot;</source>
        <translation>giá trị không hợp lệ cho tùy chọn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>find needs the TEXT to search for</source>
        <translation>find cần VĂN BẢN để tìm kiếm</translation>
    </message>
    <message>
        <source>backup needs the output file: -o FILE</source>
        <translation>backup cần tệp đầu ra: -o FILE</translation>
    </message>
    <message>
        <source>restore needs the backup FILE</source>
        <translation>restore cần TỆP sao lưu</translation>
    </message>
    <message>
        <source>user needs one of: add NAME, list, disable NAME, passwd [NAME]</source>
        <translation>user cần một trong các lệnh: add NAME, list, disable NAME, passwd [NAME]</translation>
    </message>
    <message>
        <source>missing argument for &quot;%1&quot;</source>
        <translation>thiếu đối số cho &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>đối số không mong đợi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--db and --server both name a database; give only one of them</source>
        <translation>--db và --server đều chỉ định một cơ sở dữ liệu; chỉ dùng một trong hai</translation>
    </message>
    <message>
        <source>there is no saved server named &quot;%1&quot;; &quot;safereturn server list-profiles&quot; lists them and &quot;safereturn server add-profile&quot; saves one</source>
        <translation>không có máy chủ đã lưu nào tên &quot;%1&quot;; &quot;safereturn server list-profiles&quot; liệt kê các máy chủ đã lưu và &quot;safereturn server add-profile&quot; lưu thêm một máy chủ</translation>
    </message>
    <message>
        <source>--db: a server location is written postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]</source>
        <translation>--db: địa chỉ máy chủ được viết dạng postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>a database server password is never given on the command line (shell histories and process lists keep it): type it at the prompt, or put it in ~/.pgpass (PGPASSFILE) or PGPASSWORD</source>
        <translation>không bao giờ đưa mật khẩu máy chủ cơ sở dữ liệu vào dòng lệnh (lịch sử lệnh và danh sách tiến trình sẽ giữ lại nó): hãy nhập tại dấu nhắc, hoặc ghi vào ~/.pgpass (PGPASSFILE) hay PGPASSWORD</translation>
    </message>
</context>
<context>
    <name>cli_auth</name>
    <message>
        <source>this command needs --user NAME; the password is read from SAFERETURN_PASSWORD or typed at the prompt</source>
        <translation>lệnh này cần --user NAME; mật khẩu được đọc từ SAFERETURN_PASSWORD hoặc nhập tại dấu nhắc</translation>
    </message>
    <message>
        <source>the database has no users yet; create the first administrator with &quot;safereturn user add --role administrator NAME&quot;</source>
        <translation>cơ sở dữ liệu chưa có người dùng; hãy tạo quản trị viên đầu tiên bằng &quot;safereturn user add --role administrator NAME&quot;</translation>
    </message>
    <message>
        <source>no password: set SAFERETURN_PASSWORD or run the command on a terminal</source>
        <translation>không có mật khẩu: hãy đặt SAFERETURN_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>login refused: the account is locked for %1 minutes after %2 wrong passwords</source>
        <translation>đăng nhập bị từ chối: tài khoản bị khóa %1 phút sau %2 lần nhập sai mật khẩu</translation>
    </message>
    <message>
        <source>login refused: the account is disabled</source>
        <translation>đăng nhập bị từ chối: tài khoản đã bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>login refused: wrong user name or password</source>
        <translation>đăng nhập bị từ chối: sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <source>permission denied: your role may not do this (%1)</source>
        <translation>không có quyền: vai trò của bạn không được làm việc này (%1)</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Nhập lại: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>hai mật khẩu không khớp nhau</translation>
    </message>
    <message>
        <source>the password of %1 must be changed first (it was set by an administrator): run &quot;safereturn user passwd --user %1&quot;</source>
        <translation>phải đổi mật khẩu của %1 trước (mật khẩu do quản trị viên đặt): hãy chạy &quot;safereturn user passwd --user %1&quot;</translation>
    </message>
    <message>
        <source>login refused: the role or state of this account was changed outside SafeReturn; an administrator must set it again in SafeReturn or restore a backup (&quot;safereturn check&quot; lists what differs)</source>
        <translation>đăng nhập bị từ chối: vai trò hoặc trạng thái của tài khoản này đã bị thay đổi bên ngoài SafeReturn; quản trị viên phải đặt lại trong SafeReturn hoặc khôi phục bản sao lưu (&quot;safereturn check&quot; liệt kê những điểm khác nhau)</translation>
    </message>
    <message>
        <source>the disk that holds the database is full, so the login cannot be recorded; free some space, or first make a rescue copy on another disk with &quot;safereturn backup --user NAME -o FILE&quot;</source>
        <translation>ổ đĩa chứa cơ sở dữ liệu đã đầy, nên không ghi lại được lần đăng nhập; hãy giải phóng dung lượng, hoặc trước hết tạo một bản sao lưu cứu hộ trên ổ đĩa khác bằng &quot;safereturn backup --user TÊN -o TỆP&quot;</translation>
    </message>
    <message>
        <source>the database is busy with another program&apos;s changes (an import or a restore); try again when it has finished</source>
        <translation>cơ sở dữ liệu đang bận với thay đổi của một chương trình khác (nhập dữ liệu hoặc khôi phục); hãy thử lại khi việc đó đã xong</translation>
    </message>
    <message>
        <source>the database is damaged; restore it from a backup</source>
        <translation>cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>đăng nhập không thành công: %1</translation>
    </message>
</context>
<context>
    <name>cli_messages</name>
    <message>
        <source>the input is not valid</source>
        <translation>dữ liệu nhập vào không hợp lệ</translation>
    </message>
    <message>
        <source>it was not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>someone else changed the same record meanwhile; try again</source>
        <translation>người khác đã thay đổi cùng bản ghi này trong lúc đó; hãy thử lại</translation>
    </message>
    <message>
        <source>a record with the same code already exists</source>
        <translation>đã có một bản ghi cùng mã</translation>
    </message>
    <message>
        <source>the database is busy with another program&apos;s change (an import, a restore); try again when it has finished</source>
        <translation>cơ sở dữ liệu đang bận với thay đổi của một chương trình khác (nhập dữ liệu, khôi phục); hãy thử lại khi việc đó đã xong</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>không đọc hoặc ghi được tệp</translation>
    </message>
    <message>
        <source>no space left on the disk; nothing was written</source>
        <translation>ổ đĩa đã hết dung lượng; không có gì được ghi</translation>
    </message>
    <message>
        <source>the file is not a SafeReturn database</source>
        <translation>tệp không phải là cơ sở dữ liệu SafeReturn</translation>
    </message>
    <message>
        <source>the database was made by a newer version of SafeReturn</source>
        <translation>cơ sở dữ liệu được tạo bởi phiên bản SafeReturn mới hơn</translation>
    </message>
    <message>
        <source>the database file is damaged; it is read-only until it is restored from a backup (safereturn restore)</source>
        <translation>tệp cơ sở dữ liệu bị hỏng; nó chỉ cho phép đọc cho đến khi được khôi phục từ bản sao lưu (safereturn restore)</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>cơ sở dữ liệu chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>your role may not do this</source>
        <translation>vai trò của bạn không được làm việc này</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>thao tác đã bị hủy</translation>
    </message>
    <message>
        <source>that file is the open database, one of its journal files, a file this command reads or another SafeReturn database; choose another output file</source>
        <translation>tệp đó là cơ sở dữ liệu đang mở, một tệp nhật ký giao dịch của nó, một tệp lệnh này đang đọc hoặc một cơ sở dữ liệu SafeReturn khác; hãy chọn tệp đầu ra khác</translation>
    </message>
    <message>
        <source>an unexpected error occurred; the details are in the log file</source>
        <translation>đã xảy ra lỗi không mong muốn; chi tiết có trong tệp nhật ký</translation>
    </message>
    <message>
        <source>database file not found: %1</source>
        <translation>không tìm thấy tệp cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1 is not a SafeReturn database; it was left unchanged</source>
        <translation>%1 không phải là cơ sở dữ liệu SafeReturn; tệp không bị thay đổi</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of SafeReturn; update SafeReturn to open it</source>
        <translation>%1 được tạo bởi phiên bản SafeReturn mới hơn; hãy cập nhật SafeReturn để mở</translation>
    </message>
    <message>
        <source>%1 is damaged (corrupt or truncated); restore it from a backup</source>
        <translation>%1 bị hỏng (lỗi hoặc bị cắt cụt); hãy khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>%1 is read-only; this command needs to write to it</source>
        <translation>%1 chỉ cho phép đọc; lệnh này cần ghi vào tệp</translation>
    </message>
    <message>
        <source>%1 is locked by another program; try again later</source>
        <translation>%1 đang bị một chương trình khác khóa; hãy thử lại sau</translation>
    </message>
    <message>
        <source>no space left on the disk of %1</source>
        <translation>ổ đĩa chứa %1 đã hết dung lượng</translation>
    </message>
    <message>
        <source>%1 could not be read or written</source>
        <translation>không thể đọc hoặc ghi %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>thư mục %1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <source>permission denied for %1 (the file or its folder)</source>
        <translation>không có quyền truy cập %1 (tệp hoặc thư mục chứa tệp)</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 nằm trên ổ đĩa chỉ đọc</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>the name %1 is too long for the disk</source>
        <translation>tên %1 quá dài đối với ổ đĩa</translation>
    </message>
    <message>
        <source>the disk of %1 reported a read or write error (input/output error)</source>
        <translation>ổ đĩa chứa %1 báo lỗi đọc hoặc ghi (lỗi vào/ra)</translation>
    </message>
    <message>
        <source>no space left on the disk of %1; nothing was written</source>
        <translation>ổ đĩa chứa %1 đã hết chỗ trống; không có gì được ghi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the database server does not answer; check the host name and port, the network, and that PostgreSQL runs on the server</source>
        <translation>máy chủ cơ sở dữ liệu không trả lời; hãy kiểm tra tên máy chủ và cổng, mạng, và PostgreSQL có đang chạy trên máy chủ không</translation>
    </message>
    <message>
        <source>the database server refused the user name or the password; check the user of the location and the password (typed at the prompt, in ~/.pgpass or in PGPASSWORD)</source>
        <translation>máy chủ cơ sở dữ liệu từ chối tên người dùng hoặc mật khẩu; hãy kiểm tra người dùng trong địa chỉ và mật khẩu (nhập tại dấu nhắc, trong ~/.pgpass hoặc trong PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database server needs a password: run the command on a terminal to be asked for it, or put it in ~/.pgpass (PGPASSFILE) or PGPASSWORD; never on the command line</source>
        <translation>máy chủ cơ sở dữ liệu cần mật khẩu: hãy chạy lệnh trong cửa sổ dòng lệnh để được hỏi mật khẩu, hoặc ghi mật khẩu vào ~/.pgpass (PGPASSFILE) hay PGPASSWORD; không bao giờ ghi trên dòng lệnh</translation>
    </message>
    <message>
        <source>a secure (TLS) connection to the database server could not be set up, or its certificate was not accepted; ask the administrator to set up TLS on the server (sslmode=disable is only for a server on the same machine)</source>
        <translation>không thiết lập được kết nối mã hóa (TLS) tới máy chủ cơ sở dữ liệu, hoặc chứng chỉ của máy chủ không được chấp nhận; hãy nhờ quản trị viên thiết lập TLS trên máy chủ (sslmode=disable chỉ dành cho máy chủ nằm trên cùng máy)</translation>
    </message>
    <message>
        <source>the server&apos;s database has no SafeReturn tables yet; an administrator creates them with: safereturn server init --db %1</source>
        <translation>cơ sở dữ liệu trên máy chủ chưa có các bảng của SafeReturn; quản trị viên tạo các bảng này bằng lệnh: safereturn server init --db %1</translation>
    </message>
    <message>
        <source>the server user of this connection may not do this in the database; ask the administrator to grant it SafeReturn&apos;s rights</source>
        <translation>người dùng máy chủ của kết nối này không được phép làm việc này trong cơ sở dữ liệu; hãy nhờ quản trị viên cấp cho người dùng đó các quyền của SafeReturn</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing half-written was kept: check the network and run the command again</source>
        <translation>mất kết nối tới máy chủ cơ sở dữ liệu; không giữ lại phần nào ghi dở: hãy kiểm tra mạng rồi chạy lại lệnh</translation>
    </message>
    <message>
        <source>on a server, backups are made by the server administrator with pg_dump; see docs/server.md</source>
        <translation>trên máy chủ, việc sao lưu do quản trị viên máy chủ thực hiện bằng pg_dump; xem docs/server.md</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while the save was being confirmed; it may have been saved: look the record up before running the command again</source>
        <translation>mất kết nối tới máy chủ cơ sở dữ liệu khi đang xác nhận việc lưu; có thể đã lưu được: hãy tìm lại hồ sơ trước khi chạy lại lệnh</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes); choose the scanned file itself, or scan the paper again</source>
        <translation>tệp trống (0 byte); hãy chọn đúng tệp bản quét, hoặc quét lại giấy tờ</translation>
    </message>
    <message>
        <source>the file is larger than 20 MB; scan at 200 or 300 dpi or in black and white, or split the document into several files</source>
        <translation>tệp lớn hơn 20 MB; hãy quét ở 200 hoặc 300 dpi hoặc ở chế độ đen trắng, hoặc chia tài liệu thành nhiều tệp</translation>
    </message>
    <message>
        <source>the file is a Word, Excel or other office document; attach a PDF, JPEG or PNG scan, or save the document as PDF first</source>
        <translation>tệp là tài liệu Word, Excel hoặc tài liệu văn phòng khác; hãy đính kèm bản quét PDF, JPEG hoặc PNG, hoặc lưu tài liệu thành PDF trước</translation>
    </message>
    <message>
        <source>the file is a picture in a format SafeReturn does not keep (GIF, BMP, WebP, HEIC…); save it as JPEG or PNG and attach that</source>
        <translation>tệp là ảnh ở định dạng SafeReturn không lưu giữ (GIF, BMP, WebP, HEIC…); hãy lưu ảnh thành JPEG hoặc PNG rồi đính kèm tệp đó</translation>
    </message>
    <message>
        <source>the file is not a PDF, JPEG, PNG or TIFF file, whatever its name says; attach a PDF, JPEG or PNG scan</source>
        <translation>tệp không phải là tệp PDF, JPEG, PNG hay TIFF, dù tên tệp ghi thế nào; hãy đính kèm bản quét PDF, JPEG hoặc PNG</translation>
    </message>
    <message>
        <source>the PDF file is incomplete: its end is missing (cut off while copying or downloading?); copy or download it again, or scan the paper again</source>
        <translation>tệp PDF không đầy đủ: thiếu phần cuối (bị cắt khi sao chép hoặc tải về?); hãy sao chép hoặc tải lại tệp, hoặc quét lại giấy tờ</translation>
    </message>
    <message>
        <source>the PDF file is damaged or has no page and cannot be opened; save it again from the program that made it, or scan the paper again</source>
        <translation>tệp PDF bị hỏng hoặc không có trang nào nên không mở được; hãy lưu lại tệp từ chương trình đã tạo ra nó, hoặc quét lại giấy tờ</translation>
    </message>
    <message>
        <source>the PDF file is protected by a password; save a copy without the password and attach that</source>
        <translation>tệp PDF được bảo vệ bằng mật khẩu; hãy lưu một bản sao không có mật khẩu rồi đính kèm bản đó</translation>
    </message>
    <message>
        <source>the picture is too large: over 100 megapixels or a side over 30,000 pixels; scan at 200 or 300 dpi or make the photo smaller</source>
        <translation>ảnh quá lớn: trên 100 megapixel hoặc có cạnh dài hơn 30.000 điểm ảnh; hãy quét ở 200 hoặc 300 dpi hoặc thu nhỏ ảnh</translation>
    </message>
    <message>
        <source>the picture is damaged or incomplete (cut off while copying?) and cannot be shown whole; copy it again, or scan or photograph the paper again</source>
        <translation>ảnh bị hỏng hoặc không đầy đủ (bị cắt khi sao chép?) nên không hiển thị trọn vẹn được; hãy sao chép lại ảnh, hoặc quét hay chụp lại giấy tờ</translation>
    </message>
    <message>
        <source>the scanned TIFF file, converted to PDF or PNG to be kept, is larger than 20 MB; scan at 200 or 300 dpi or in black and white, or split the pages into several files</source>
        <translation>tệp TIFF đã quét, sau khi chuyển sang PDF hoặc PNG để lưu, lớn hơn 20 MB; hãy quét ở 200 hoặc 300 dpi hoặc ở chế độ đen trắng, hoặc chia các trang thành nhiều tệp</translation>
    </message>
</context>
<context>
    <name>sr::domain::Hotline</name>
    <message>
        <source>The person concerned</source>
        <translation>Người trong cuộc</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Cơ quan chức năng</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Giấu tên</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Cần tư vấn</translation>
    </message>
    <message>
        <source>Report of suspected trafficking</source>
        <translation>Trình báo nghi mua bán người</translation>
    </message>
    <message>
        <source>Violence or abuse</source>
        <translation>Bạo lực, xâm hại</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Cần hỗ trợ khẩn cấp</translation>
    </message>
    <message>
        <source>Information on policy</source>
        <translation>Tìm hiểu chính sách</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Tư vấn</translation>
    </message>
    <message>
        <source>Referred to the police</source>
        <translation>Chuyển Công an</translation>
    </message>
    <message>
        <source>Referred to the Border Guard</source>
        <translation>Chuyển Bộ đội Biên phòng</translation>
    </message>
    <message>
        <source>Referred to health services</source>
        <translation>Chuyển cơ sở y tế</translation>
    </message>
    <message>
        <source>Referred to the centre</source>
        <translation>Chuyển Trung tâm</translation>
    </message>
    <message>
        <source>Admitted to the shelter</source>
        <translation>Tiếp nhận tạm lánh</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Mở hồ sơ hỗ trợ</translation>
    </message>
</context>
<context>
    <name>sr::domain::RecordType</name>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Phân công phụ trách</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Mục tiêu kế hoạch</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Lần theo dõi</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Đợt trao trả</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Cuộc gọi tổng đài</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Prevention club</source>
        <translation>Câu lạc bộ phòng, chống mua bán người</translation>
    </message>
    <message>
        <source>Prevention activity</source>
        <translation>Hoạt động tuyên truyền, phòng ngừa</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Lần tiếp nhận</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Border gate</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>Loại hỗ trợ</translation>
    </message>
    <message>
        <source>Task rule</source>
        <translation>Quy tắc tạo công việc</translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation>Loại tệp đính kèm</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Cơ sở tạm lánh</translation>
    </message>
    <message>
        <source>Shelter room</source>
        <translation>Phòng tạm lánh</translation>
    </message>
    <message>
        <source>Shelter stay</source>
        <translation>Lượt tạm lánh</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Lượt hỗ trợ</translation>
    </message>
</context>
<context>
    <name>sr::domain::Shelter</name>
    <message>
        <source>Handed over to family</source>
        <translation>Bàn giao cho gia đình</translation>
    </message>
    <message>
        <source>Returned to home locality</source>
        <translation>Trở về địa phương</translation>
    </message>
    <message>
        <source>Transferred to another facility</source>
        <translation>Chuyển đến cơ sở khác</translation>
    </message>
    <message>
        <source>Moved to another room</source>
        <translation>Chuyển sang phòng khác</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lý do khác</translation>
    </message>
</context>
<context>
    <name>sr::messages::ReportMessages</name>
    <message>
        <source>name of the organisation</source>
        <translation>tên cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>tên viết tắt</translation>
    </message>
    <message>
        <source>place in the date line</source>
        <translation>địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>title of the head</source>
        <translation>chức vụ người đứng đầu</translation>
    </message>
    <message>
        <source>title of the deputy</source>
        <translation>chức vụ cấp phó</translation>
    </message>
    <message>
        <source>name of the signer</source>
        <translation>họ tên người ký</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <source>The report&apos;s header and signature lack: %1. They print as dotted lines; fill them in under Registers → Reference lists → Organisation before the report is signed.</source>
        <translation>Phần đầu và phần chữ ký của báo cáo còn thiếu: %1. Các chỗ này sẽ in thành dấu chấm; hãy điền tại Sổ → Danh mục → Cơ quan, đơn vị trước khi trình ký báo cáo.</translation>
    </message>
</context>
<context>
    <name>sr::services</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Không thể đọc tệp.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.</translation>
    </message>
    <message>
        <source>The file has more than 1,000,000 rows; split it into smaller files.</source>
        <translation>Tệp có hơn 1.000.000 dòng; hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8 (it may be Windows-1258 or TCVN3). Open it in Excel or LibreOffice and save it again as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>Tệp không ở dạng UTF-8 (có thể là Windows-1258 hoặc TCVN3). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
    <message>
        <source>A quoted cell starting here is never closed by a quote.</source>
        <translation>Một ô bắt đầu bằng dấu ngoặc kép ở đây nhưng không có dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <source>Unexpected text after the closing quote of a cell.</source>
        <translation>Có văn bản không mong đợi sau dấu ngoặc kép đóng của một ô.</translation>
    </message>
    <message>
        <source>The cell is larger than 1 MB.</source>
        <translation>Ô lớn hơn 1 MB.</translation>
    </message>
    <message>
        <source>This is a de-identified export; only full exports and the template can be imported.</source>
        <translation>Đây là tệp xuất đã ẩn danh; chỉ có thể nhập tệp xuất đầy đủ và tệp mẫu.</translation>
    </message>
    <message>
        <source>Unknown column.</source>
        <translation>Cột không xác định.</translation>
    </message>
    <message>
        <source>The column appears twice in the header.</source>
        <translation>Cột xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <source>A required column is missing from the header.</source>
        <translation>Dòng tiêu đề thiếu một cột bắt buộc.</translation>
    </message>
    <message>
        <source>The row does not have as many cells as the header.</source>
        <translation>Số ô của dòng không bằng số cột của dòng tiêu đề.</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Cần nhập giá trị.</translation>
    </message>
    <message>
        <source>Not one of the allowed codes.</source>
        <translation>Không phải là một trong các mã được phép.</translation>
    </message>
    <message>
        <source>Not a valid date (YYYY-MM-DD).</source>
        <translation>Ngày không hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Không phải là số nguyên.</translation>
    </message>
    <message>
        <source>The number must not be negative.</source>
        <translation>Số không được âm.</translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation>Giá trị nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <source>The value has the wrong format.</source>
        <translation>Giá trị sai định dạng.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Ngày nằm trong tương lai.</translation>
    </message>
    <message>
        <source>The date is before the person&apos;s birth.</source>
        <translation>Ngày trước ngày sinh của người này.</translation>
    </message>
    <message>
        <source>The date is before the reception.</source>
        <translation>Ngày trước ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>The value does not agree with other values of the row.</source>
        <translation>Giá trị không khớp với các giá trị khác trong dòng.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>Giá trị quá dài.</translation>
    </message>
    <message>
        <source>Unknown value of a reference list (use --add-missing-reference to add agencies, support types and border gates).</source>
        <translation>Giá trị không có trong danh mục (dùng --add-missing-reference để thêm cơ quan, loại hỗ trợ và cửa khẩu).</translation>
    </message>
    <message>
        <source>The case code already exists (use --update to update it).</source>
        <translation>Mã hồ sơ đã tồn tại (dùng --update để cập nhật).</translation>
    </message>
    <message>
        <source>The record already exists (use --update to update it).</source>
        <translation>Bản ghi đã tồn tại (dùng --update để cập nhật).</translation>
    </message>
    <message>
        <source>The same record appears twice in the file.</source>
        <translation>Cùng một bản ghi xuất hiện hai lần trong tệp.</translation>
    </message>
    <message>
        <source>The same case code has different personal details in another row.</source>
        <translation>Cùng một mã hồ sơ có thông tin cá nhân khác nhau ở một dòng khác.</translation>
    </message>
    <message>
        <source>No reception of this case code on this date.</source>
        <translation>Không có lượt tiếp nhận nào của mã hồ sơ này vào ngày này.</translation>
    </message>
    <message>
        <source>Unknown handover batch.</source>
        <translation>Không tìm thấy đợt trao trả.</translation>
    </message>
    <message>
        <source>Unknown value of an official list (ethnic groups, provinces, communes, countries): write its code or its name as in the list; an import never adds to these lists.</source>
        <translation>Giá trị không có trong danh mục chính thức (dân tộc, tỉnh, xã, quốc gia): hãy ghi mã hoặc tên đúng như trong danh mục; việc nhập dữ liệu không bao giờ bổ sung vào các danh mục này.</translation>
    </message>
    <message>
        <source>This is the list of attachments of a full export: it describes the files but does not hold them, so it cannot be imported. Attachments travel in backups and server migrations; import the receptions, supports and batches files.</source>
        <translation>Đây là danh sách tệp đính kèm của một bản xuất đầy đủ: danh sách chỉ mô tả các tệp, không chứa nội dung tệp, nên không thể nhập. Tệp đính kèm được chuyển theo bản sao lưu và khi chuyển dữ liệu lên máy chủ; hãy nhập các tệp receptions, supports và batches.</translation>
    </message>
    <message>
        <source>No case has this case code.</source>
        <translation>Không có hồ sơ nào mang mã hồ sơ này.</translation>
    </message>
    <message>
        <source>The header matches no known table (receptions, supports, batches, clubs, activities).</source>
        <translation>Dòng tiêu đề không khớp với bảng nào đã biết (receptions, supports, batches, clubs, activities).</translation>
    </message>
    <message>
        <source>Unknown prevention club: import the clubs file of the same export first.</source>
        <translation>Không tìm thấy câu lạc bộ phòng, chống mua bán người: hãy nhập tệp clubs của cùng bản xuất trước.</translation>
    </message>
    <message>
        <source>Not a room in use of the shelter rooms list: write the room&apos;s code as in Reference lists &gt; Shelter rooms.</source>
        <translation>Không phải phòng đang dùng trong danh mục phòng tạm lánh: hãy ghi mã phòng như trong Danh mục &gt; Phòng tạm lánh.</translation>
    </message>
    <message>
        <source>The person already stays in a shelter on one of these days (in the database or an earlier row).</source>
        <translation>Người này đã ở phòng tạm lánh vào một trong những ngày này (trong cơ sở dữ liệu hoặc ở một dòng phía trên).</translation>
    </message>
    <message>
        <source>The room has no bed left on one of these days (its capacity is reached).</source>
        <translation>Phòng đã hết giường vào một trong những ngày này (đã đủ sức chứa).</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8.</source>
        <translation>Tệp không phải là bảng tính Excel (.xlsx). Hãy lưu lại từ Excel hoặc LibreOffice dưới dạng &quot;Excel Workbook (.xlsx)&quot; hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Bảng tính bị hỏng hoặc không đầy đủ. Hãy mở bằng Excel hoặc LibreOffice rồi lưu lại.</translation>
    </message>
    <message>
        <source>The workbook contains a document type declaration (DOCTYPE), which spreadsheet programs never write; it is refused for safety.</source>
        <translation>Bảng tính có khai báo kiểu tài liệu (DOCTYPE), điều mà các chương trình bảng tính không bao giờ ghi; tệp bị từ chối để bảo đảm an toàn.</translation>
    </message>
    <message>
        <source>A part of the workbook is too large once unpacked, or packed far more than a spreadsheet can be; it is refused for safety.</source>
        <translation>Một phần của bảng tính quá lớn khi giải nén, hoặc bị nén nhiều hơn hẳn mức một bảng tính có thể có; tệp bị từ chối để bảo đảm an toàn.</translation>
    </message>
    <message>
        <source>The workbook holds too many different texts (over 2,000,000 or 256 MB); split it into smaller files.</source>
        <translation>Bảng tính có quá nhiều đoạn văn bản khác nhau (trên 2.000.000 hoặc 256 MB); hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The sheet has a value beyond its 1,024th column (AMJ); delete the columns that do not belong to the table.</source>
        <translation>Trang tính có giá trị nằm ngoài cột thứ 1.024 (AMJ); hãy xóa các cột không thuộc bảng.</translation>
    </message>
    <message>
        <source>A row or cell of the sheet has an impossible position (out of range, repeated or out of order). Open the workbook in Excel or LibreOffice and save it again.</source>
        <translation>Một dòng hoặc ô của trang tính có vị trí không hợp lệ (ngoài phạm vi, lặp lại hoặc sai thứ tự). Hãy mở bảng tính bằng Excel hoặc LibreOffice rồi lưu lại.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of this name.</source>
        <translation>Bảng tính không có trang tính nào tên như vậy.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AccountForm</name>
    <message>
        <source>The password needs at least %1 characters; it must not be a common password or the user name.</source>
        <translation>Mật khẩu cần ít nhất %1 ký tự, không được là mật khẩu phổ biến hoặc trùng tên người dùng.</translation>
    </message>
    <message>
        <source>S&amp;how password</source>
        <translation>&amp;Xem mật khẩu</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Phím Caps Lock đang bật.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ActionQuestion</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>sr::ui::ActivityEditor</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Date (from):</source>
        <translation>Ngà&amp;y (từ):</translation>
    </message>
    <message>
        <source>one day: leave blank</source>
        <translation>một ngày: để trống</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>Commune &amp;list:</source>
        <translation>Danh &amp;mục xã/phường:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Số lượng:</translation>
    </message>
    <message>
        <source>C&amp;lub:</source>
        <translation>&amp;Câu lạc bộ:</translation>
    </message>
    <message>
        <source>(choose the club)</source>
        <translation>(chọn câu lạc bộ)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>&amp;Tổng số:</translation>
    </message>
    <message>
        <source>of whom &amp;women:</source>
        <translation>trong đó phụ &amp;nữ:</translation>
    </message>
    <message>
        <source>of whom ethnic &amp;minorities:</source>
        <translation>trong đó người &amp;dân tộc thiểu số:</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <source>Organisers and notes</source>
        <translation>Cơ quan tổ chức và ghi chú</translation>
    </message>
    <message>
        <source>e.g. Department of Labour, Invalids and Social Affairs</source>
        <translation>ví dụ: Sở Lao động - Thương binh và Xã hội</translation>
    </message>
    <message>
        <source>Or&amp;ganiser:</source>
        <translation>Cơ &amp;quan tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đơn vị &amp;phối hợp:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>(province-wide or not recorded)</source>
        <translation>(toàn tỉnh hoặc không ghi)</translation>
    </message>
    <message>
        <source>Prevention activity: %1</source>
        <translation>Hoạt động tuyên truyền, phòng ngừa: %1</translation>
    </message>
    <message>
        <source>New prevention activity</source>
        <translation>Thêm hoạt động tuyên truyền, phòng ngừa</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>What was typed in this activity is not saved. Discard it?</source>
        <translation>Nội dung đã nhập cho hoạt động này chưa được lưu. Bỏ nội dung này?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hoạt động</translation>
    </message>
    <message>
        <source>Date of the activity</source>
        <translation>Ngày tổ chức hoạt động</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Số phụ nữ</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Số người dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>sr::ui::AgencyChoices</name>
    <message>
        <source>(historical) %1</source>
        <translation>(đã giải thể) %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::ApprovalDialog</name>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>C&amp;losing date:</source>
        <translation>&amp;Ngày đóng hồ sơ:</translation>
    </message>
    <message>
        <source>A request of this kind is already waiting for a decision: wait for it, or withdraw it first.</source>
        <translation>Đã có một đề nghị loại này đang chờ quyết định: hãy chờ, hoặc rút lại đề nghị đó trước.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ArchiveReasonDialog</name>
    <message>
        <source>e.g. entered twice by mistake</source>
        <translation>ví dụ: nhập trùng do nhầm lẫn</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Lưu &amp;trữ</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>A scan or a photo of a paper of this case: PDF, JPEG, PNG or TIFF (converted on the way in), up to 20 MB. It is stored inside the database, so a backup holds it.</source>
        <translation>Bản quét hoặc ảnh chụp một giấy tờ của hồ sơ này: PDF, JPEG, PNG hoặc TIFF (được chuyển đổi khi đính kèm), tối đa 20 MB. Tệp được lưu ngay trong cơ sở dữ liệu, nên bản sao lưu cũng có tệp này.</translation>
    </message>
    <message>
        <source>The scanned file</source>
        <translation>Tệp bản quét</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>(choose the kind of paper)</source>
        <translation>(chọn loại giấy tờ)</translation>
    </message>
    <message>
        <source>&amp;Kind of paper:</source>
        <translation>&amp;Loại giấy tờ:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (the date on the paper; optional)</source>
        <translation>dd/mm/yyyy (ngày ghi trên giấy tờ; không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Date of the paper:</source>
        <translation>&amp;Ngày của giấy tờ:</translation>
    </message>
    <message>
        <source>&amp;Attached to:</source>
        <translation>&amp;Gắn với:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>Đính &amp;kèm</translation>
    </message>
    <message>
        <source>Choose the scan or photo</source>
        <translation>Chọn bản quét hoặc ảnh chụp</translation>
    </message>
    <message>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Bản quét và ảnh chụp (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind of paper</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Date of the paper</source>
        <translation>Ngày của giấy tờ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachmentTexts</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>This attachment is damaged: its stored content no longer matches its SHA-256 fingerprint, so it is not shown. Restore the database from a backup, or attach the paper again.</source>
        <translation>Tệp đính kèm này bị hỏng: nội dung đã lưu không còn khớp với mã băm SHA-256 của nó, nên không được hiển thị. Hãy khôi phục cơ sở dữ liệu từ một bản sao lưu, hoặc đính kèm lại giấy tờ.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachmentViewer</name>
    <message>
        <source>Attachment — %1</source>
        <translation>Tệp đính kèm — %1</translation>
    </message>
    <message>
        <source>Dated %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>Pre&amp;vious page (PgUp)</source>
        <translation>&amp;Trang trước (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Next page (PgDn)</source>
        <translation>Trang &amp;sau (PgDn)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa chiều &amp;rộng</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>&amp;Vừa trang</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>Zoom &amp;in (Ctrl++)</source>
        <translation>&amp;Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out (Ctrl+-)</source>
        <translation>&amp;Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Vừa cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>Đó&amp;ng (Esc)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Lưu bản sao tệp đính kèm</translation>
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the database now: keep it safe, and delete it when it is no longer needed.</source>
        <translation>Đã lưu bản sao vào %1. Bản sao này nay nằm ngoài cơ sở dữ liệu: hãy cất giữ an toàn và xóa khi không còn cần.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AttachmentsPanel</name>
    <message>
        <source>Kind of paper</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Gắn với</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>S&amp;how archived</source>
        <translation>&amp;Hiện cả đã lưu trữ</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Đính &amp;kèm…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lưu bản &amp;sao…</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>Lưu t&amp;rữ…</translation>
    </message>
    <message>
        <source>Reception %1</source>
        <translation>Lần tiếp nhận %1</translation>
    </message>
    <message>
        <source>Support: %1 %2</source>
        <translation>Hỗ trợ: %1 %2</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Lần theo dõi %1</translation>
    </message>
    <message>
        <source>An archived record</source>
        <translation>Một bản ghi đã lưu trữ</translation>
    </message>
    <message>
        <source>%1 (the person)</source>
        <translation>%1 (người được hỗ trợ)</translation>
    </message>
    <message>
        <source>Save the case first (Ctrl+S); then attach its papers here.</source>
        <translation>Hãy lưu hồ sơ trước (Ctrl+S), sau đó đính kèm giấy tờ của hồ sơ tại đây.</translation>
    </message>
    <message>
        <source>No papers attached yet. Attach the scanned identification decision, the reception minutes, the consent form or a photo: Attach… or drop the files here (PDF, JPEG, PNG or TIFF, up to 20 MB each).</source>
        <translation>Chưa có giấy tờ nào được đính kèm. Hãy đính kèm bản quét quyết định xác định nạn nhân, biên bản tiếp nhận, giấy đồng ý hoặc ảnh chụp: bấm Đính kèm… hoặc kéo thả tệp vào đây (PDF, JPEG, PNG hoặc TIFF, mỗi tệp tối đa 20 MB).</translation>
    </message>
    <message>
        <source>The scanned papers and photos of this case. Enter or a double click opens one; drop files here to attach them.</source>
        <translation>Các bản quét giấy tờ và ảnh chụp của hồ sơ này. Nhấn Enter hoặc nhấp đúp để mở; kéo thả tệp vào đây để đính kèm.</translation>
    </message>
    <message>
        <source>%1 (archived: %2)</source>
        <translation>%1 (đã lưu trữ: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more dropped file(s) will be offered after this one.</source>
        <translation>
            <numerusform>Sau tệp này còn %n tệp kéo thả khác sẽ lần lượt được đưa ra để đính kèm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Đã đính kèm: %1.</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Lưu bản sao tệp đính kèm</translation>
    </message>
    <message>
        <source>A copy was saved to %1. It is outside the database now: keep it safe, and delete it when it is no longer needed.</source>
        <translation>Đã lưu bản sao vào %1. Bản sao này nay nằm ngoài cơ sở dữ liệu: hãy cất giữ an toàn và xóa khi không còn cần.</translation>
    </message>
    <message>
        <source>Archive attachment</source>
        <translation>Lưu trữ tệp đính kèm</translation>
    </message>
    <message>
        <source>The attachment leaves the case&apos;s list but is kept in the database, with its content; &quot;Show archived&quot; lists it again.</source>
        <translation>Tệp đính kèm không còn trong danh sách của hồ sơ nhưng vẫn được giữ trong cơ sở dữ liệu, cùng nội dung; đánh dấu &quot;Hiện cả đã lưu trữ&quot; để xem lại.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Đã lưu trữ.</translation>
    </message>
</context>
<context>
    <name>sr::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Encrypted export</source>
        <translation>Xuất tệp mã hóa</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Nhập CSV</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Refused (not allowed)</source>
        <translation>Bị từ chối (không có quyền)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Đăng nhập thất bại</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Mở khóa màn hình</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Tài khoản bị khóa</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Tạo người dùng</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Kích hoạt lại người dùng</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>Đổi mật khẩu thất bại</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Record no. %1</source>
        <translation>Bản ghi số %1</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <source>Consent to services</source>
        <translation>Đồng ý nhận dịch vụ</translation>
    </message>
    <message>
        <source>Consent to sharing information</source>
        <translation>Đồng ý chia sẻ thông tin</translation>
    </message>
    <message>
        <source>Consent to statistics</source>
        <translation>Đồng ý dùng cho thống kê</translation>
    </message>
    <message>
        <source>Route of identification</source>
        <translation>Con đường phát hiện</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Hình thức bóc lột</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Tình trạng xác định nạn nhân</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Việc làm</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Legal regime</source>
        <translation>Chế độ theo luật</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Password fingerprint</source>
        <translation>Mã nhận dạng mật khẩu</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Lượt hỗ trợ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Lượt theo dõi</translation>
    </message>
    <message>
        <source>Handover batches</source>
        <translation>Đợt trao trả</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Persons created</source>
        <translation>Số người tạo mới</translation>
    </message>
    <message>
        <source>Persons updated</source>
        <translation>Số người cập nhật</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Mã hóa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Quyền</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>sai mật khẩu</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>tên người dùng không tồn tại</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>tài khoản bị khóa</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>tài khoản bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>account changed outside SafeReturn</source>
        <translation>tài khoản bị sửa ngoài SafeReturn</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>In ra</translation>
    </message>
    <message>
        <source>Date of the paper</source>
        <translation>Ngày của giấy tờ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Kích thước (byte)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Converted from</source>
        <translation>Chuyển đổi từ</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>Saved a copy of an attachment</source>
        <translation>Lưu bản sao tệp đính kèm</translation>
    </message>
    <message>
        <source>Case exported (encrypted ZIP)</source>
        <translation>Xuất hồ sơ (ZIP mã hóa)</translation>
    </message>
    <message>
        <source>Opened an attachment</source>
        <translation>Mở tệp đính kèm</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>reception minutes</source>
        <translation>biên bản tiếp nhận</translation>
    </message>
    <message>
        <source>support receipt list</source>
        <translation>danh sách ký nhận hỗ trợ</translation>
    </message>
</context>
<context>
    <name>sr::ui::AuditViewer</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>(all users)</source>
        <translation>(mọi người dùng)</translation>
    </message>
    <message>
        <source>(all actions)</source>
        <translation>(mọi thao tác)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đến ngà&amp;y</translation>
    </message>
    <message>
        <source>case code</source>
        <translation>mã hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Th&amp;ao tác:</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Your role may not view the audit log.</source>
        <translation>Vai trò của bạn không được xem nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Không đọc được nhật ký kiểm tra.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>Đã xuất %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>sr::ui::AuthMessages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>This account is locked for %1 minutes after %2 wrong passwords.</source>
        <translation>Tài khoản này bị khóa %1 phút sau %2 lần nhập sai mật khẩu.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters (a-z), digits, dots, hyphens or underscores.</source>
        <translation>Tên người dùng gồm 2 đến 64 ký tự: chữ cái (a-z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Mật khẩu quá dài.</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords. Choose another.</source>
        <translation>Mật khẩu này nằm trong danh sách mật khẩu phổ biến. Hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Mật khẩu không được trùng với tên người dùng.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled or lose the role.</source>
        <translation>Không thể vô hiệu hóa hoặc bỏ vai trò của quản trị viên đang hoạt động cuối cùng.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>Hãy chọn từ 1 đến 240 phút.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Đã có người dùng với tên này.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile. Try again.</source>
        <translation>Người khác vừa thay đổi dữ liệu này. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The change could not be saved (error %1).</source>
        <translation>Không lưu được thay đổi (lỗi %1).</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Cán bộ công tác xã hội</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask an administrator.</source>
        <translation>Vai trò của bạn không được phép làm việc này. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>The role or state of this account was changed outside SafeReturn. An administrator must set it again in SafeReturn or restore a backup.</source>
        <translation>Vai trò hoặc trạng thái của tài khoản này đã bị thay đổi bên ngoài SafeReturn. Quản trị viên phải đặt lại trong SafeReturn hoặc khôi phục bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>sr::ui::BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Tệp sao lưu</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase (recommended)</source>
        <translation>&amp;Mã hóa bằng cụm mật khẩu (khuyến nghị)</translation>
    </message>
    <message>
        <source>Write &amp;backup</source>
        <translation>&amp;Ghi bản sao lưu</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Cụm mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>Khôi &amp;phục…</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (encrypted files):</source>
        <translation>Cụm mật khẩu (tệp mã &amp;hóa):</translation>
    </message>
    <message>
        <source>Automatic backup on exit</source>
        <translation>Tự động sao lưu khi thoát</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Once a day, the newest 14 are kept. These copies are not encrypted and stay in a folder only your account can read.</source>
        <translation>Mỗi ngày một lần, giữ 14 bản mới nhất. Các bản này không được mã hóa và nằm trong thư mục chỉ tài khoản của bạn đọc được.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Hãy chọn tệp sao lưu.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Cụm mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Your role may not make backups.</source>
        <translation>Vai trò của bạn không được sao lưu.</translation>
    </message>
    <message>
        <source>Encrypted backup written to %1.</source>
        <translation>Đã ghi bản sao lưu mã hóa vào %1.</translation>
    </message>
    <message>
        <source>Backup written to %1. It is not encrypted: keep it on this computer.</source>
        <translation>Đã ghi bản sao lưu vào %1. Bản này không được mã hóa: hãy giữ nó trên máy tính này.</translation>
    </message>
    <message>
        <source>Your role may not restore backups.</source>
        <translation>Vai trò của bạn không được khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file is damaged. The database was not changed.</source>
        <translation>Sai cụm mật khẩu, hoặc tệp bị hỏng. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete. The database was not changed.</source>
        <translation>Bản sao lưu bị hỏng hoặc không đầy đủ. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>This is not a SafeReturn backup. The database was not changed.</source>
        <translation>Đây không phải là bản sao lưu SafeReturn. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup was made by a newer SafeReturn. The database was not changed.</source>
        <translation>Bản sao lưu được tạo bởi phiên bản SafeReturn mới hơn. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ %1.</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Hãy chọn tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <source>Replace every record of this database with the backup %1?</source>
        <translation>Thay toàn bộ bản ghi của cơ sở dữ liệu này bằng bản sao lưu %1?</translation>
    </message>
    <message>
        <source>The backup could not be written. %1</source>
        <translation>Không ghi được bản sao lưu. %1</translation>
    </message>
    <message>
        <source>This file is the database itself, one of its journal files or a database in use, not a backup. The database was not changed.</source>
        <translation>Tệp này chính là cơ sở dữ liệu, một tệp nhật ký giao dịch của nó hoặc một cơ sở dữ liệu đang được dùng, không phải bản sao lưu. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The restore failed. %1 The database was not changed.</source>
        <translation>Khôi phục không thành công. %1 Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Replace with the backup</source>
        <translation>&amp;Thay bằng bản sao lưu</translation>
    </message>
</context>
<context>
    <name>sr::ui::BatchEditor</name>
    <message>
        <source>Handover</source>
        <translation>Đợt trao trả</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>&amp;Border gate:</source>
        <translation>&amp;Cửa khẩu:</translation>
    </message>
    <message>
        <source>e.g. Dongxing Border Police</source>
        <translation>ví dụ: Công an Biên phòng Đông Hưng</translation>
    </message>
    <message>
        <source>&amp;Handing-over agency:</source>
        <translation>Cơ quan &amp;bàn giao (phía nước ngoài):</translation>
    </message>
    <message>
        <source>&amp;Receiving unit:</source>
        <translation>Đơn vị &amp;tiếp nhận:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Persons handed over</source>
        <translation>Số người được bàn giao</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>Tổn&amp;g số:</translation>
    </message>
    <message>
        <source>&amp;Male:</source>
        <translation>Na&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Female:</source>
        <translation>&amp;Nữ:</translation>
    </message>
    <message>
        <source>Childre&amp;n (under 16):</source>
        <translation>T&amp;rẻ em (dưới 16 tuổi):</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <source>&amp;Classified and verified</source>
        <translation>Đã phân &amp;loại, xác minh</translation>
    </message>
    <message>
        <source>Persons &amp;verified:</source>
        <translation>Số người đã &amp;xác minh:</translation>
    </message>
    <message>
        <source>C&amp;ases identified:</source>
        <translation>Số &amp;vụ phát hiện:</translation>
    </message>
    <message>
        <source>V&amp;ictims identified:</source>
        <translation>&amp;Số nạn nhân xác định:</translation>
    </message>
    <message>
        <source>Receptions linked to this handover</source>
        <translation>Các lượt tiếp nhận thuộc đợt trao trả này</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Mở &amp;hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>Đợt trao trả mới</translation>
    </message>
    <message>
        <source>Handover of %1</source>
        <translation>Đợt trao trả ngày %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The changes to this handover are not saved. Discard them?</source>
        <translation>Các thay đổi của đợt trao trả này chưa được lưu. Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Save the handover first. Receptions are linked to it in the case editor (Reception, Handover batch).</source>
        <translation>Hãy lưu đợt trao trả trước. Lượt tiếp nhận được gắn với đợt trao trả trong hồ sơ (mục Tiếp nhận, Đợt trao trả).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reception(s) linked. Receptions are linked in the case editor (Reception, Handover batch).</source>
        <translation>
            <numerusform>%Ln lượt tiếp nhận thuộc đợt trao trả này. Lượt tiếp nhận được gắn trong hồ sơ (mục Tiếp nhận, Đợt trao trả).</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of the handover</source>
        <translation>Ngày bàn giao</translation>
    </message>
    <message>
        <source>Border gate</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Handing-over agency</source>
        <translation>Cơ quan bàn giao</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Số nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Số nữ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Số trẻ em</translation>
    </message>
    <message>
        <source>Classified and verified</source>
        <translation>Đã phân loại, xác minh</translation>
    </message>
    <message>
        <source>Persons verified</source>
        <translation>Số người đã xác minh</translation>
    </message>
    <message>
        <source>Cases identified</source>
        <translation>Số vụ phát hiện</translation>
    </message>
    <message>
        <source>Victims identified</source>
        <translation>Số nạn nhân xác định</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 is required: type it as dd/mm/yyyy.</source>
        <translation>Chưa nhập %1: hãy nhập theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1 is not a valid date: type it as dd/mm/yyyy.</source>
        <translation>%1 không phải là ngày hợp lệ: hãy nhập theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Male and female together are more than the persons handed over: check the three numbers.</source>
        <translation>Số nam cộng số nữ lớn hơn tổng số người được bàn giao: hãy kiểm tra lại ba số này.</translation>
    </message>
    <message>
        <source>Persons verified are entered but the handover is not marked as classified and verified: tick the box or set the number to 0.</source>
        <translation>Đã nhập số người đã xác minh nhưng đợt trao trả chưa được đánh dấu là đã phân loại, xác minh: hãy đánh dấu ô này hoặc đặt số người về 0.</translation>
    </message>
    <message>
        <source>%1 cannot be more than the persons handed over.</source>
        <translation>%1 không được lớn hơn tổng số người được bàn giao.</translation>
    </message>
    <message>
        <source>%1: a handover has at least one person; enter how many were handed over.</source>
        <translation>%1: một đợt trao trả có ít nhất một người; hãy nhập số người được bàn giao.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
</context>
<context>
    <name>sr::ui::BatchRegister</name>
    <message>
        <source>Border handover register</source>
        <translation>Sổ trao trả qua cửa khẩu</translation>
    </message>
    <message>
        <source>&amp;Handed over between</source>
        <translation>&amp;Bàn giao trong khoảng</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Hiện cả mục đã lưu trữ</translation>
    </message>
    <message>
        <source>&amp;New handover…</source>
        <translation>&amp;Thêm đợt trao trả…</translation>
    </message>
    <message>
        <source>New handover (Ctrl+N)</source>
        <translation>Thêm đợt trao trả (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>&amp;Lưu trữ…</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>Đợt trao trả mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Your role shows no case records, so the handover register is not shown.</source>
        <translation>Vai trò của bạn không xem được hồ sơ, vì vậy sổ trao trả không được hiển thị.</translation>
    </message>
    <message>
        <source>This database is open read-only: handovers can be looked at but not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: có thể xem các đợt trao trả nhưng không sửa được.</translation>
    </message>
    <message>
        <source>Your role may look at handovers but not change them.</source>
        <translation>Vai trò của bạn chỉ được xem các đợt trao trả, không được sửa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handover(s)</source>
        <comment>register status line</comment>
        <translation>
            <numerusform>%Ln đợt trao trả</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive handover</source>
        <translation>Lưu trữ đợt trao trả</translation>
    </message>
    <message>
        <source>The handover of %1 is kept (with its links to receptions) but no longer listed or counted.</source>
        <translation>Đợt trao trả ngày %1 vẫn được giữ lại (cùng liên kết với các lượt tiếp nhận) nhưng không còn được liệt kê hay thống kê.</translation>
    </message>
</context>
<context>
    <name>sr::ui::BatchTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Border gate</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Handing-over agency</source>
        <translation>Cơ quan bàn giao</translation>
    </message>
    <message>
        <source>Receiving unit</source>
        <translation>Đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Trẻ em</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Đã phân loại</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Số vụ</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Nạn nhân</translation>
    </message>
</context>
<context>
    <name>sr::ui::CallForm</name>
    <message>
        <source>Hotline call</source>
        <translation>Cuộc gọi tổng đài</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Ngà&amp;y</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>giờ:phút</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Giờ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Thời lượng</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>Đường &amp;dây</translation>
    </message>
    <message>
        <source>Call&amp;er</source>
        <translation>Ngườ&amp;i gọi</translation>
    </message>
    <message>
        <source>Caller&apos;s na&amp;me</source>
        <translation>&amp;Họ tên người gọi</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Số điện thoại</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Nội d&amp;ung</translation>
    </message>
    <message>
        <source>Ur&amp;gency</source>
        <translation>Mức độ &amp;khẩn cấp</translation>
    </message>
    <message>
        <source>Se&amp;x of the person concerned</source>
        <translation>Giới tính người t&amp;rong cuộc</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>Nhó&amp;m tuổi</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Tỉnh/thành &amp;phố</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Action ta&amp;ken</source>
        <translation>Kết &amp;quả xử lý</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the call (Enter)</source>
        <translation>Lưu cuộc gọi (Enter)</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Lưu &amp;và nhập mới</translation>
    </message>
    <message>
        <source>Save the call and start the next one (Ctrl+N)</source>
        <translation>Lưu cuộc gọi này và nhập cuộc gọi tiếp theo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Linked to a case</source>
        <translation>Đã gắn vào một hồ sơ</translation>
    </message>
    <message>
        <source>Hotline call of %1</source>
        <translation>Cuộc gọi tổng đài ngày %1</translation>
    </message>
    <message>
        <source>New hotline call</source>
        <translation>Cuộc gọi tổng đài mới</translation>
    </message>
    <message numerus="yes">
        <source>Call saved (%Ln this session). Next call.</source>
        <translation>
            <numerusform>Đã lưu cuộc gọi (%Ln cuộc gọi trong phiên làm việc này). Mời nhập cuộc gọi tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date of the call</source>
        <translation>Ngày gọi</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>Giờ gọi</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Đường dây</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Người gọi</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>Họ tên người gọi</translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation>Số điện thoại người gọi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ khẩn cấp</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Lần tiếp nhận</translation>
    </message>
</context>
<context>
    <name>sr::ui::CallRegister</name>
    <message>
        <source>Hotline call log 18001769</source>
        <translation>Sổ cuộc gọi tổng đài 18001769</translation>
    </message>
    <message>
        <source>Calls &amp;between</source>
        <translation>&amp;Cuộc gọi trong khoảng</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tất cả nội dung</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>&amp;Kết quả xử lý</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tất cả kết quả xử lý</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Hiện cả mục đã lưu trữ</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Thêm cuộc gọi…</translation>
    </message>
    <message>
        <source>Log a new call (Ctrl+N)</source>
        <translation>Ghi một cuộc gọi mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Link to case…</source>
        <translation>&amp;Gắn vào hồ sơ…</translation>
    </message>
    <message>
        <source>The call became a case: link it to the case&apos;s code</source>
        <translation>Cuộc gọi đã trở thành hồ sơ hỗ trợ: gắn cuộc gọi vào mã hồ sơ đó</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>&amp;Lưu trữ…</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Cuộc gọi mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Your role does not log hotline calls, so the call log is not shown. The period report counts the calls.</source>
        <translation>Vai trò của bạn không ghi cuộc gọi tổng đài, vì vậy sổ cuộc gọi không được hiển thị. Số cuộc gọi có trong báo cáo tổng hợp theo kỳ.</translation>
    </message>
    <message>
        <source>This database is open read-only: calls can be looked at but not logged.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: có thể xem các cuộc gọi nhưng không ghi được.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <comment>call log status line</comment>
        <translation>
            <numerusform>%Ln cuộc gọi</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to case</source>
        <translation>Gắn vào hồ sơ</translation>
    </message>
    <message>
        <source>The call of %1 became a case. &amp;Case code:</source>
        <translation>Cuộc gọi ngày %1 đã trở thành hồ sơ hỗ trợ. &amp;Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Archive call</source>
        <translation>Lưu trữ cuộc gọi</translation>
    </message>
    <message>
        <source>The call of %1 is kept but no longer listed or counted.</source>
        <translation>Cuộc gọi ngày %1 vẫn được giữ lại nhưng không còn được liệt kê hay thống kê.</translation>
    </message>
    <message>
        <source>No call matches these filters. Clear a filter to see more.</source>
        <translation>Không có cuộc gọi nào khớp với bộ lọc. Hãy bỏ bớt bộ lọc để xem thêm.</translation>
    </message>
    <message>
        <source>No calls logged yet. Press Ctrl+N to log a call to the hotline 18001769 as it comes in: the form starts at the current time and needs nothing personal for an anonymous caller.</source>
        <translation>Chưa có cuộc gọi nào được ghi. Nhấn Ctrl+N để ghi ngay từng cuộc gọi đến tổng đài 18001769: biểu mẫu điền sẵn thời điểm hiện tại và không cần thông tin cá nhân nào khi người gọi giấu tên.</translation>
    </message>
</context>
<context>
    <name>sr::ui::CallTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Đường dây</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Người gọi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ khẩn cấp</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseEditor</name>
    <message>
        <source>Rece&amp;ption:</source>
        <translation>Lần tiế&amp;p nhận:</translation>
    </message>
    <message>
        <source>Add reception</source>
        <translation>Thêm lần tiếp nhận</translation>
    </message>
    <message>
        <source>Archive reception…</source>
        <translation>Lưu trữ lần tiếp nhận…</translation>
    </message>
    <message>
        <source>&amp;1 · Person</source>
        <translation>&amp;1 · Cá nhân</translation>
    </message>
    <message>
        <source>&amp;2 · Reception</source>
        <translation>&amp;2 · Tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;3 · Supports</source>
        <translation>&amp;3 · Hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;4 · Follow-ups</source>
        <translation>&amp;4 · Theo dõi</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Tải lại &amp;bản đã lưu</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Restored from an unsaved draft. Check it and save (Ctrl+S).</source>
        <translation>Đã khôi phục từ bản nháp chưa lưu. Hãy kiểm tra rồi lưu (Ctrl+S).</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(chưa có ngày)</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (mới)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Save the new person first; then add further receptions.</source>
        <translation>Hãy lưu người mới trước, sau đó mới thêm các lần tiếp nhận khác.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Không ghi được bản nháp: %1</translation>
    </message>
    <message>
        <source>Reception %1</source>
        <translation>Lần tiếp nhận %1</translation>
    </message>
    <message>
        <source>support %1</source>
        <translation>hỗ trợ %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>lần theo dõi %1</translation>
    </message>
    <message>
        <source>This case was changed by someone else after you opened it, so your changes were not saved. Reload shows the stored version (your changes are lost); or copy what you typed elsewhere first.</source>
        <translation>Hồ sơ này đã được người khác sửa sau khi bạn mở, nên thay đổi của bạn chưa được lưu. Bấm Tải lại để xem bản đã lưu (thay đổi của bạn sẽ mất); hoặc chép những gì bạn đã nhập ra nơi khác trước.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Saved as case %1.</source>
        <translation>Đã lưu thành hồ sơ %1.</translation>
    </message>
    <message>
        <source>The reception was added to the existing person. Check it and save (Ctrl+S).</source>
        <translation>Lần tiếp nhận đã được thêm vào người đã có trong hồ sơ. Hãy kiểm tra rồi lưu (Ctrl+S).</translation>
    </message>
    <message>
        <source>Reloaded the stored version.</source>
        <translation>Đã tải lại bản đã lưu.</translation>
    </message>
    <message>
        <source>Archive reception</source>
        <translation>Lưu trữ lần tiếp nhận</translation>
    </message>
    <message>
        <source>Reception archived.</source>
        <translation>Đã lưu trữ lần tiếp nhận.</translation>
    </message>
    <message>
        <source>Support archived.</source>
        <translation>Đã lưu trữ khoản hỗ trợ.</translation>
    </message>
    <message>
        <source>Follow-up archived.</source>
        <translation>Đã lưu trữ lần theo dõi.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>Hồ sơ này có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Lưu trước khi đóng?</translation>
    </message>
    <message>
        <source>Unsaved case forms</source>
        <translation>Hồ sơ đang nhập chưa lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n case form(s) were not saved when SafeReturn last closed (for example after a power cut). Restore them?</source>
        <translation>
            <numerusform>Có %n hồ sơ đang nhập chưa được lưu khi SafeReturn đóng lần trước (ví dụ do mất điện). Khôi phục lại?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Archive case…</source>
        <translation>Lưu trữ hồ sơ…</translation>
    </message>
    <message>
        <source>This reception, with its supports and follow-ups, stays in the database (and the audit log) but is no longer shown or counted in reports.</source>
        <translation>Lượt tiếp nhận này, cùng các khoản hỗ trợ và lần theo dõi, vẫn còn trong cơ sở dữ liệu (và nhật ký kiểm tra) nhưng không còn được hiển thị hay tính trong báo cáo.</translation>
    </message>
    <message>
        <source>Archive case</source>
        <translation>Lưu trữ hồ sơ</translation>
    </message>
    <message>
        <source>The whole case of %1 (%2), with every reception, support and follow-up, stays in the database and the audit log but leaves the case list and the reports. &quot;Show archived&quot; in the case list finds it again.</source>
        <translation>Toàn bộ hồ sơ của %1 (%2), cùng mọi lượt tiếp nhận, hỗ trợ và theo dõi, vẫn còn trong cơ sở dữ liệu và nhật ký kiểm tra nhưng không còn trong danh sách hồ sơ và báo cáo. Đánh dấu &quot;Hiện hồ sơ đã lưu trữ&quot; trong danh sách để tìm lại.</translation>
    </message>
    <message>
        <source>A manager&apos;s decision changed this case. Reload to see it (your unsaved changes would be lost).</source>
        <translation>Quyết định của quản lý đã thay đổi hồ sơ này. Hãy tải lại để xem (các thay đổi chưa lưu sẽ mất).</translation>
    </message>
    <message>
        <source>&amp;5 · Plan</source>
        <translation>&amp;5 · Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;6 · Tasks</source>
        <translation>&amp;6 · Công việc</translation>
    </message>
    <message>
        <source>&amp;7 · Timeline</source>
        <translation>&amp;7 · Diễn biến</translation>
    </message>
    <message>
        <source>&amp;8 · Attachments</source>
        <translation>&amp;8 · Tệp đính kèm</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print case &amp;file…</source>
        <translation>In &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>Print reception &amp;minutes…</source>
        <translation>In biên bản &amp;tiếp nhận…</translation>
    </message>
    <message>
        <source>Print support &amp;receipts…</source>
        <translation>In &amp;danh sách ký nhận hỗ trợ…</translation>
    </message>
    <message>
        <source>Your role may not print cases.</source>
        <translation>Vai trò của bạn không được in hồ sơ.</translation>
    </message>
    <message>
        <source>Prints the case as saved; unsaved changes are not printed.</source>
        <translation>In hồ sơ theo bản đã lưu; các thay đổi chưa lưu không được in.</translation>
    </message>
    <message>
        <source>Save the new case first; then print it.</source>
        <translation>Hãy lưu hồ sơ mới trước, sau đó mới in.</translation>
    </message>
    <message>
        <source>Admit to shelter… (Ctrl+Shift+T)</source>
        <translation>Tiếp nhận vào phòng tạm lánh… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Your role may not admit persons to a shelter.</source>
        <translation>Vai trò của bạn không được tiếp nhận người vào phòng tạm lánh.</translation>
    </message>
    <message>
        <source>The database is open read-only: nobody can be admitted.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể tiếp nhận ai.</translation>
    </message>
    <message>
        <source>Save the reception first (Ctrl+S); then admit the person to a shelter.</source>
        <translation>Hãy lưu lần tiếp nhận trước (Ctrl+S), sau đó tiếp nhận người này vào phòng tạm lánh.</translation>
    </message>
    <message>
        <source>Admits the person of the reception chosen above to a shelter room.</source>
        <translation>Tiếp nhận người của lần tiếp nhận đang chọn ở trên vào một phòng tạm lánh.</translation>
    </message>
    <message>
        <source>Admitted to shelter.</source>
        <translation>Đã tiếp nhận vào phòng tạm lánh.</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseFields</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Tuổi ước tính</translation>
    </message>
    <message>
        <source>Estimated age as of</source>
        <translation>Ngày ước tính tuổi</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Liên hệ gia đình</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Reception date</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Trở về từ</translation>
    </message>
    <message>
        <source>Deciding agency</source>
        <translation>Cơ quan xác định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày xác định</translation>
    </message>
    <message>
        <source>Basis of the decision</source>
        <translation>Căn cứ xác định</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày đóng hồ sơ</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>Loại hỗ trợ</translation>
    </message>
    <message>
        <source>Support date</source>
        <translation>Ngày hỗ trợ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Đơn vị hỗ trợ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Quantity / days</source>
        <translation>Số lần / ngày</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Ngày theo dõi</translation>
    </message>
    <message>
        <source>%1 is required: fill it in.</source>
        <translation>Chưa nhập %1: trường này bắt buộc.</translation>
    </message>
    <message>
        <source>%1: a CCCD number has exactly 12 digits.</source>
        <translation>%1: số CCCD gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>%1: type a whole number of đồng, e.g. 1500000 or 1.500.000.</source>
        <translation>%1: nhập số tiền nguyên (đồng), ví dụ 1500000 hoặc 1.500.000.</translation>
    </message>
    <message>
        <source>%1 is not in the expected form: check what was typed.</source>
        <translation>%1 không đúng định dạng: hãy kiểm tra lại nội dung đã nhập.</translation>
    </message>
    <message>
        <source>%1 is not a valid date: type it as dd/mm/yyyy (or mm/yyyy, or the year only for a birth date).</source>
        <translation>%1 không phải ngày hợp lệ: nhập theo dạng dd/mm/yyyy (hoặc mm/yyyy, hoặc chỉ năm đối với ngày sinh).</translation>
    </message>
    <message>
        <source>%1 is in the future: enter a date up to today.</source>
        <translation>%1 ở tương lai: hãy nhập ngày không sau hôm nay.</translation>
    </message>
    <message>
        <source>%1 is before the person&apos;s date of birth: check both dates.</source>
        <translation>%1 trước ngày sinh của người này: hãy kiểm tra cả hai ngày.</translation>
    </message>
    <message>
        <source>%1 is before the reception date: check both dates.</source>
        <translation>%1 trước ngày tiếp nhận: hãy kiểm tra cả hai ngày.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 không được là số âm.</translation>
    </message>
    <message>
        <source>%1 is out of the allowed range.</source>
        <translation>%1 nằm ngoài khoảng cho phép.</translation>
    </message>
    <message>
        <source>%1: a closed case needs an outcome; an open case has none.</source>
        <translation>%1: hồ sơ đã đóng phải có kết quả; hồ sơ đang mở thì không có.</translation>
    </message>
    <message>
        <source>%1 does not agree with the other fields: check them.</source>
        <translation>%1 không khớp với các trường khác: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>%1 is too long: shorten it.</source>
        <translation>%1 quá dài: hãy rút ngắn.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 không hợp lệ.</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Thăm tại nhà</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Gọi điện thoại</translation>
    </message>
    <message>
        <source>Visit to the office</source>
        <translation>Đến làm việc tại cơ quan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Ổn định</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Cần hỗ trợ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>A follow-up records what was found: choose the situation of at least one area (health, housing, work, schooling) or write it in %1.</source>
        <translation>Mỗi lần theo dõi phải ghi nhận điều đã biết: chọn tình hình của ít nhất một mặt (sức khỏe, nhà ở, việc làm, học tập) hoặc ghi vào %1.</translation>
    </message>
    <message>
        <source>The plan has no goal yet: add at least one goal, then submit it.</source>
        <translation>Kế hoạch chưa có mục tiêu nào: hãy thêm ít nhất một mục tiêu rồi gửi duyệt.</translation>
    </message>
    <message>
        <source>%1: choose one of the values in the list.</source>
        <translation>%1: hãy chọn một giá trị trong danh sách.</translation>
    </message>
    <message>
        <source>%1: closing a case needs a manager&apos;s approval. Leave the case open and use &quot;Request closure…&quot; on the Plan tab.</source>
        <translation>%1: đóng hồ sơ cần quản lý phê duyệt. Hãy để hồ sơ ở trạng thái đang mở và dùng &quot;Đề nghị đóng hồ sơ…&quot; ở thẻ Kế hoạch.</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Hoạt động dự kiến</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Ghi chú rà soát</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>Các mục tiêu của kế hoạch</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseListModel</name>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Last reception</source>
        <translation>Ngày tiếp nhận gần nhất</translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Trở về từ</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Tình trạng xác định</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Phụ trách</translation>
    </message>
</context>
<context>
    <name>sr::ui::CasePrinting</name>
    <message>
        <source>Print the case file</source>
        <translation>In hồ sơ</translation>
    </message>
    <message>
        <source>Print the reception minutes</source>
        <translation>In biên bản tiếp nhận</translation>
    </message>
    <message>
        <source>Print the support receipt list</source>
        <translation>In danh sách ký nhận hỗ trợ</translation>
    </message>
    <message>
        <source>Save the reception first: the minutes are printed from the saved reception.</source>
        <translation>Hãy lưu lần tiếp nhận trước: biên bản được in theo lần tiếp nhận đã lưu.</translation>
    </message>
</context>
<context>
    <name>sr::ui::CaseWorkSettingsPage</name>
    <message>
        <source>Closing a case and approving a support plan need a &amp;manager&apos;s approval</source>
        <translation>Việc đóng hồ sơ và duyệt kế hoạch hỗ trợ cần được &amp;quản lý phê duyệt</translation>
    </message>
    <message>
        <source>Social workers see only the cases assigned to them (&amp;record-level access)</source>
        <translation>Cán bộ xã hội chỉ xem hồ sơ được phân công cho mình (&amp;giới hạn truy cập theo hồ sơ)</translation>
    </message>
    <message>
        <source>With record-level access on, a social worker lists, finds, opens and exports only their own cases; a manager those of the workers of their team (Users → Change team) and their own, or every case without a team; an administrator every case.</source>
        <translation>Khi bật giới hạn truy cập theo hồ sơ, cán bộ xã hội chỉ xem danh sách, tìm, mở và xuất hồ sơ của mình; quản lý xem hồ sơ của các cán bộ trong nhóm mình (Người dùng → Đổi nhóm) và của chính mình, hoặc mọi hồ sơ nếu không thuộc nhóm nào; quản trị viên xem mọi hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>The case-work settings are saved.</source>
        <translation>Đã lưu cài đặt quản lý ca.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password now.</source>
        <translation>Mật khẩu của bạn do quản trị viên đặt. Hãy chọn mật khẩu riêng của bạn ngay bây giờ.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ClubEditor</name>
    <message>
        <source>e.g. Prevention club of Hà Khánh ward</source>
        <translation>ví dụ: Câu lạc bộ phòng, chống mua bán người phường Hà Khánh</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>Commune &amp;list:</source>
        <translation>Danh &amp;mục xã/phường:</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or blank when not known</source>
        <translation>dd/mm/yyyy, hoặc để trống nếu không rõ</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>Ngày &amp;thành lập:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>Số thành &amp;viên:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>New prevention club</source>
        <translation>Thêm câu lạc bộ phòng, chống mua bán người</translation>
    </message>
    <message>
        <source>Prevention club</source>
        <translation>Câu lạc bộ phòng, chống mua bán người</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>What was typed for this club is not saved. Discard it?</source>
        <translation>Nội dung đã nhập cho câu lạc bộ này chưa được lưu. Bỏ nội dung này?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>Name of the club</source>
        <translation>Tên câu lạc bộ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>sr::ui::DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể trùng hồ sơ</translation>
    </message>
    <message>
        <source>This person may already be registered. If it is the same person, open the existing record and the new reception is added there; otherwise save a new person.</source>
        <translation>Người này có thể đã có hồ sơ. Nếu đúng là cùng một người, hãy mở hồ sơ đã có để thêm lần tiếp nhận mới vào đó; nếu không, hãy lưu thành người mới.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>same document number</source>
        <translation>trùng số giấy tờ</translation>
    </message>
    <message>
        <source>same name, close birth year</source>
        <translation>trùng tên, năm sinh gần nhau</translation>
    </message>
    <message>
        <source>&amp;Open existing person</source>
        <translation>&amp;Mở hồ sơ đã có</translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation>&amp;Lưu thành người mới</translation>
    </message>
    <message>
        <source>(another worker&apos;s case: ask your manager)</source>
        <translation>(hồ sơ của cán bộ khác: hãy hỏi quản lý)</translation>
    </message>
</context>
<context>
    <name>sr::ui::EnumLabels</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Under 1</source>
        <translation>Dưới 1 tuổi</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5 tuổi</translation>
    </message>
    <message>
        <source>6–11</source>
        <translation>6–11 tuổi</translation>
    </message>
    <message>
        <source>12–15</source>
        <translation>12–15 tuổi</translation>
    </message>
    <message>
        <source>16–17</source>
        <translation>16–17 tuổi</translation>
    </message>
    <message>
        <source>18 and over</source>
        <translation>Từ 18 tuổi trở lên</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>age band</comment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Handed over at the border</source>
        <translation>Được trao trả qua cửa khẩu</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Tự trình báo</translation>
    </message>
    <message>
        <source>Rescued</source>
        <translation>Được giải cứu</translation>
    </message>
    <message>
        <source>Via a mission abroad</source>
        <translation>Qua cơ quan đại diện Việt Nam ở nước ngoài</translation>
    </message>
    <message>
        <source>Reported by the family</source>
        <translation>Do gia đình trình báo</translation>
    </message>
    <message>
        <source>Found in screening</source>
        <translation>Phát hiện qua sàng lọc</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>route of identification</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh</translation>
    </message>
    <message>
        <source>Being identified</source>
        <translation>Đang xác định</translation>
    </message>
    <message>
        <source>Confirmed victim</source>
        <translation>Đã xác định là nạn nhân</translation>
    </message>
    <message>
        <source>Not a victim</source>
        <translation>Không phải nạn nhân</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Không xác định được</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Bóc lột tình dục</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Cưỡng bức lao động</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Cưỡng ép kết hôn</translation>
    </message>
    <message>
        <source>Child sale (incl. for adoption)</source>
        <translation>Mua bán trẻ em (kể cả để làm con nuôi)</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Lấy bộ phận cơ thể</translation>
    </message>
    <message>
        <source>Forced criminal activity (incl. scam compounds)</source>
        <translation>Cưỡng ép phạm tội (kể cả lừa đảo trực tuyến)</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Cưỡng ép ăn xin</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>form of exploitation</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>form of exploitation</comment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Đã hỗ trợ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Đã chuyển gửi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Không có nhu cầu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Handed over to the family</source>
        <translation>Bàn giao cho gia đình</translation>
    </message>
    <message>
        <source>Returned to the home locality</source>
        <translation>Trở về địa phương</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Chuyển cơ sở khác</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>case outcome</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Citizen identity card (CCCD)</source>
        <translation>Căn cước công dân (CCCD)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Hộ chiếu</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Giấy khai sinh</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>identity document</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>None</source>
        <comment>identity document</comment>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Social work centre</source>
        <translation>Trung tâm công tác xã hội</translation>
    </message>
    <message>
        <source>Labour office</source>
        <translation>Phòng lao động</translation>
    </message>
    <message>
        <source>Commune People&apos;s Committee</source>
        <translation>Ủy ban nhân dân cấp xã</translation>
    </message>
    <message>
        <source>Border Guard</source>
        <translation>Bộ đội Biên phòng</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Tổ chức phi chính phủ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Tâm lý</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Pháp lý</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Học nghề</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>An toàn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đã đạt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>task</comment>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>task</comment>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task</comment>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Follow-up after handover to the family</source>
        <translation>Theo dõi sau khi bàn giao về gia đình</translation>
    </message>
    <message>
        <source>Identification decision pending</source>
        <translation>Chờ quyết định xác định nạn nhân</translation>
    </message>
    <message>
        <source>Referred support without outcome</source>
        <translation>Hỗ trợ đã chuyển gửi chưa có kết quả</translation>
    </message>
    <message>
        <source>Plan goal past its target date</source>
        <translation>Mục tiêu kế hoạch quá hạn hoàn thành</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <comment>task</comment>
        <translation>Đã lỡ hạn</translation>
    </message>
</context>
<context>
    <name>sr::ui::ErrorMessages</name>
    <message>
        <source>Some of the information entered is not valid.</source>
        <translation>Một số thông tin đã nhập không hợp lệ.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been archived.</source>
        <translation>Không tìm thấy bản ghi. Có thể bản ghi đã được lưu trữ.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>Người khác vừa thay đổi bản ghi này. Hãy tải lại rồi thử lại.</translation>
    </message>
    <message>
        <source>A record with the same code already exists.</source>
        <translation>Đã có một bản ghi cùng mã.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang được một chương trình khác sử dụng. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Không thể đọc hoặc ghi tệp.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The file is not a SafeReturn database.</source>
        <translation>Tệp này không phải là cơ sở dữ liệu SafeReturn.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of SafeReturn.</source>
        <translation>Cơ sở dữ liệu được tạo bởi phiên bản SafeReturn mới hơn.</translation>
    </message>
    <message>
        <source>The database is open read-only; changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc; không thể lưu thay đổi.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Bạn không có quyền thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Thao tác đã bị hủy.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Details are in the log file.</source>
        <translation>Đã xảy ra lỗi không mong muốn. Chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a SafeReturn database. It was not changed.

Choose a SafeReturn database file, or a new file name to start an empty database.</source>
        <translation>Tệp &quot;%1&quot; không phải là cơ sở dữ liệu SafeReturn. Tệp không bị thay đổi.

Hãy chọn một tệp cơ sở dữ liệu SafeReturn, hoặc một tên tệp mới để bắt đầu một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was made by a newer version of SafeReturn. It was not changed.

Install the newer version of SafeReturn to open it.</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; được tạo bởi phiên bản SafeReturn mới hơn. Tệp không bị thay đổi.

Hãy cài đặt phiên bản SafeReturn mới hơn để mở tệp này.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is damaged and cannot be opened. It was not changed.

Restore the latest backup (safereturn restore).</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; bị hỏng và không thể mở. Tệp không bị thay đổi.

Hãy khôi phục bản sao lưu gần nhất (safereturn restore).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is locked by another program. Close the other SafeReturn window and try again.</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; đang bị một chương trình khác khóa. Hãy đóng cửa sổ SafeReturn kia rồi thử lại.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is read-only and needs an upgrade to this version of SafeReturn. Ask for write access to the file, or open a copy.</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; chỉ cho phép đọc nhưng cần được nâng cấp cho phiên bản SafeReturn này. Hãy xin quyền ghi vào tệp, hoặc mở một bản sao.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>Cơ sở dữ liệu &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be read or created. Check that the folder exists and that you may write to it.</source>
        <translation>Không thể đọc hoặc tạo cơ sở dữ liệu &quot;%1&quot;. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào thư mục đó.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be opened.

%2</source>
        <translation>Không thể mở cơ sở dữ liệu &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>This file cannot be written: it is the open database, one of its journal files, a file being read, or another SafeReturn database. Choose another file name.</source>
        <translation>Không thể ghi tệp này: đó là cơ sở dữ liệu đang mở, một tệp nhật ký giao dịch của nó, một tệp đang được đọc hoặc một cơ sở dữ liệu SafeReturn khác. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>The database file is damaged. It is open read-only from now on, so that the damage does not spread: restore the latest backup (File → Backup and restore).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Từ giờ tệp chỉ được mở để đọc, để hư hỏng không lan rộng: hãy khôi phục bản sao lưu gần nhất (Tệp → Sao lưu và khôi phục).</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Choose an existing folder.</source>
        <translation>Thư mục &quot;%1&quot; không tồn tại. Hãy chọn một thư mục có sẵn.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>The system does not allow this user to use the file or its folder (permission denied). Choose another folder, such as your Documents folder.</source>
        <translation>Hệ thống không cho phép người dùng này dùng tệp hoặc thư mục chứa tệp (không có quyền). Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents).</translation>
    </message>
    <message>
        <source>The disk is read-only (a write-protected USB stick or a CD?). Choose another disk.</source>
        <translation>Ổ đĩa chỉ cho phép đọc (USB bị khóa ghi hoặc đĩa CD?). Hãy chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Add a file name.</source>
        <translation>Đây là thư mục, không phải tệp. Hãy thêm tên tệp.</translation>
    </message>
    <message>
        <source>The name is too long for the disk. Choose a shorter name.</source>
        <translation>Tên quá dài đối với ổ đĩa. Hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error (input/output error). Check the disk or USB stick and try again.</source>
        <translation>Ổ đĩa báo lỗi đọc hoặc ghi (lỗi vào/ra). Hãy kiểm tra ổ đĩa hoặc USB rồi thử lại.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read or written.</source>
        <translation>Không thể đọc hoặc ghi tệp &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The disk that holds &quot;%1&quot; is full. Free some space or choose another disk, and try again.</source>
        <translation>Ổ đĩa chứa &quot;%1&quot; đã đầy. Hãy giải phóng bớt dung lượng hoặc chọn ổ đĩa khác rồi thử lại.</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot;.</source>
        <translation>Tệp: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database server does not answer. Check the host name and port of the connection (Settings → Servers) and the network, and ask the administrator whether the server is running.</source>
        <translation>Máy chủ cơ sở dữ liệu không trả lời. Hãy kiểm tra tên máy chủ và cổng của kết nối (Cài đặt → Máy chủ cơ sở dữ liệu) và mạng, và hỏi quản trị viên xem máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>The database server refused the user name or the password of the connection. Type the server password again, or ask the administrator to check the server user.</source>
        <translation>Máy chủ cơ sở dữ liệu từ chối tên người dùng hoặc mật khẩu của kết nối. Hãy nhập lại mật khẩu máy chủ, hoặc nhờ quản trị viên kiểm tra người dùng máy chủ.</translation>
    </message>
    <message>
        <source>The database server needs a password. Type the server password in the login window.</source>
        <translation>Máy chủ cơ sở dữ liệu cần mật khẩu. Hãy nhập mật khẩu máy chủ trong cửa sổ đăng nhập.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the database server could not be set up, or its certificate was not accepted. Ask the administrator to set up TLS on the server. Turning TLS off is only for a server on this same computer.</source>
        <translation>Không thiết lập được kết nối mã hóa (TLS) tới máy chủ cơ sở dữ liệu, hoặc chứng chỉ của máy chủ không được chấp nhận. Hãy nhờ quản trị viên thiết lập TLS trên máy chủ. Chỉ tắt TLS khi máy chủ nằm ngay trên máy tính này.</translation>
    </message>
    <message>
        <source>The server&apos;s database has no SafeReturn tables yet. An administrator creates them with: safereturn server init --db %1</source>
        <translation>Cơ sở dữ liệu trên máy chủ chưa có các bảng của SafeReturn. Quản trị viên tạo các bảng này bằng lệnh: safereturn server init --db %1</translation>
    </message>
    <message>
        <source>The server user of this connection may not do this in the database. Ask the administrator to grant it SafeReturn&apos;s rights.</source>
        <translation>Người dùng máy chủ của kết nối này không được phép làm việc này trong cơ sở dữ liệu. Hãy nhờ quản trị viên cấp cho người dùng đó các quyền của SafeReturn.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, and what was being saved was not saved. Check the network and save again.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu, nên dữ liệu đang lưu chưa được lưu. Hãy kiểm tra mạng rồi lưu lại lần nữa.</translation>
    </message>
    <message>
        <source>The server database %1 could not be opened.

%2</source>
        <translation>Không mở được cơ sở dữ liệu trên máy chủ %1.

%2</translation>
    </message>
    <message>
        <source>On a server, backups are made by the server administrator with pg_dump; see docs/server.md.</source>
        <translation>Trên máy chủ, việc sao lưu do quản trị viên máy chủ thực hiện bằng pg_dump; xem docs/server.md.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost just as the save was being confirmed, so SafeReturn cannot tell whether it was saved. Look the record up before entering it again.</source>
        <translation>Mất kết nối tới máy chủ cơ sở dữ liệu đúng lúc đang xác nhận việc lưu, nên SafeReturn không biết đã lưu được hay chưa. Hãy tìm lại hồ sơ trước khi nhập lại.</translation>
    </message>
    <message>
        <source>This case is assigned to another worker, so you cannot open it. Ask your manager to assign it to you if you need it.</source>
        <translation>Hồ sơ này do cán bộ khác phụ trách nên bạn không mở được. Nếu cần, hãy đề nghị quản lý phân công hồ sơ cho bạn.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). Choose the scanned file itself, or scan the paper again.</source>
        <translation>Tệp trống (0 byte). Hãy chọn đúng tệp bản quét, hoặc quét lại giấy tờ.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or split the document into several files.</source>
        <translation>Tệp lớn hơn 20 MB. Hãy quét ở 200 hoặc 300 dpi hoặc ở chế độ đen trắng, hoặc chia tài liệu thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file is a Word, Excel or other office document. Attach a PDF, JPEG or PNG scan, or save the document as PDF first and attach the PDF.</source>
        <translation>Tệp là tài liệu Word, Excel hoặc tài liệu văn phòng khác. Hãy đính kèm bản quét PDF, JPEG hoặc PNG, hoặc lưu tài liệu thành PDF trước rồi đính kèm tệp PDF đó.</translation>
    </message>
    <message>
        <source>The file is a picture in a format SafeReturn does not keep (GIF, BMP, WebP, HEIC…). Save it as JPEG or PNG and attach that.</source>
        <translation>Tệp là ảnh ở định dạng SafeReturn không lưu giữ (GIF, BMP, WebP, HEIC…). Hãy lưu ảnh thành JPEG hoặc PNG rồi đính kèm tệp đó.</translation>
    </message>
    <message>
        <source>The file is not a PDF, JPEG, PNG or TIFF file, whatever its name says. Attach a PDF, JPEG or PNG scan.</source>
        <translation>Tệp không phải là tệp PDF, JPEG, PNG hay TIFF, dù tên tệp ghi thế nào. Hãy đính kèm bản quét PDF, JPEG hoặc PNG.</translation>
    </message>
    <message>
        <source>The PDF file is incomplete: its end is missing (cut off while copying or downloading?). Copy or download it again, or scan the paper again.</source>
        <translation>Tệp PDF không đầy đủ: thiếu phần cuối (bị cắt khi sao chép hoặc tải về?). Hãy sao chép hoặc tải lại tệp, hoặc quét lại giấy tờ.</translation>
    </message>
    <message>
        <source>The PDF file is damaged or has no page and cannot be opened. Save it again from the program that made it, or scan the paper again.</source>
        <translation>Tệp PDF bị hỏng hoặc không có trang nào nên không mở được. Hãy lưu lại tệp từ chương trình đã tạo ra nó, hoặc quét lại giấy tờ.</translation>
    </message>
    <message>
        <source>The PDF file is protected by a password, so nobody could open it later. Save a copy without the password and attach that.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu, nên sau này không ai mở được. Hãy lưu một bản sao không có mật khẩu rồi đính kèm bản đó.</translation>
    </message>
    <message>
        <source>The picture is too large: over 100 megapixels or a side over 30,000 pixels. Scan at 200 or 300 dpi or make the photo smaller, and attach it again.</source>
        <translation>Ảnh quá lớn: trên 100 megapixel hoặc có cạnh dài hơn 30.000 điểm ảnh. Hãy quét ở 200 hoặc 300 dpi hoặc thu nhỏ ảnh, rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>The picture is damaged or incomplete (cut off while copying?) and cannot be shown whole. Copy it again, or scan or photograph the paper again.</source>
        <translation>Ảnh bị hỏng hoặc không đầy đủ (bị cắt khi sao chép?) nên không hiển thị trọn vẹn được. Hãy sao chép lại ảnh, hoặc quét hay chụp lại giấy tờ.</translation>
    </message>
    <message>
        <source>The scanned TIFF file, converted to PDF or PNG to be kept, is larger than 20 MB. Scan at 200 or 300 dpi or in black and white, or split the pages into several files.</source>
        <translation>Tệp TIFF đã quét, sau khi chuyển sang PDF hoặc PNG để lưu, lớn hơn 20 MB. Hãy quét ở 200 hoặc 300 dpi hoặc ở chế độ đen trắng, hoặc chia các trang thành nhiều tệp.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was not attached.</source>
        <translation>Tệp &quot;%1&quot; chưa được đính kèm.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ExportDialog</name>
    <message>
        <source>Receptions (one row per reception)</source>
        <translation>Lượt tiếp nhận (mỗi lượt một dòng)</translation>
    </message>
    <message>
        <source>Supports (one row per support given)</source>
        <translation>Hỗ trợ (mỗi lượt hỗ trợ một dòng)</translation>
    </message>
    <message>
        <source>Handover batches (one row per batch)</source>
        <translation>Đợt trao trả (mỗi đợt một dòng)</translation>
    </message>
    <message>
        <source>De-identified (for the Department of Labour)</source>
        <translation>Ẩn danh (gửi Sở LĐ-TB&amp;XH)</translation>
    </message>
    <message>
        <source>Full, with personal data</source>
        <translation>Đầy đủ, có dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Hủy xuất</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Từ – đến:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Bảng:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Chế độ:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Export personal data?</source>
        <translation>Xuất dữ liệu cá nhân?</translation>
    </message>
    <message>
        <source>Export with personal data</source>
        <translation>Xuất kèm dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Ngày bắt đầu sau ngày kết thúc.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be written.</source>
        <translation>
            <numerusform>Sẽ ghi %Ln dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No names, other names, document numbers, addresses, phone numbers, family contacts or notes. The birth date becomes the age band, the commune becomes the province, and the case code becomes a stable pseudonym.</source>
        <translation>Không có họ tên, tên gọi khác, số giấy tờ, địa chỉ, số điện thoại, liên hệ gia đình hay ghi chú. Ngày sinh được thay bằng nhóm tuổi, xã/phường được thay bằng tỉnh, và mã hồ sơ được thay bằng một bí danh cố định.</translation>
    </message>
    <message>
        <source>Every field, including names, dates of birth, document numbers, addresses, phone numbers, family contacts and notes. The export is recorded in the audit log.</source>
        <translation>Mọi trường, kể cả họ tên, ngày sinh, số giấy tờ, địa chỉ, số điện thoại, liên hệ gia đình và ghi chú. Lần xuất này được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Your role may not export personal data. Choose the de-identified mode, or ask a manager or an administrator for a full export.</source>
        <translation>Vai trò của bạn không được xuất dữ liệu cá nhân. Hãy chọn chế độ ẩn danh, hoặc nhờ người quản lý hay quản trị viên xuất bản đầy đủ.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>full names, other names, dates of birth, document numbers, addresses, phone numbers, family contacts, case codes and notes</source>
        <translation>họ tên, tên gọi khác, ngày sinh, số giấy tờ, địa chỉ, số điện thoại, liên hệ gia đình, mã hồ sơ và ghi chú</translation>
    </message>
    <message>
        <source>case codes and the notes of each support, which may name the person</source>
        <translation>mã hồ sơ và ghi chú của từng lượt hỗ trợ, có thể nêu tên người được hỗ trợ</translation>
    </message>
    <message>
        <source>the notes of each batch, which may name persons</source>
        <translation>ghi chú của từng đợt, có thể nêu tên người</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold personal data of returned victims: %1.

Keep it on an encrypted or access-controlled drive, send it only to authorised recipients, and delete it when it is no longer needed. The export (period, table, row count and file name) is recorded in the audit log.

Export %Ln row(s) with personal data?</source>
        <translation>
            <numerusform>Tệp sẽ chứa dữ liệu cá nhân của nạn nhân trở về: %1.

Chỉ lưu tệp trên ổ đĩa được mã hóa hoặc được kiểm soát truy cập, chỉ gửi cho người nhận có thẩm quyền, và xóa tệp khi không còn cần. Lần xuất này (kỳ, bảng, số dòng và tên tệp) được ghi vào nhật ký kiểm tra.

Xuất %Ln dòng kèm dữ liệu cá nhân?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not export personal data.</source>
        <translation>Vai trò của bạn không được xuất dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>The export was not started.</source>
        <translation>Chưa xuất tệp.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to:
%1</source>
        <translation>
            <numerusform>Đã xuất %Ln dòng vào:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Đã hủy xuất. Không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Encrypted &amp;ZIP (AES-256, opens with 7-Zip)</source>
        <translation>Tệp &amp;ZIP mã hóa (AES-256, mở bằng 7-Zip)</translation>
    </message>
    <message>
        <source>ZIP passphrase:</source>
        <translation>Cụm mật khẩu ZIP:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Nhập lại cụm mật khẩu:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The ZIP passphrase needs at least 10 characters.</source>
        <translation>Cụm mật khẩu ZIP cần ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Tệp ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Attachments list (full export only; names the files, not their content)</source>
        <translation>Danh sách tệp đính kèm (chỉ khi xuất đầy đủ; ghi tên tệp, không có nội dung tệp)</translation>
    </message>
    <message>
        <source>The attachments list names each person&apos;s papers (file names and notes), so it is part of the full export only. Choose the full mode; the files themselves are never written to a CSV.</source>
        <translation>Danh sách tệp đính kèm nêu tên giấy tờ của từng người (tên tệp và ghi chú), nên chỉ có trong bản xuất đầy đủ. Hãy chọn chế độ đầy đủ; bản thân các tệp không bao giờ được ghi vào tệp CSV.</translation>
    </message>
    <message>
        <source>case codes and the file names and notes of each attachment, which may name the person</source>
        <translation>mã hồ sơ, tên tệp và ghi chú của từng tệp đính kèm, có thể nêu tên người được hỗ trợ</translation>
    </message>
    <message>
        <source>The attachments list is part of the full export only.</source>
        <translation>Danh sách tệp đính kèm chỉ có trong bản xuất đầy đủ.</translation>
    </message>
    <message>
        <source>Follow-ups (one row per follow-up contact)</source>
        <translation>Lượt theo dõi (mỗi lần theo dõi một dòng)</translation>
    </message>
    <message>
        <source>Hotline calls (one row per call)</source>
        <translation>Cuộc gọi tổng đài (mỗi cuộc gọi một dòng)</translation>
    </message>
    <message>
        <source>case codes and the notes of each follow-up, which may name the person and their family</source>
        <translation>mã hồ sơ và ghi chú của từng lần theo dõi, có thể nêu tên người được hỗ trợ và gia đình họ</translation>
    </message>
    <message>
        <source>the callers&apos; names and phone numbers, the case codes and the notes of each call</source>
        <translation>họ tên và số điện thoại của người gọi, mã hồ sơ và ghi chú của từng cuộc gọi</translation>
    </message>
    <message>
        <source>Prevention clubs (one row per club)</source>
        <translation>Câu lạc bộ phòng, chống mua bán người (mỗi câu lạc bộ một dòng)</translation>
    </message>
    <message>
        <source>Prevention activities (one row per activity)</source>
        <translation>Hoạt động tuyên truyền, phòng ngừa (mỗi hoạt động một dòng)</translation>
    </message>
    <message>
        <source>the notes of each club, which may name persons</source>
        <translation>ghi chú của từng câu lạc bộ, có thể nêu tên người</translation>
    </message>
    <message>
        <source>the organisers, partners and notes of each activity, which may name persons</source>
        <translation>cơ quan tổ chức, đơn vị phối hợp và ghi chú của từng hoạt động, có thể nêu tên người</translation>
    </message>
    <message>
        <source>Shelter stays (one row per stay in a shelter room)</source>
        <translation>Lượt tạm lánh (mỗi lượt ở một phòng tạm lánh một dòng)</translation>
    </message>
    <message>
        <source>case codes, the shelter rooms where each person stayed, and the notes of each stay</source>
        <translation>mã hồ sơ, phòng tạm lánh nơi từng người đã ở và ghi chú của từng lượt tạm lánh</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
</context>
<context>
    <name>sr::ui::FirstAdminDialog</name>
    <message>
        <source>SafeReturn — first administrator</source>
        <translation>SafeReturn — quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users.</source>
        <translation>Cơ sở dữ liệu này chưa có người dùng. Hãy tạo tài khoản quản trị viên; sau đó quản trị viên sẽ thêm những người dùng khác.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Tên &amp;hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::FollowUpList</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Nhà ở</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Việc làm</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Học tập</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Thêm lần theo dõi</translation>
    </message>
    <message>
        <source>Archive follow-up…</source>
        <translation>Lưu trữ lần theo dõi…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>&amp;Sức khỏe:</translation>
    </message>
    <message>
        <source>H&amp;ousing:</source>
        <translation>Nơ&amp;i ở:</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Việc làm:</translation>
    </message>
    <message>
        <source>&amp;Schooling:</source>
        <translation>Họ&amp;c tập:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Archive follow-up</source>
        <translation>Lưu trữ lần theo dõi</translation>
    </message>
    <message>
        <source>This follow-up stays in the database (and the audit log) but is no longer shown or counted.</source>
        <translation>Lần theo dõi này vẫn còn trong cơ sở dữ liệu (và nhật ký kiểm tra) nhưng không còn được hiển thị hay thống kê.</translation>
    </message>
</context>
<context>
    <name>sr::ui::GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Sửa mục tiêu</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Thêm mục tiêu</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>Planned a&amp;ctions:</source>
        <translation>&amp;Hoạt động dự kiến:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>Hạn hoàn &amp;thành:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>&amp;Review notes:</source>
        <translation>&amp;Ghi chú rà soát:</translation>
    </message>
</context>
<context>
    <name>sr::ui::GuiApp</name>
    <message>
        <source>SafeReturn</source>
        <translation>SafeReturn</translation>
    </message>
    <message>
        <source>This computer&apos;s file (%1)</source>
        <translation>Tệp trên máy tính này (%1)</translation>
    </message>
    <message>
        <source>Server %1 (%2)</source>
        <translation>Máy chủ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sr::ui::HelpWindow</name>
    <message>
        <source>SafeReturn — User guide</source>
        <translation>SafeReturn — Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide (%1) was not found in:
%2

Reinstall SafeReturn, or ask your administrator.</source>
        <translation>Không tìm thấy hướng dẫn sử dụng (%1) trong:
%2

Hãy cài đặt lại SafeReturn, hoặc nhờ quản trị viên.</translation>
    </message>
    <message>
        <source>The user guide %1 could not be read: %2.</source>
        <translation>Không đọc được hướng dẫn sử dụng %1: %2.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ImportWizard</name>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Update records that already exist (same case code or record identifier)</source>
        <translation>&amp;Cập nhật các bản ghi đã có (cùng mã hồ sơ hoặc mã định danh bản ghi)</translation>
    </message>
    <message>
        <source>&amp;Add missing agencies, support types and border gates to the reference lists</source>
        <translation>&amp;Thêm cơ quan, loại hỗ trợ và cửa khẩu chưa có vào danh mục</translation>
    </message>
    <message>
        <source>Your role may not import records. Ask a manager or an administrator.</source>
        <translation>Vai trò của bạn không được nhập dữ liệu. Hãy nhờ người quản lý hoặc quản trị viên.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Nothing is written before the whole file has been checked; the next step lists every problem found.</source>
        <translation>Không ghi gì trước khi kiểm tra xong toàn bộ tệp; bước tiếp theo liệt kê mọi lỗi tìm thấy.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is written in this step.</source>
        <translation>Mọi dòng đều được kiểm tra; bước này không ghi gì.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Confirm the import</source>
        <translation>Xác nhận nhập dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>All rows are written in one step: Cancel leaves the database as it was.</source>
        <translation>Mọi dòng được ghi trong một bước: bấm Hủy thì cơ sở dữ liệu giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of the table &quot;%1&quot; will be imported from &quot;%2&quot;.</source>
        <translation>
            <numerusform>Sẽ nhập %Ln dòng của bảng &quot;%1&quot; từ tệp &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that already exist will be updated with the values of the file.</source>
        <translation>Các bản ghi đã có sẽ được cập nhật theo giá trị trong tệp.</translation>
    </message>
    <message>
        <source>No record of the file exists yet; all will be created.</source>
        <translation>Chưa có bản ghi nào của tệp; tất cả sẽ được tạo mới.</translation>
    </message>
    <message>
        <source>These reference values will be added: %1.</source>
        <translation>Các giá trị danh mục sau sẽ được thêm: %1.</translation>
    </message>
    <message>
        <source>All rows are written together, or none. The import is recorded in the audit log.</source>
        <translation>Mọi dòng được ghi cùng lúc, hoặc không dòng nào. Lần nhập được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Checking and writing the rows…</source>
        <translation>Đang kiểm tra và ghi các dòng…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Đã hủy nhập. Không có gì được ghi.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Không có gì được ghi.</translation>
    </message>
    <message>
        <source>The file changed since it was checked and now has errors. Nothing was written; start the import again.</source>
        <translation>Tệp đã thay đổi sau khi kiểm tra và nay có lỗi. Không có gì được ghi; hãy nhập lại từ đầu.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: %Ln row(s) of the table &quot;%1&quot;. Press Next to continue.</source>
        <translation>
            <numerusform>Tệp hợp lệ: %Ln dòng của bảng &quot;%1&quot;. Bấm Tiếp để tiếp tục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Nothing was written. Correct the file (or choose other options) and check it again.</source>
        <translation>
            <numerusform>Tìm thấy %Ln lỗi. Không có gì được ghi. Hãy sửa tệp (hoặc chọn tùy chọn khác) rồi kiểm tra lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 are listed; %Ln more are not shown.</source>
        <translation>
            <numerusform>Chỉ liệt kê %1 lỗi đầu tiên; %Ln lỗi khác không hiển thị.</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Bảng: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Số dòng đã đọc: %1</translation>
    </message>
    <message>
        <source>Records created: %1</source>
        <translation>Bản ghi tạo mới: %1</translation>
    </message>
    <message>
        <source>Records updated: %1</source>
        <translation>Bản ghi cập nhật: %1</translation>
    </message>
    <message>
        <source>Persons created: %1</source>
        <translation>Người tạo mới: %1</translation>
    </message>
    <message>
        <source>Persons updated: %1</source>
        <translation>Người cập nhật: %1</translation>
    </message>
    <message>
        <source>Reference values added: none</source>
        <translation>Giá trị danh mục đã thêm: không có</translation>
    </message>
    <message>
        <source>Reference values added: %1</source>
        <translation>Giá trị danh mục đã thêm: %1</translation>
    </message>
    <message>
        <source>Unknown value of a reference list. Tick &quot;Add missing agencies, support types and border gates&quot; on the first page to add it.</source>
        <translation>Giá trị không có trong danh mục. Đánh dấu &quot;Thêm cơ quan, loại hỗ trợ và cửa khẩu chưa có vào danh mục&quot; ở trang đầu để thêm.</translation>
    </message>
    <message>
        <source>The case code already exists. Tick &quot;Update records that already exist&quot; on the first page to update it.</source>
        <translation>Mã hồ sơ đã tồn tại. Đánh dấu &quot;Cập nhật các bản ghi đã có&quot; ở trang đầu để cập nhật.</translation>
    </message>
    <message>
        <source>The record already exists. Tick &quot;Update records that already exist&quot; on the first page to update it.</source>
        <translation>Bản ghi đã tồn tại. Đánh dấu &quot;Cập nhật các bản ghi đã có&quot; ở trang đầu để cập nhật.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be imported into it.</source>
        <translation>Cơ sở dữ liệu này đang mở ở chế độ chỉ đọc: không thể nhập dữ liệu vào.</translation>
    </message>
    <message>
        <source>Receptions</source>
        <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
        <source>Supports given</source>
        <translation>Lượt hỗ trợ</translation>
    </message>
    <message>
        <source>Border handover batches</source>
        <translation>Đợt trao trả qua cửa khẩu</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>support type</source>
        <translation>loại hỗ trợ</translation>
    </message>
    <message>
        <source>border gate</source>
        <translation>cửa khẩu</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (code %3)</source>
        <translation>%1 &quot;%2&quot; (mã %3)</translation>
    </message>
    <message>
        <source>Attachments list</source>
        <translation>Danh sách tệp đính kèm</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Lượt theo dõi</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>Cuộc gọi tổng đài</translation>
    </message>
    <message>
        <source>Prevention clubs</source>
        <translation>Câu lạc bộ phòng, chống mua bán người</translation>
    </message>
    <message>
        <source>Prevention activities</source>
        <translation>Hoạt động tuyên truyền, phòng ngừa</translation>
    </message>
    <message>
        <source>Shelter stays</source>
        <translation>Lượt tạm lánh</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>Download template (&amp;CSV)…</source>
        <translation>Tải mẫu (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Download template (E&amp;xcel)…</source>
        <translation>Tải mẫu (E&amp;xcel)…</translation>
    </message>
    <message>
        <source>Download template (CSV)</source>
        <translation>Tải mẫu (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Download template (Excel)</source>
        <translation>Tải mẫu (Excel)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved as %1. Fill it in with one person per row, then import it here.</source>
        <translation>Đã lưu mẫu thành %1. Hãy điền mỗi người một dòng rồi nhập tệp tại đây.</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tệp CSV và bảng tính Excel (*.csv *.txt *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column letter (column name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>A full export of SafeReturn or a spreadsheet made from the migration template, as CSV in UTF-8 or as an Excel workbook (.xlsx).</source>
        <translation>Một bản xuất đầy đủ của SafeReturn hoặc một bảng tính lập theo mẫu chuyển dữ liệu, dạng CSV UTF-8 hoặc bảng tính Excel (.xlsx).</translation>
    </message>
    <message>
        <source>A full export is imported one file at a time, in this order: %1.</source>
        <translation>Bản xuất đầy đủ được nhập lần lượt từng tệp, theo thứ tự: %1.</translation>
    </message>
</context>
<context>
    <name>sr::ui::LoginDialog</name>
    <message>
        <source>SafeReturn — log in</source>
        <translation>SafeReturn — đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>Se&amp;rver password:</source>
        <translation>Mật khẩu má&amp;y chủ:</translation>
    </message>
</context>
<context>
    <name>sr::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About SafeReturn</source>
        <translation>&amp;Giới thiệu SafeReturn</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Tiếp nhận trong khoảng</translation>
    </message>
    <message>
        <source>Receiving agency</source>
        <translation>Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Trở về từ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Identification status</source>
        <translation>Tình trạng xác định</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Hiện hồ sơ đã lưu trữ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %Ln case(s)</source>
        <comment>status bar: shown / total</comment>
        <translation>
            <numerusform>%1 / %Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>This database is open read-only: you can look at the cases, but changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu này đang mở ở chế độ chỉ đọc: bạn có thể xem hồ sơ nhưng không thể lưu thay đổi.</translation>
    </message>
    <message>
        <source>About SafeReturn</source>
        <translation>Giới thiệu SafeReturn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Case management for returned victims of human trafficking.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Phần mềm quản lý hồ sơ hỗ trợ nạn nhân bị mua bán trở về.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU (GPL), phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;gisters</source>
        <translation>&amp;Sổ</translation>
    </message>
    <message>
        <source>&amp;Handover register…</source>
        <translation>Sổ &amp;trao trả qua cửa khẩu…</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Period summary report…</source>
        <translation>Báo cáo &amp;tổng hợp theo kỳ…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <source>Your role shows no case records: use the Reports menu for de-identified figures.</source>
        <translation>Vai trò của bạn không xem được hồ sơ: hãy dùng menu Báo cáo để xem số liệu đã ẩn danh.</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Nhật ký kiểm tra…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>The new language is used from the next start of SafeReturn.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở SafeReturn sau.</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Danh mục…</translation>
    </message>
    <message>
        <source>Name, other name, case code or document number. Accents are optional: &quot;dang&quot; finds &quot;Đặng&quot;. Down arrow: go to the list, Enter: open the case.</source>
        <translation>Họ tên, tên khác, mã hồ sơ hoặc số giấy tờ. Có thể gõ không dấu: &quot;dang&quot; tìm được &quot;Đặng&quot;. Mũi tên xuống: chuyển xuống danh sách, Enter: mở hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>%1+ (counting…) / %Ln case(s)</source>
        <comment>status bar: shown so far, more are being counted / total</comment>
        <translation>
            <numerusform>%1+ (đang đếm…) / %Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <comment>status bar while the cases are being counted</comment>
        <translation>Đang đếm hồ sơ…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>SafeReturn found damage inside the database file. It is now open read-only, so that the damage does not spread to good records.

Restore the latest backup (File → Backup and restore), or ask your administrator to.</source>
        <translation>SafeReturn phát hiện hư hỏng bên trong tệp cơ sở dữ liệu. Tệp hiện chỉ được mở để đọc, để hư hỏng không lan sang các hồ sơ còn tốt.

Hãy khôi phục bản sao lưu gần nhất (Tệp → Sao lưu và khôi phục), hoặc nhờ quản trị viên làm việc này.</translation>
    </message>
    <message>
        <source>This database file is damaged: it is open read-only so that the damage does not spread. Restore the latest backup (File → Backup and restore).</source>
        <translation>Tệp cơ sở dữ liệu này bị hỏng: tệp chỉ được mở để đọc để hư hỏng không lan rộng. Hãy khôi phục bản sao lưu gần nhất (Tệp → Sao lưu và khôi phục).</translation>
    </message>
    <message>
        <source>Warning: this database is on a network drive. A database file may be damaged when used over a network; copy it to this computer&apos;s disk.</source>
        <translation>Cảnh báo: cơ sở dữ liệu này nằm trên ổ đĩa mạng. Tệp cơ sở dữ liệu có thể bị hỏng khi dùng qua mạng; hãy sao chép tệp về ổ đĩa của máy tính này.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>%1 (this version of SafeReturn writes %2)</source>
        <translation>%1 (phiên bản SafeReturn này ghi theo lược đồ %2)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Database schema version:</source>
        <translation>Phiên bản lược đồ cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Phiên bản Qt:</translation>
    </message>
    <message>
        <source>SQLite version:</source>
        <translation>Phiên bản SQLite:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>My work (Ctrl+1)</source>
        <translation>Việc của tôi (Ctrl+1)</translation>
    </message>
    <message>
        <source>Cases (Ctrl+2)</source>
        <translation>Hồ sơ (Ctrl+2)</translation>
    </message>
    <message>
        <source>Overview (Ctrl+3)</source>
        <translation>Tổng quan (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Việc của tôi</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Hồ sơ của tôi</translation>
    </message>
    <message>
        <source>Show only the cases you are responsible for (Ctrl+M)</source>
        <translation>Chỉ hiện các hồ sơ bạn phụ trách (Ctrl+M)</translation>
    </message>
    <message>
        <source>cases nobody is responsible for</source>
        <translation>hồ sơ chưa có cán bộ phụ trách</translation>
    </message>
    <message>
        <source>cases of %1</source>
        <translation>hồ sơ của %1</translation>
    </message>
    <message>
        <source>one worker</source>
        <translation>một cán bộ</translation>
    </message>
    <message>
        <source>with an open task due before %1</source>
        <translation>có việc còn mở đến hạn trước %1</translation>
    </message>
    <message>
        <source>without a support plan</source>
        <translation>chưa có kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <source>Showing %1. &quot;Clear filters&quot; shows every case again.</source>
        <translation>Đang hiện %1. Bấm &quot;Xóa bộ lọc&quot; để xem lại mọi hồ sơ.</translation>
    </message>
    <message>
        <source>Shel&amp;ter board…</source>
        <translation>&amp;Bảng tạm lánh…</translation>
    </message>
    <message>
        <source>Hotline &amp;call log…</source>
        <translation>Sổ &amp;cuộc gọi tổng đài…</translation>
    </message>
    <message>
        <source>&amp;Prevention activities and clubs…</source>
        <translation>Hoạt động tuyên truyền, &amp;phòng ngừa và câu lạc bộ…</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>Giải thích mục &amp;này</translation>
    </message>
    <message>
        <source>Demonstration data — not for real records. The persons in this database are invented: work with real cases in another database.</source>
        <translation>Dữ liệu minh họa — không dùng cho hồ sơ thật. Những người trong cơ sở dữ liệu này là hư cấu: hãy làm việc với hồ sơ thật trong một cơ sở dữ liệu khác.</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>dữ liệu minh họa</translation>
    </message>
    <message>
        <source>&amp;Export data (CSV, Excel)…</source>
        <translation>&amp;Xuất dữ liệu (CSV, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Import data (CSV, Excel)…</source>
        <translation>&amp;Nhập dữ liệu (CSV, Excel)…</translation>
    </message>
</context>
<context>
    <name>sr::ui::OpenCasesModel</name>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
</context>
<context>
    <name>sr::ui::OrganisationForm</name>
    <message>
        <source>e.g. TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH</source>
        <translation>ví dụ: TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH</translation>
    </message>
    <message>
        <source>&amp;Name of the organisation:</source>
        <translation>Tê&amp;n cơ quan, đơn vị:</translation>
    </message>
    <message>
        <source>e.g. SỞ Y TẾ TỈNH QUẢNG NINH</source>
        <translation>ví dụ: SỞ Y TẾ TỈNH QUẢNG NINH</translation>
    </message>
    <message>
        <source>Body &amp;above it:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh/thành &amp;phố:</translation>
    </message>
    <message>
        <source>Street, ward or commune</source>
        <translation>Số nhà, đường, phường hoặc xã</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>e.g. Hạ Long</source>
        <translation>ví dụ: Hạ Long</translation>
    </message>
    <message>
        <source>Printed before the date under report headers: &quot;Hạ Long, ngày …&quot;</source>
        <translation>In trước ngày tháng dưới tiêu đề báo cáo: &quot;Hạ Long, ngày …&quot;</translation>
    </message>
    <message>
        <source>P&amp;lace in the date line:</source>
        <translation>Địa danh &amp;ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Case codes are made of it: QN-2026-0001. Changing it affects new cases only.</source>
        <translation>Dùng để tạo mã hồ sơ: QN-2026-0001. Thay đổi chỉ áp dụng cho hồ sơ mới.</translation>
    </message>
    <message>
        <source>&amp;Case code prefix:</source>
        <translation>&amp;Tiền tố mã hồ sơ:</translation>
    </message>
    <message>
        <source>The organisation&apos;s details are saved.</source>
        <translation>Đã lưu thông tin cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>e.g. TTCTXH</source>
        <translation>ví dụ: TTCTXH</translation>
    </message>
    <message>
        <source>The agency&apos;s abbreviation in the report&apos;s number line: &quot;Số: …/BC-TTCTXH&quot;</source>
        <translation>Tên viết tắt của cơ quan trong số ký hiệu của báo cáo: &quot;Số: …/BC-TTCTXH&quot;</translation>
    </message>
    <message>
        <source>Abbre&amp;viation:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signing the reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ký báo cáo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>ví dụ: GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>&amp;Title of the head:</source>
        <translation>Chức vụ ngườ&amp;i đứng đầu:</translation>
    </message>
    <message>
        <source>A deputy signs on the head&apos;s behalf (&amp;KT.)</source>
        <translation>Cấp phó ký tha&amp;y người đứng đầu (KT.)</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>ví dụ: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Title of the d&amp;eputy:</source>
        <translation>Chức vụ cấp phó:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Printed under the signature</source>
        <translation>In dưới chữ ký</translation>
    </message>
    <message>
        <source>Name of the signe&amp;r:</source>
        <translation>Họ tên người &amp;ký:</translation>
    </message>
    <message>
        <source>One per line, e.g.
Sở Y tế tỉnh Quảng Ninh
Lưu: VT</source>
        <translation>Mỗi dòng một nơi, ví dụ:
Sở Y tế tỉnh Quảng Ninh
Lưu: VT</translation>
    </message>
    <message>
        <source>Rec&amp;ipients:</source>
        <translation>Nơi nhận (&amp;mỗi dòng một nơi):</translation>
    </message>
</context>
<context>
    <name>sr::ui::OverdueByWorkerModel</name>
    <message>
        <source>Worker</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Việc quá hạn</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>sr::ui::OverviewPage</name>
    <message>
        <source>Open cases by time since the latest reception</source>
        <translation>Hồ sơ đang mở theo thời gian từ lần tiếp nhận gần nhất</translation>
    </message>
    <message>
        <source>Overdue tasks by worker</source>
        <translation>Việc quá hạn theo cán bộ</translation>
    </message>
    <message>
        <source>Open cases by identification status and time since the latest reception (Enter: show the cases)</source>
        <translation>Hồ sơ đang mở theo tình trạng xác định và thời gian từ lần tiếp nhận gần nhất (Enter: xem các hồ sơ)</translation>
    </message>
    <message>
        <source>Overdue tasks by worker (Enter: show the worker&apos;s cases)</source>
        <translation>Việc quá hạn theo cán bộ (Enter: xem hồ sơ của cán bộ)</translation>
    </message>
    <message>
        <source>Overview of case work — %1</source>
        <translation>Tổng quan công tác hồ sơ — %1</translation>
    </message>
    <message>
        <source>Open cases: %1</source>
        <translation>Hồ sơ đang mở: %1</translation>
    </message>
    <message>
        <source>Without a plan: %1</source>
        <translation>Chưa có kế hoạch: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Identification pending: %1</source>
        <translation>Đang xác định: %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::PeriodPresets</name>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Nine months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Statistical c&amp;ut-off (15th – 14th)</source>
        <translation>Kỳ số liệ&amp;u thống kê (ngày 15 – ngày 14)</translation>
    </message>
    <message>
        <source>The reporting period of statistics set by Decree 09/2019/NĐ-CP: from the 15th of the month before the period to the 14th of its last month</source>
        <translation>Kỳ số liệu thống kê theo Nghị định 09/2019/NĐ-CP: từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
</context>
<context>
    <name>sr::ui::PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Nhân thân</translation>
    </message>
    <message>
        <source>Case code:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>O&amp;ther names:</source>
        <translation>Tên &amp;gọi khác:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <source>or estimated &amp;age:</source>
        <translation>hoặc t&amp;uổi ước tính:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>Ngày &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Quốc tịch:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>Identity d&amp;ocument:</source>
        <translation>Giấy tờ tù&amp;y thân:</translation>
    </message>
    <message>
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Units from 1/7/2025</source>
        <translation>Đơn vị hành chính từ 1/7/2025</translation>
    </message>
    <message>
        <source>Units before 1/7/2025</source>
        <translation>Đơn vị hành chính trước 1/7/2025</translation>
    </message>
    <message>
        <source>Administrative &amp;units:</source>
        <translation>Đơn &amp;vị hành chính:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉ&amp;nh/thành phố:</translation>
    </message>
    <message>
        <source>&amp;Commune / ward:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Contact and consent</source>
        <translation>Liên hệ và sự đồng ý</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện thoạ&amp;i:</translation>
    </message>
    <message>
        <source>Fa&amp;mily contact:</source>
        <translation>&amp;Liên hệ gia đình:</translation>
    </message>
    <message>
        <source>Agrees to receive services</source>
        <translation>Đồng ý nhận dịch vụ hỗ trợ</translation>
    </message>
    <message>
        <source>Agrees to share information with partners</source>
        <translation>Đồng ý chia sẻ thông tin với đối tác</translation>
    </message>
    <message>
        <source>Agrees to de-identified statistics</source>
        <translation>Đồng ý dùng cho thống kê ẩn danh</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Sự đồng ý:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>commune, ward or district (free text)</source>
        <translation>xã, phường hoặc huyện (nhập tự do)</translation>
    </message>
    <message>
        <source>start typing to choose from the list</source>
        <translation>gõ vài chữ để chọn trong danh sách</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>(cấp khi lưu)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Người nước ngoài</translation>
    </message>
    <message>
        <source>Type what is known: 15/03/2004, 03/2004 or 2004.</source>
        <translation>Nhập những gì đã biết: 15/03/2004, 03/2004 hoặc 2004.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date of birth&lt;/b&gt;&lt;br&gt;Type only what is known: the full date (15/03/2004), the month and year (03/2004) or the year alone (2004). Do not invent a day or a month: a partial date is kept as partial. When nothing is known, leave it empty and give an estimated age in the field beside it.</source>
        <translation>&lt;b&gt;Ngày sinh&lt;/b&gt;&lt;br&gt;Chỉ nhập những gì đã biết: đủ ngày tháng năm (15/03/2004), tháng và năm (03/2004) hoặc chỉ năm (2004). Đừng tự thêm ngày hay tháng: ngày sinh chưa đầy đủ được giữ nguyên như vậy. Khi không biết gì, để trống và nhập tuổi ước tính ở ô bên cạnh.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Identity document&lt;/b&gt;&lt;br&gt;Citizen identity card (CCCD): exactly 12 digits, without spaces or dots; the first three are the province where the birth was registered (022 for Quảng Ninh). An old 9-digit identity card (CMND) is not a CCCD: choose &quot;Other&quot; and type its number. Passport, birth certificate or other paper: the number as printed on it. None: leave the number empty.</source>
        <translation>&lt;b&gt;Giấy tờ tùy thân&lt;/b&gt;&lt;br&gt;Căn cước công dân (CCCD): đúng 12 chữ số, không có dấu cách hay dấu chấm; ba chữ số đầu là mã tỉnh nơi đăng ký khai sinh (022 là Quảng Ninh). Chứng minh nhân dân (CMND) cũ 9 chữ số không phải là CCCD: hãy chọn &quot;Khác&quot; rồi nhập số. Hộ chiếu, giấy khai sinh hoặc giấy tờ khác: nhập số như in trên giấy. Không có: để trống ô số.</translation>
    </message>
    <message>
        <source>CCCD: exactly 12 digits, without spaces.</source>
        <translation>CCCD: đúng 12 chữ số, không có dấu cách.</translation>
    </message>
    <message>
        <source>The list the address is written in: the units from 1/7/2025 or the units before it.</source>
        <translation>Danh mục dùng để ghi địa chỉ: đơn vị hành chính từ 1/7/2025 hoặc trước ngày đó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Administrative units&lt;/b&gt;&lt;br&gt;Provinces and communes were reorganised on 1/7/2025 (provinces merged, districts ended). Choose the list the address is written in: an address from papers issued before 1/7/2025 names the units before it, a newer one the units from 1/7/2025. The record keeps the units as written; the list of provinces below follows this choice.</source>
        <translation>&lt;b&gt;Đơn vị hành chính&lt;/b&gt;&lt;br&gt;Tỉnh và xã được sắp xếp lại từ 1/7/2025 (hợp nhất tỉnh, kết thúc cấp huyện). Chọn danh mục mà địa chỉ được ghi theo: địa chỉ trên giấy tờ cấp trước 1/7/2025 ghi theo đơn vị trước ngày đó, giấy tờ mới hơn ghi theo đơn vị từ 1/7/2025. Hồ sơ giữ nguyên đơn vị như đã ghi; danh sách tỉnh/thành phố bên dưới thay đổi theo lựa chọn này.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PlanPanel</name>
    <message>
        <source>Goals of the support plan</source>
        <translation>Các mục tiêu của kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Hoạt động dự kiến</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Ghi chú rà soát</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>&amp;Thêm mục tiêu…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Sửa mục tiêu…</translation>
    </message>
    <message>
        <source>Arc&amp;hive goal…</source>
        <translation>Lư&amp;u trữ mục tiêu…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Người đề nghị</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Note and comment</source>
        <translation>Ghi chú và ý kiến</translation>
    </message>
    <message>
        <source>S&amp;ubmit plan for approval…</source>
        <translation>&amp;Gửi duyệt kế hoạch…</translation>
    </message>
    <message>
        <source>Request &amp;closure…</source>
        <translation>Đề nghị đó&amp;ng hồ sơ…</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>Trả &amp;lại…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Rút lại</translation>
    </message>
    <message>
        <source>No plan yet: add the first goal.</source>
        <translation>Chưa có kế hoạch: hãy thêm mục tiêu đầu tiên.</translation>
    </message>
    <message>
        <source>Plan drafted, not submitted for approval.</source>
        <translation>Kế hoạch đang soạn, chưa gửi duyệt.</translation>
    </message>
    <message>
        <source>Plan submitted, waiting for a manager&apos;s approval.</source>
        <translation>Kế hoạch đã gửi, đang chờ quản lý phê duyệt.</translation>
    </message>
    <message>
        <source>Plan approved.</source>
        <translation>Kế hoạch đã được duyệt.</translation>
    </message>
    <message>
        <source>Plan returned by the manager: see the comment, change the goals and submit it again.</source>
        <translation>Quản lý đã trả lại kế hoạch: xem ý kiến, sửa các mục tiêu rồi gửi duyệt lại.</translation>
    </message>
    <message>
        <source>Plan changed since it was approved: submit it again for approval.</source>
        <translation>Kế hoạch đã thay đổi sau khi được duyệt: hãy gửi duyệt lại.</translation>
    </message>
    <message>
        <source>Save the reception first: its plan and approvals start once it is stored.</source>
        <translation>Hãy lưu lần tiếp nhận trước: kế hoạch và phê duyệt bắt đầu khi lần tiếp nhận đã được lưu.</translation>
    </message>
    <message>
        <source>This organisation requires a manager&apos;s approval of the plan and of closing a case.</source>
        <translation>Tổ chức này yêu cầu quản lý phê duyệt kế hoạch và việc đóng hồ sơ.</translation>
    </message>
    <message>
        <source>Approvals are optional in this organisation.</source>
        <translation>Tổ chức này không bắt buộc phê duyệt.</translation>
    </message>
    <message>
        <source>Archive goal</source>
        <translation>Lưu trữ mục tiêu</translation>
    </message>
    <message>
        <source>This goal stays in the database (and the audit log) but is no longer part of the plan.</source>
        <translation>Mục tiêu này vẫn còn trong cơ sở dữ liệu (và nhật ký kiểm tra) nhưng không còn thuộc kế hoạch.</translation>
    </message>
    <message>
        <source>Submit plan for approval</source>
        <translation>Gửi duyệt kế hoạch</translation>
    </message>
    <message>
        <source>A manager approves the plan or returns it with a comment. Until then the request can be withdrawn.</source>
        <translation>Quản lý duyệt kế hoạch hoặc trả lại kèm ý kiến. Trước khi quản lý quyết định, có thể rút lại đề nghị.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Đề nghị đóng hồ sơ</translation>
    </message>
    <message>
        <source>The case is closed with this outcome and date when a manager approves the request.</source>
        <translation>Hồ sơ được đóng với kết quả và ngày này khi quản lý duyệt đề nghị.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Ý &amp;kiến:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Approving closes the case with the outcome and date asked for.</source>
        <translation>Duyệt sẽ đóng hồ sơ với kết quả và ngày đã đề nghị.</translation>
    </message>
    <message>
        <source>Approving accepts the plan as it stands.</source>
        <translation>Duyệt là chấp nhận kế hoạch như hiện tại.</translation>
    </message>
    <message>
        <source>Return to the worker</source>
        <translation>Trả lại cho cán bộ</translation>
    </message>
    <message>
        <source>Say what should change: the worker sees your comment.</source>
        <translation>Nêu rõ cần sửa gì: cán bộ sẽ thấy ý kiến của bạn.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PreventionFields</name>
    <message>
        <source>%1: a club meeting names its club; choose it in the list (add the club first if needed).</source>
        <translation>%1: buổi sinh hoạt câu lạc bộ phải ghi rõ câu lạc bộ; hãy chọn trong danh sách (thêm câu lạc bộ trước nếu cần).</translation>
    </message>
    <message>
        <source>%1: enter how many there were, at least 1.</source>
        <translation>%1: hãy nhập số lượng, ít nhất là 1.</translation>
    </message>
    <message>
        <source>%1 is before the start date: check both dates.</source>
        <translation>%1 trước ngày bắt đầu: kiểm tra cả hai ngày.</translation>
    </message>
    <message>
        <source>%1 cannot be more than the participants in total.</source>
        <translation>%1 không được lớn hơn tổng số người tham gia.</translation>
    </message>
    <message>
        <source>%1: only a club meeting names a club; clear it or choose the kind &quot;Club meeting&quot;.</source>
        <translation>%1: chỉ buổi sinh hoạt câu lạc bộ mới ghi câu lạc bộ; hãy xóa mục này hoặc chọn loại &quot;Sinh hoạt câu lạc bộ&quot;.</translation>
    </message>
</context>
<context>
    <name>sr::ui::PreventionLabels</name>
    <message>
        <source>Leaflets</source>
        <translation>Tờ rơi</translation>
    </message>
    <message>
        <source>Question-and-answer booklets</source>
        <translation>Sổ tay hỏi đáp</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Pa nô</translation>
    </message>
    <message>
        <source>News and media items</source>
        <translation>Tin bài trên phương tiện truyền thông</translation>
    </message>
    <message>
        <source>Training or conference</source>
        <translation>Tập huấn, hội nghị</translation>
    </message>
    <message>
        <source>Community meeting</source>
        <translation>Tuyên truyền tại cộng đồng</translation>
    </message>
    <message>
        <source>Club meeting</source>
        <translation>Sinh hoạt câu lạc bộ</translation>
    </message>
    <message>
        <source>Decision or plan issued</source>
        <translation>Ban hành quyết định, kế hoạch</translation>
    </message>
    <message>
        <source>Border communities</source>
        <translation>Người dân khu vực biên giới</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <source>High-risk groups</source>
        <translation>Nhóm có nguy cơ cao</translation>
    </message>
    <message>
        <source>Officials and community leaders</source>
        <translation>Cán bộ và người có uy tín trong cộng đồng</translation>
    </message>
    <message>
        <source>Pupils and students</source>
        <translation>Học sinh, sinh viên</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Quần chúng nhân dân</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>bản</translation>
    </message>
    <message>
        <source>items</source>
        <translation>tin bài</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>buổi</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Before 1/7/2025</source>
        <translation>Trước 1/7/2025</translation>
    </message>
    <message>
        <source>From 1/7/2025</source>
        <translation>Từ 1/7/2025</translation>
    </message>
</context>
<context>
    <name>sr::ui::PreventionRegister</name>
    <message>
        <source>Prevention activities and clubs</source>
        <translation>Hoạt động tuyên truyền, phòng ngừa và câu lạc bộ</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Hoạt động</translation>
    </message>
    <message>
        <source>C&amp;lubs</source>
        <translation>&amp;Câu lạc bộ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Your role does not record prevention activities; their figures are in the period report.</source>
        <translation>Vai trò của bạn không ghi hoạt động tuyên truyền, phòng ngừa; số liệu các hoạt động này có trong báo cáo tổng hợp theo kỳ.</translation>
    </message>
    <message>
        <source>This database is open read-only: activities and clubs can be looked at but not changed.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: có thể xem các hoạt động và câu lạc bộ nhưng không sửa được.</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>Tro&amp;ng khoảng</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại hoạt động:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Hiện cả mục đã lưu t&amp;rữ</translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation>&amp;Thêm hoạt động…</translation>
    </message>
    <message>
        <source>New activity (Ctrl+N)</source>
        <translation>Thêm hoạt động (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation>Lư&amp;u trữ…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hoạt động</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <source>New &amp;club…</source>
        <translation>Thêm câu lạc &amp;bộ…</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>&amp;Ghi buổi sinh hoạt…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Số buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Quảng Ninh (province-wide)</source>
        <translation>Quảng Ninh (toàn tỉnh)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(đã lưu trữ)</translation>
    </message>
    <message>
        <source>No activity recorded yet. Record the leaflets handed out, the panels put up, the trainings and meetings held with &quot;New activity&quot; (Ctrl+N); the period report counts them.</source>
        <translation>Chưa ghi hoạt động nào. Hãy ghi số tờ rơi đã phát, pa nô đã treo dựng, các buổi tập huấn và cuộc họp đã tổ chức bằng &quot;Thêm hoạt động&quot; (Ctrl+N); báo cáo tổng hợp theo kỳ sẽ thống kê các hoạt động này.</translation>
    </message>
    <message>
        <source>No activity recorded yet.</source>
        <translation>Chưa ghi hoạt động nào.</translation>
    </message>
    <message>
        <source>No activity matches the filter: widen the period or choose &quot;All kinds&quot;.</source>
        <translation>Không có hoạt động nào khớp với bộ lọc: hãy mở rộng khoảng thời gian hoặc chọn &quot;Tất cả các loại&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <comment>prevention register status line</comment>
        <translation>
            <numerusform>%Ln hoạt động</numerusform>
        </translation>
    </message>
    <message>
        <source>No prevention club yet. Add each club with &quot;New club&quot;; its meetings are then recorded as activities of the kind &quot;Club meeting&quot;.</source>
        <translation>Chưa có câu lạc bộ phòng, chống mua bán người nào. Hãy thêm từng câu lạc bộ bằng &quot;Thêm câu lạc bộ&quot;; các buổi sinh hoạt của câu lạc bộ sau đó được ghi thành hoạt động loại &quot;Sinh hoạt câu lạc bộ&quot;.</translation>
    </message>
    <message>
        <source>No prevention club yet.</source>
        <translation>Chưa có câu lạc bộ phòng, chống mua bán người nào.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln club(s)</source>
        <comment>prevention clubs status line</comment>
        <translation>
            <numerusform>%Ln câu lạc bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a club to see its meetings.</source>
        <translation>Chọn một câu lạc bộ để xem các buổi sinh hoạt.</translation>
    </message>
    <message>
        <source>No meeting of this club recorded yet: add one with &quot;New meeting&quot;.</source>
        <translation>Chưa ghi buổi sinh hoạt nào của câu lạc bộ này: hãy thêm bằng &quot;Ghi buổi sinh hoạt&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) of this club:</source>
        <translation>
            <numerusform>%Ln buổi sinh hoạt của câu lạc bộ này:</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive activity</source>
        <translation>Lưu trữ hoạt động</translation>
    </message>
    <message>
        <source>The activity of %1 (%2) is kept but no longer listed or counted in reports.</source>
        <translation>Hoạt động ngày %1 (%2) vẫn được giữ lại nhưng không còn được liệt kê hay thống kê trong báo cáo.</translation>
    </message>
    <message>
        <source>Archive club</source>
        <translation>Lưu trữ câu lạc bộ</translation>
    </message>
    <message>
        <source>The club &quot;%1&quot; is kept with its meetings but no longer counted as active.</source>
        <translation>Câu lạc bộ &quot;%1&quot; vẫn được giữ lại cùng các buổi sinh hoạt nhưng không còn được tính là đang hoạt động.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReceptionForm</name>
    <message>
        <source>Reception</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Reception &amp;date:</source>
        <translation>Ngà&amp;y tiếp nhận:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Receiving &amp;agency:</source>
        <translation>Cơ qu&amp;an tiếp nhận:</translation>
    </message>
    <message>
        <source>(not received in a handover)</source>
        <translation>(không tiếp nhận qua trao trả)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n person(s)</source>
        <translation>
            <numerusform>%1, %n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover &amp;batch:</source>
        <translation>Đợt &amp;trao trả:</translation>
    </message>
    <message>
        <source>Returned &amp;from:</source>
        <translation>Trở &amp;về từ:</translation>
    </message>
    <message>
        <source>&amp;Route of identification:</source>
        <translation>&amp;Con đường phát hiện:</translation>
    </message>
    <message>
        <source>Forms of &amp;exploitation:</source>
        <translation>Hình thức bóc &amp;lột:</translation>
    </message>
    <message>
        <source>Identification and case status</source>
        <translation>Xác định nạn nhân và tình trạng hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Identification status:</source>
        <translation>Tình t&amp;rạng xác định:</translation>
    </message>
    <message>
        <source>Decidin&amp;g agency:</source>
        <translation>Cơ &amp;quan xác định:</translation>
    </message>
    <message>
        <source>Decision da&amp;te:</source>
        <translation>Ngày &amp;xác định:</translation>
    </message>
    <message>
        <source>Basis of the decision:</source>
        <translation>Căn cứ xác định:</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Đóng &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Case status:</source>
        <translation>Tình trạng hồ &amp;sơ:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Closed o&amp;n:</source>
        <translation>Ngày đó&amp;ng:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n person(s)</source>
        <comment>date, border gate, persons</comment>
        <translation>
            <numerusform>%1, %2, %n người</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::ReferenceEditor</name>
    <message>
        <source>Reference lists</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Printed at the head of every report.</source>
        <translation>In ở đầu mọi báo cáo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;1. Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>A&amp;gencies</source>
        <translation>&amp;2. Cơ quan tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Border gates</source>
        <translation>&amp;3. Cửa khẩu</translation>
    </message>
    <message>
        <source>S&amp;upport types</source>
        <translation>&amp;4. Loại hỗ trợ</translation>
    </message>
    <message>
        <source>Rules &amp;for tasks</source>
        <translation>&amp;5. Quy tắc công việc</translation>
    </message>
    <message>
        <source>Case &amp;work</source>
        <translation>&amp;6. Công tác hồ sơ</translation>
    </message>
    <message>
        <source>Attachment t&amp;ypes</source>
        <translation>&amp;7. Loại tệp đính kèm</translation>
    </message>
    <message>
        <source>S&amp;helters</source>
        <translation>&amp;8. Cơ sở tạm lánh</translation>
    </message>
    <message>
        <source>Shelter roo&amp;ms</source>
        <translation>&amp;9. Phòng tạm lánh</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReferenceFields</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Neighbouring country</source>
        <translation>Quốc gia giáp biên</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>Số tiền mặc định</translation>
    </message>
    <message>
        <source>Order in lists</source>
        <translation>Thứ tự trong danh sách</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Lý do lưu trữ</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Tên cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Body above it</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Place in the date line</source>
        <translation>Địa danh ghi ngày tháng</translation>
    </message>
    <message>
        <source>Case code prefix</source>
        <translation>Tiền tố mã hồ sơ</translation>
    </message>
    <message>
        <source>%1: use lower-case letters without accents, digits and &quot;_&quot; only, e.g. &quot;ka_long&quot;.</source>
        <translation>%1: chỉ dùng chữ thường không dấu, chữ số và dấu &quot;_&quot;, ví dụ &quot;ka_long&quot;.</translation>
    </message>
    <message>
        <source>%1: choose a country from the list.</source>
        <translation>%1: hãy chọn một quốc gia trong danh sách.</translation>
    </message>
    <message>
        <source>%1: use capital letters without accents (digits after the first letter), at most 10, e.g. &quot;QN&quot;.</source>
        <translation>%1: dùng chữ in hoa không dấu (chữ số chỉ sau chữ cái đầu), tối đa 10 ký tự, ví dụ &quot;QN&quot;.</translation>
    </message>
    <message>
        <source>%1 of a saved entry cannot be changed: records refer to it. Archive the entry and add a new one instead.</source>
        <translation>Không thể đổi %1 của mục đã lưu vì các hồ sơ đang tham chiếu đến nó. Hãy lưu trữ mục này và thêm mục mới.</translation>
    </message>
    <message>
        <source>This code is already used by another entry (perhaps an archived one): choose another code.</source>
        <translation>Mã này đã được dùng cho một mục khác (có thể là mục đã lưu trữ): hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Title of the head</source>
        <translation>Chức vụ người đứng đầu</translation>
    </message>
    <message>
        <source>Title of the deputy</source>
        <translation>Chức vụ cấp phó</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>%1: enter a number of months from 0 to 120.</source>
        <translation>%1: nhập số tháng từ 0 đến 120.</translation>
    </message>
    <message>
        <source>%1: enter a number of days from 0 to 3650.</source>
        <translation>%1: nhập số ngày từ 0 đến 3650.</translation>
    </message>
    <message>
        <source>%1: a follow-up after a handover needs a delay: enter months or days (not both 0).</source>
        <translation>%1: việc theo dõi sau bàn giao cần có thời hạn: nhập số tháng hoặc số ngày (không được cả hai bằng 0).</translation>
    </message>
    <message>
        <source>Made when</source>
        <translation>Tạo việc khi</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Lapsed after</source>
        <translation>Lỡ hạn sau</translation>
    </message>
    <message>
        <source>Amount per shelter day</source>
        <translation>Mức hỗ trợ mỗi ngày tạm lánh</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReferenceListPage</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Default amount</source>
        <translation>Số tiền mặc định</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Show &amp;archived entries</source>
        <translation>&amp;Hiện cả mục đã lưu trữ</translation>
    </message>
    <message>
        <source>&amp;Name (Vietnamese):</source>
        <translation>Tê&amp;n (tiếng Việt):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>Records refer to the code: it cannot be changed once saved.</source>
        <translation>Các hồ sơ tham chiếu đến mã: sau khi lưu không thể đổi mã.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại cơ quan:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>Tỉnh/thành &amp;phố:</translation>
    </message>
    <message>
        <source>Neighbouring c&amp;ountry:</source>
        <translation>&amp;Quốc gia giáp biên:</translation>
    </message>
    <message>
        <source>Prefilled in new supports of this type; set by provincial resolutions. Supports already recorded keep their amounts.</source>
        <translation>Tự điền vào các khoản hỗ trợ mới thuộc loại này; mức do nghị quyết của tỉnh quy định. Các khoản đã ghi giữ nguyên số tiền.</translation>
    </message>
    <message>
        <source>&amp;Default amount:</source>
        <translation>&amp;Số tiền mặc định:</translation>
    </message>
    <message>
        <source>One of the &amp;legal support regimes (Law 53/2024, art. 37)</source>
        <translation>Thuộc &amp;chế độ hỗ trợ theo luật (Luật 53/2024, Điều 37)</translation>
    </message>
    <message>
        <source>&amp;Order in lists:</source>
        <translation>Thứ tự trong &amp;danh sách:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>Lưu t&amp;rữ…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>New entry, not saved yet</source>
        <translation>Mục mới, chưa lưu</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Đã lưu trữ: %1</translation>
    </message>
    <message>
        <source>In use (version %1)</source>
        <translation>Đang dùng (phiên bản %1)</translation>
    </message>
    <message>
        <source>Archive entry</source>
        <translation>Lưu trữ mục</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Đã lưu trữ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The changes to this entry are not saved. Discard them?</source>
        <translation>Các thay đổi của mục này chưa được lưu. Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Records that use &quot;%1&quot; keep it; it is no longer offered for new records.</source>
        <translation>Các hồ sơ đang dùng &quot;%1&quot; vẫn giữ nguyên; mục này không còn được đưa ra để chọn cho hồ sơ mới.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>&amp;Historical (abolished in the 2025 reorganisation)</source>
        <translation>Đã &amp;bãi bỏ (giải thể khi sắp xếp bộ máy năm 2025)</translation>
    </message>
    <message>
        <source>Kept for the records that name it; new receptions are not offered it. Reports count its records as before.</source>
        <translation>Giữ lại cho các hồ sơ đã ghi cơ quan này; lượt tiếp nhận mới không hiện để chọn. Báo cáo vẫn tính các hồ sơ đó như trước.</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Hạn sau</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>ngay trong ngày</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 tháng</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 tháng</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>months then days</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Made &amp;when:</source>
        <translation>Tạo việc &amp;khi:</translation>
    </message>
    <message>
        <source>What makes the task: a case handed over to the family (due after the closing date), an identification still pending (after the reception date), a referred support (after its date) or a plan goal (after its target date).</source>
        <translation>Điều làm phát sinh việc: hồ sơ bàn giao về gia đình (hạn tính từ ngày đóng hồ sơ), xác định nạn nhân còn chờ (tính từ ngày tiếp nhận), hỗ trợ đã chuyển gửi (tính từ ngày hỗ trợ) hoặc mục tiêu kế hoạch (tính từ hạn hoàn thành).</translation>
    </message>
    <message>
        <source>Due after &amp;months:</source>
        <translation>Hạn sau &amp;số tháng:</translation>
    </message>
    <message>
        <source>and &amp;days:</source>
        <translation>&amp;và số ngày:</translation>
    </message>
    <message>
        <source>Changing the delay moves the due dates of the open tasks of this rule; archiving the rule cancels them.</source>
        <translation>Đổi thời hạn sẽ dời hạn các việc còn mở của quy tắc này; lưu trữ quy tắc sẽ hủy các việc đó.</translation>
    </message>
    <message>
        <source>&amp;Lapsed if already overdue by more than:</source>
        <translation>Lỡ hạn nếu khi tạo đã &amp;quá hạn hơn:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>never lapsed</source>
        <translation>không bao giờ lỡ hạn</translation>
    </message>
    <message>
        <source>A task that is already overdue by more than this when the rule makes it (a case of years ago entered or imported today) is recorded as lapsed: it is not shown as work, and the report counts it as due and not done. Tasks that become overdue later stay open.</source>
        <translation>Việc mà ngay khi quy tắc tạo ra đã quá hạn lâu hơn số ngày này (hồ sơ của nhiều năm trước nay mới nhập tay hoặc nhập từ tệp) được ghi là đã lỡ hạn: không hiện là việc phải làm, còn báo cáo vẫn tính là đến hạn mà chưa làm. Việc quá hạn về sau vẫn để mở.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>The attach dialog offers the types in this order.</source>
        <translation>Hộp thoại đính kèm tệp liệt kê các loại giấy tờ theo thứ tự này.</translation>
    </message>
    <message>
        <source>The shelter board lists the shelters in this order.</source>
        <translation>Bảng tạm lánh liệt kê các cơ sở theo thứ tự này.</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Số giường</translation>
    </message>
    <message>
        <source>S&amp;helter:</source>
        <translation>&amp;Cơ sở:</translation>
    </message>
    <message>
        <source>Be&amp;ds:</source>
        <translation>Số &amp;giường:</translation>
    </message>
    <message>
        <source>A room is full when this many persons stay in it.</source>
        <translation>Phòng đủ người khi số người ở bằng số giường này.</translation>
    </message>
    <message>
        <source>Amount &amp;per shelter day:</source>
        <translation>Mức hỗ trợ mỗi ngày tạm &amp;lánh:</translation>
    </message>
    <message>
        <source>For a support given per day in a shelter (essential needs): the amount of one day, used when a stay is converted to supports. 0 đ: not given per day.</source>
        <translation>Với khoản hỗ trợ tính theo ngày ở phòng tạm lánh (nhu cầu thiết yếu): mức của một ngày, dùng khi chuyển lượt tạm lánh thành các khoản hỗ trợ. 0 đ: không tính theo ngày.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ReportsWindow</name>
    <message>
        <source>Period summary report</source>
        <translation>Báo cáo tổng hợp theo kỳ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Lưu &amp;JSON…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc của kỳ trước ngày bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n person(s)</source>
        <translation>
            <numerusform>%1 – %2: %n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Lưu P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Lưu bản &amp;ODT…</translation>
    </message>
    <message>
        <source>An editable copy (OpenDocument text) to adjust the wording in LibreOffice or Word before signing</source>
        <translation>Bản có thể sửa (văn bản OpenDocument) để chỉnh câu chữ bằng LibreOffice hoặc Word trước khi trình ký</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;From – to:</source>
        <translation>&amp;Từ – đến:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Lưu bản E&amp;xcel…</translation>
    </message>
    <message>
        <source>The report&apos;s tables as an Excel workbook (.xlsx), one sheet per section, for reworking the figures</source>
        <translation>Các bảng số liệu của báo cáo dạng bảng tính Excel (.xlsx), mỗi mục một trang tính, để tính toán lại số liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResponsibleBar</name>
    <message>
        <source>Change…</source>
        <translation>Đổi…</translation>
    </message>
    <message>
        <source>Make another worker responsible for this case</source>
        <translation>Giao hồ sơ này cho cán bộ khác phụ trách</translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation>chưa có ai (chưa phân công)</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Phụ trách: %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResponsibleDialog</name>
    <message>
        <source>Change the responsible worker</source>
        <translation>Đổi cán bộ phụ trách</translation>
    </message>
    <message>
        <source>The open tasks of the worker responsible until now go to the new one. The change and its reason are kept in the case&apos;s history.</source>
        <translation>Các việc còn mở của cán bộ đang phụ trách sẽ chuyển sang cán bộ mới. Lần đổi và lý do được lưu trong lịch sử của hồ sơ.</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>e.g. on leave until March; closer to the family</source>
        <translation>ví dụ: nghỉ phép đến tháng 3; ở gần gia đình hơn</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Lịch &amp;sử</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người đổi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Đổ&amp;i</translation>
    </message>
    <message>
        <source>Nobody (unassigned: %1)</source>
        <translation>Không ai (chưa phân công: %1)</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Không ai (chưa phân công)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Không ai</translation>
    </message>
    <message>
        <source>This account cannot be responsible for cases (it is disabled or a viewer&apos;s): choose another worker.</source>
        <translation>Tài khoản này không thể phụ trách hồ sơ (đã bị vô hiệu hóa hoặc là tài khoản người xem): hãy chọn cán bộ khác.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ResponsibleFilter</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Hồ sơ của tôi</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Chưa phân công (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Chưa phân công</translation>
    </message>
</context>
<context>
    <name>sr::ui::ServerProfileDialog</name>
    <message>
        <source>Automatic: required unless the server is this computer (recommended)</source>
        <translation>Tự động: bắt buộc trừ khi máy chủ là máy tính này (khuyên dùng)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Required, and verify the server&apos;s certificate</source>
        <translation>Bắt buộc, và kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <source>Off — only for a server on this computer</source>
        <translation>Tắt — chỉ dùng khi máy chủ nằm trên máy tính này</translation>
    </message>
    <message>
        <source>Edit database server</source>
        <translation>Sửa máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Add database server</source>
        <translation>Thêm máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>How this computer reaches a SafeReturn database on a PostgreSQL server. The server&apos;s password is not saved: it is asked at login.</source>
        <translation>Cách máy tính này kết nối tới một cơ sở dữ liệu SafeReturn trên máy chủ PostgreSQL. Mật khẩu máy chủ không được lưu: mật khẩu được hỏi khi đăng nhập.</translation>
    </message>
    <message>
        <source>e.g. centre</source>
        <translation>ví dụ: trungtam</translation>
    </message>
    <message>
        <source>e.g. db.province.gov.vn or 192.168.1.10</source>
        <translation>ví dụ: db.province.gov.vn hoặc 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>Server &amp;user:</source>
        <translation>&amp;Người dùng máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>Mã hó&amp;a (TLS):</translation>
    </message>
    <message>
        <source>Another server already has this name. Choose another name.</source>
        <translation>Đã có máy chủ khác mang tên này. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Give the server a short name, e.g. &quot;centre&quot;.</source>
        <translation>Hãy đặt cho máy chủ một tên ngắn, ví dụ &quot;trungtam&quot;.</translation>
    </message>
    <message>
        <source>The name is one word without spaces, &quot;/&quot; or &quot;\&quot; (at most 64 characters).</source>
        <translation>Tên là một từ, không có dấu cách, &quot;/&quot; hoặc &quot;\&quot; (tối đa 64 ký tự).</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation>Hãy nhập tên máy chủ hoặc địa chỉ IP của máy chủ.</translation>
    </message>
    <message>
        <source>A host name or IP address has no spaces or other signs, e.g. db.province.gov.vn.</source>
        <translation>Tên máy chủ hoặc địa chỉ IP không có dấu cách hay ký hiệu nào khác, ví dụ db.province.gov.vn.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Cổng là một số từ 1 đến 65535 (thường là 5432).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>The database name has no spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Tên cơ sở dữ liệu không có dấu cách, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; hay &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Enter the user name the administrator gave for the server.</source>
        <translation>Hãy nhập tên người dùng máy chủ mà quản trị viên đã cấp.</translation>
    </message>
    <message>
        <source>The server user has no spaces, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; or &quot;#&quot;.</source>
        <translation>Tên người dùng máy chủ không có dấu cách, &quot;/&quot;, &quot;@&quot;, &quot;:&quot;, &quot;?&quot; hay &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Choose one of the encryption settings in the list.</source>
        <translation>Hãy chọn một chế độ mã hóa trong danh sách.</translation>
    </message>
    <message>
        <source>The server could not be saved in this computer&apos;s settings. %1</source>
        <translation>Không lưu được máy chủ vào cài đặt của máy tính này. %1</translation>
    </message>
</context>
<context>
    <name>sr::ui::SessionManager</name>
    <message>
        <source>&amp;Account</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Người dùng…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SafeReturn was locked. Log in to continue; another user&apos;s login closes the windows of %1.</source>
        <translation>SafeReturn đã bị khóa. Hãy đăng nhập để tiếp tục; nếu người dùng khác đăng nhập, các cửa sổ của %1 sẽ bị đóng.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
</context>
<context>
    <name>sr::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Used from the next start of SafeReturn.</source>
        <translation>Áp dụng từ lần mở SafeReturn sau.</translation>
    </message>
    <message>
        <source>The lock after inactivity applies to every user of the database: an administrator sets it in Account → Users.</source>
        <translation>Thời gian tự khóa khi không thao tác áp dụng cho mọi người dùng của cơ sở dữ liệu: quản trị viên đặt trong Tài khoản → Người dùng.</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: check that the folder exists and can be written.</source>
        <translation>Không lưu được cài đặt vào %1: hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <source>Database servers</source>
        <translation>Máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Servers saved here are offered at login, besides this computer&apos;s file. Changes are saved at once; passwords are never saved.</source>
        <translation>Các máy chủ lưu ở đây được đưa ra để chọn khi đăng nhập, bên cạnh tệp trên máy tính này. Thay đổi được lưu ngay; mật khẩu không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Thêm máy chủ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The server could not be removed from the settings in %1: check that the folder exists and can be written.</source>
        <translation>Không xóa được máy chủ khỏi cài đặt trong %1: hãy kiểm tra thư mục có tồn tại và ghi được không.</translation>
    </message>
</context>
<context>
    <name>sr::ui::ShelterBoardPage</name>
    <message>
        <source>Shelter board</source>
        <translation>Bảng tạm lánh</translation>
    </message>
    <message>
        <source>On &amp;day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Tiếp nhận…</translation>
    </message>
    <message>
        <source>Admit a person to a room (Ctrl+N)</source>
        <translation>Tiếp nhận một người vào phòng (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Rời đi…</translation>
    </message>
    <message>
        <source>Con&amp;vert to supports</source>
        <translation>&amp;Chuyển thành hỗ trợ</translation>
    </message>
    <message>
        <source>Record the shelter days not recorded yet as essential-needs supports, one per day</source>
        <translation>Ghi các ngày tạm lánh chưa được ghi thành khoản hỗ trợ nhu cầu thiết yếu, mỗi ngày một khoản</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>Shelter, room, person</source>
        <translation>Cơ sở, phòng, người</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Giường có người</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Ngày vào</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Đã đủ người</translation>
    </message>
    <message>
        <source>A person of another worker&apos;s case</source>
        <translation>Một người thuộc hồ sơ của cán bộ khác</translation>
    </message>
    <message>
        <source>No shelter rooms yet. An administrator adds the shelters and their rooms in Registers › Reference lists.</source>
        <translation>Chưa có phòng tạm lánh. Quản trị viên thêm cơ sở tạm lánh và các phòng trong Sổ › Danh mục.</translation>
    </message>
    <message>
        <source>Nobody is in a shelter on %1. Use Admit… (Ctrl+N) when a person comes in.</source>
        <translation>Ngày %1 không có ai tạm lánh. Dùng Tiếp nhận… (Ctrl+N) khi có người đến.</translation>
    </message>
    <message>
        <source>%1 of %2 beds taken on %3</source>
        <extracomment>Below the shelter board: beds taken of all beds on a day.</extracomment>
        <translation>%1/%2 giường có người ngày %3</translation>
    </message>
    <message>
        <source>Convert to supports</source>
        <extracomment>After converting shelter days into supports: how many, from when to when, per day.</extracomment>
        <translation>Chuyển thành hỗ trợ</translation>
    </message>
    <message numerus="yes">
        <source>%n essential-needs support(s) recorded, %1 – %2, at %3 a day.</source>
        <translation>
            <numerusform>Đã ghi %n khoản hỗ trợ nhu cầu thiết yếu, %1 – %2, %3 mỗi ngày.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sr::ui::ShelterFields</name>
    <message>
        <source>%1 is full on a day of this stay: choose another room, or let a person leave it first.</source>
        <translation>%1 đã đủ người vào một ngày của đợt ở này: hãy chọn phòng khác, hoặc ghi một người rời phòng trước.</translation>
    </message>
    <message>
        <source>%1: the person already stays in a shelter on one of these days. Record the leaving of that stay first, or change the dates.</source>
        <translation>%1: người này đang tạm lánh vào một trong những ngày này. Hãy ghi ngày rời của đợt ở đó trước, hoặc đổi ngày.</translation>
    </message>
    <message>
        <source>%1 is before the admission date: check both dates.</source>
        <translation>%1 trước ngày vào: hãy kiểm tra cả hai ngày.</translation>
    </message>
    <message>
        <source>Every shelter day of this stay is already recorded as an essential-needs support: there is nothing to add.</source>
        <translation>Mọi ngày tạm lánh của đợt này đã được ghi thành khoản hỗ trợ nhu cầu thiết yếu: không còn gì để thêm.</translation>
    </message>
</context>
<context>
    <name>sr::ui::StartPage</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Ngày đề nghị</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Không có việc quá hạn.</translation>
    </message>
    <message>
        <source>Nothing falls due in the next seven days. Tasks made by hand or by the rules (follow-ups after a handover, pending decisions) show here.</source>
        <translation>Không có việc đến hạn trong bảy ngày tới. Việc tạo tay hoặc do quy tắc tạo (theo dõi sau bàn giao, quyết định còn chờ) sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>No case was assigned to you in the last 30 days. Your cases are in the case list (Ctrl+2).</source>
        <translation>Không có hồ sơ nào được giao cho bạn trong 30 ngày qua. Hồ sơ của bạn nằm trong danh sách hồ sơ (Ctrl+2).</translation>
    </message>
    <message>
        <source>No request waits for your approval.</source>
        <translation>Không có đề nghị nào chờ bạn phê duyệt.</translation>
    </message>
    <message>
        <source>My work — %1</source>
        <translation>Việc của tôi — %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Quá hạn (%1)</translation>
    </message>
    <message>
        <source>Due this week (%1)</source>
        <translation>Đến hạn trong tuần (%1)</translation>
    </message>
    <message>
        <source>Recently assigned to me (%1)</source>
        <translation>Mới giao cho tôi (%1)</translation>
    </message>
    <message>
        <source>Waiting for my approval (%1)</source>
        <translation>Chờ tôi phê duyệt (%1)</translation>
    </message>
    <message>
        <source>— the first %1 shown</source>
        <translation>— hiện %1 dòng đầu</translation>
    </message>
</context>
<context>
    <name>sr::ui::StayDialog</name>
    <message>
        <source>Admit to shelter</source>
        <translation>Tiếp nhận vào phòng tạm lánh</translation>
    </message>
    <message>
        <source>Record leaving the shelter</source>
        <translation>Ghi nhận rời phòng tạm lánh</translation>
    </message>
    <message>
        <source>e.g. QN-2025-0007</source>
        <translation>ví dụ: QN-2025-0007</translation>
    </message>
    <message>
        <source>&amp;Case code:</source>
        <translation>&amp;Mã hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Reception:</source>
        <translation>Lần &amp;tiếp nhận:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Phòng:</translation>
    </message>
    <message>
        <source>%1 – %2 (%3/%4 today)</source>
        <extracomment>A room in the admit dialog: shelter, room, beds taken today of its beds.</extracomment>
        <translation>%1 – %2 (%3/%4 hôm nay)</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>Ngày &amp;vào:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>Ngày &amp;rời:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>A&amp;dmit</source>
        <translation>Tiếp &amp;nhận</translation>
    </message>
    <message>
        <source>Record &amp;leaving</source>
        <translation>&amp;Ghi nhận rời đi</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>No case with this code: check the code on the case list.</source>
        <translation>Không có hồ sơ mang mã này: hãy kiểm tra mã trong danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>Received on %1</source>
        <extracomment>A reception offered in the admit dialog, by its date.</extracomment>
        <translation>Tiếp nhận ngày %1</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Ngày vào</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ngày rời</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>sr::ui::SupportLedger</name>
    <message>
        <source>&amp;Add support</source>
        <translation>&amp;Thêm hỗ trợ</translation>
    </message>
    <message>
        <source>Archive support…</source>
        <translation>Lưu trữ khoản hỗ trợ…</translation>
    </message>
    <message>
        <source>Support &amp;type:</source>
        <translation>&amp;Loại hỗ trợ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>(this centre)</source>
        <translation>(Trung tâm)</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>Đơn &amp;vị hỗ trợ:</translation>
    </message>
    <message>
        <source>Prefilled from the support type&apos;s default amount; type another amount if it differs, with or without dots.</source>
        <translation>Điền sẵn theo mức mặc định của loại hỗ trợ; nếu khác, hãy nhập số tiền khác, có hoặc không có dấu chấm.</translation>
    </message>
    <message>
        <source>&amp;Quantity / days:</source>
        <translation>&amp;Số lần / ngày:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Số t&amp;iền:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Archive support</source>
        <translation>Lưu trữ khoản hỗ trợ</translation>
    </message>
    <message>
        <source>Total provided: %1</source>
        <translation>Tổng đã hỗ trợ: %1</translation>
    </message>
    <message>
        <source> (all statuses: %1)</source>
        <translation> (mọi tình trạng: %1)</translation>
    </message>
    <message>
        <source>This support stays in the database (and the audit log) but no longer counts in the ledger or the reports.</source>
        <translation>Khoản hỗ trợ này vẫn còn trong cơ sở dữ liệu (và nhật ký kiểm tra) nhưng không còn được tính trong sổ hỗ trợ hay báo cáo.</translation>
    </message>
</context>
<context>
    <name>sr::ui::SupportLedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Support type</source>
        <translation>Loại hỗ trợ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Đơn vị hỗ trợ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Quantity / days</source>
        <translation>Số lần / ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>sr::ui::TaskDialog</name>
    <message>
        <source>%1 is required: say what is to be done.</source>
        <translation>%1 là bắt buộc: ghi rõ việc cần làm.</translation>
    </message>
    <message>
        <source>%1 is required: type it as dd/mm/yyyy.</source>
        <translation>%1 là bắt buộc: nhập theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>%1 is required: say why the task is cancelled.</source>
        <translation>%1 là bắt buộc: ghi lý do hủy việc.</translation>
    </message>
    <message>
        <source>%1: choose an active account that is not a viewer, or nobody.</source>
        <translation>%1: chọn một tài khoản đang hoạt động không phải người xem, hoặc chọn &quot;(chưa giao)&quot;.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Việc cần làm:</translation>
    </message>
    <message>
        <source>e.g. Phone the family about school enrolment</source>
        <translation>ví dụ: Gọi điện cho gia đình về việc nhập học</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Hạn:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Giao cho:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm việc</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>sr::ui::TaskList</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tasks of the case</source>
        <translation>Công việc của hồ sơ</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Thêm việc…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Đánh dấu &amp;xong</translation>
    </message>
    <message>
        <source>Cance&amp;l task…</source>
        <translation>&amp;Hủy việc…</translation>
    </message>
    <message>
        <source>Tasks are saved at once, apart from the case&apos;s Save. Rules add follow-ups, pending decisions and referrals here by themselves.</source>
        <translation>Việc được lưu ngay, không cần bấm Lưu hồ sơ. Các quy tắc tự thêm vào đây việc theo dõi, quyết định còn chờ và hỗ trợ đã chuyển gửi.</translation>
    </message>
    <message>
        <source>Save the new case first; then its tasks are listed here.</source>
        <translation>Hãy lưu hồ sơ mới trước; sau đó các việc của hồ sơ sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Hủy việc</translation>
    </message>
    <message>
        <source>The task stays in the case&apos;s history as cancelled, with the reason in its notes.</source>
        <translation>Việc vẫn còn trong lịch sử hồ sơ với trạng thái đã hủy, lý do được ghi vào ghi chú.</translation>
    </message>
</context>
<context>
    <name>sr::ui::TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>sr::ui::TimelinePanel</name>
    <message>
        <source>The timeline starts when the case is saved.</source>
        <translation>Diễn biến bắt đầu khi hồ sơ được lưu.</translation>
    </message>
    <message>
        <source>What happened on this case, newest first. Days are those in Vietnam.</source>
        <translation>Những việc đã diễn ra với hồ sơ, mới nhất lên đầu. Ngày theo giờ Việt Nam.</translation>
    </message>
</context>
<context>
    <name>sr::ui::UserAccountDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <source>New password for %1 (%2).</source>
        <translation>Mật khẩu mới cho %1 (%2).</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Tên &amp;hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Mật khẩu &amp;ban đầu:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The user must choose their own password at the next login.</source>
        <translation>Người dùng phải tự đặt mật khẩu của mình ở lần đăng nhập tiếp theo.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Workers of a team are seen by its manager when social workers see only their own cases. Leave empty for none.</source>
        <translation>Quản lý xem được hồ sơ của các cán bộ trong nhóm mình khi cán bộ xã hội chỉ xem hồ sơ của mình. Để trống nếu không thuộc nhóm nào.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
</context>
<context>
    <name>sr::ui::UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Tên hiển thị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Người dùng &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Lock the application after</source>
        <translation>Khóa ứng dụng sau</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> phút không thao tác</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>đang bị khóa</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Đã tạo người dùng %1.</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Đã đặt lại mật khẩu của %1; phải đổi mật khẩu ở lần đăng nhập tiếp theo.</translation>
    </message>
    <message>
        <source>Saved. The new time applies from the next login.</source>
        <translation>Đã lưu. Thời gian mới có hiệu lực từ lần đăng nhập tiếp theo.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Vai trò của %1:</translation>
    </message>
    <message>
        <source>Change &amp;team…</source>
        <translation>Đổi &amp;nhóm…</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>Đổi nhóm</translation>
    </message>
    <message>
        <source>Team of %1 (empty: none):</source>
        <translation>Nhóm của %1 (để trống: không thuộc nhóm nào):</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Nhóm</translation>
    </message>
</context>
<context>
    <name>sr::ui::WelcomePage</name>
    <message>
        <source>Welcome to SafeReturn</source>
        <translation>Chào mừng đến với SafeReturn</translation>
    </message>
    <message>
        <source>This database has no cases yet. Check your organisation&apos;s details, then record the first case or try SafeReturn with demonstration data.</source>
        <translation>Cơ sở dữ liệu này chưa có hồ sơ nào. Hãy kiểm tra thông tin cơ quan, đơn vị, rồi nhập hồ sơ đầu tiên hoặc dùng thử SafeReturn với dữ liệu minh họa.</translation>
    </message>
    <message>
        <source>1. Your organisation (printed at the head of reports)</source>
        <translation>1. Cơ quan, đơn vị của bạn (in ở đầu các báo cáo)</translation>
    </message>
    <message>
        <source>Only an administrator can change these details.</source>
        <translation>Chỉ quản trị viên mới thay đổi được các thông tin này.</translation>
    </message>
    <message>
        <source>&amp;Save organisation details</source>
        <translation>&amp;Lưu thông tin cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>2. Start</source>
        <translation>2. Bắt đầu</translation>
    </message>
    <message>
        <source>Record the &amp;first case (Ctrl+N)</source>
        <translation>Nhập &amp;hồ sơ đầu tiên (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data…</source>
        <translation>Nạp &amp;dữ liệu minh họa…</translation>
    </message>
    <message>
        <source>Demonstration data: %L1 invented persons with receptions, supports and handovers (no real records), for trying SafeReturn or training staff. Use a separate database for real work. Only an administrator can load it.</source>
        <translation>Dữ liệu minh họa: %L1 người giả định kèm tiếp nhận, hỗ trợ và bàn giao (không phải hồ sơ thật), để dùng thử SafeReturn hoặc tập huấn cán bộ. Hãy dùng một cơ sở dữ liệu riêng cho công việc thật. Chỉ quản trị viên mới nạp được.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Write %L1 invented persons into this database (%2)?

They cannot be deleted afterwards, only archived: use this for a training database, not for real work.</source>
        <translation>Ghi %L1 người giả định vào cơ sở dữ liệu này (%2)?

Sau đó không thể xóa, chỉ có thể lưu trữ: chỉ dùng cho cơ sở dữ liệu tập huấn, không dùng cho công việc thật.</translation>
    </message>
    <message>
        <source>Writing demonstration data…</source>
        <translation>Đang ghi dữ liệu minh họa…</translation>
    </message>
    <message>
        <source>Stopped: %L1 demonstration persons were written.</source>
        <translation>Đã dừng: đã ghi %L1 người minh họa.</translation>
    </message>
    <message>
        <source>%L1 demonstration persons were written.</source>
        <translation>Đã ghi %L1 người minh họa.</translation>
    </message>
    <message>
        <source>This database holds records that were not made by the demonstration, so no demonstration data can be written into it. Create a new database for demonstration data.</source>
        <translation>Cơ sở dữ liệu này có hồ sơ không phải do dữ liệu minh họa tạo ra, nên không thể ghi dữ liệu minh họa vào đó. Hãy tạo một cơ sở dữ liệu mới cho dữ liệu minh họa.</translation>
    </message>
    <message>
        <source>&amp;Load demonstration data</source>
        <translation>&amp;Nạp dữ liệu minh họa</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
</context>
<context>
    <name>sr::ui::WorkItemModel</name>
    <message>
        <source>Case code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc cần làm</translation>
    </message>
</context>
<context>
    <name>sr::ui::WorkLabels</name>
    <message>
        <source>Under 1 month</source>
        <translation>Dưới 1 tháng</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 tháng</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 tháng</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 tháng</translation>
    </message>
    <message>
        <source>Over 12 months</source>
        <translation>Trên 12 tháng</translation>
    </message>
    <message>
        <source>Approve: %1 (asked by %2)</source>
        <translation>Phê duyệt: %1 (%2 đề nghị)</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>người dùng không rõ</translation>
    </message>
    <message>
        <source>Assigned to you by %1</source>
        <translation>%1 giao cho bạn</translation>
    </message>
    <message>
        <source>Assigned to you by %1: %2</source>
        <translation>%1 giao cho bạn: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation>Tiếp nhận tại %1</translation>
    </message>
    <message>
        <source>Identification: %1</source>
        <translation>Xác định: %1</translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation>Đóng hồ sơ: %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Đóng hồ sơ</translation>
    </message>
    <message>
        <source>Support: %1 (%2)</source>
        <translation>Hỗ trợ: %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Theo dõi: %1</translation>
    </message>
    <message>
        <source>Plan goal added (%1): %2</source>
        <translation>Thêm mục tiêu kế hoạch (%1): %2</translation>
    </message>
    <message>
        <source>Plan goal changed: %1</source>
        <translation>Sửa mục tiêu kế hoạch: %1</translation>
    </message>
    <message>
        <source>Plan goal archived: %1</source>
        <translation>Lưu trữ mục tiêu kế hoạch: %1</translation>
    </message>
    <message>
        <source>Task made: %1</source>
        <translation>Tạo việc: %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Xong việc: %1</translation>
    </message>
    <message>
        <source>Task cancelled: %1</source>
        <translation>Hủy việc: %1</translation>
    </message>
    <message>
        <source>Approval asked: %1</source>
        <translation>Đề nghị phê duyệt: %1</translation>
    </message>
    <message>
        <source>Case left without a responsible worker</source>
        <translation>Hồ sơ không còn cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Case assigned to %1</source>
        <translation>Giao hồ sơ cho %1</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <source>%1 overdue · %2 this week</source>
        <translation>%1 quá hạn · %2 trong tuần</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Chưa giao ai</translation>
    </message>
    <message>
        <source>Plan goal status: %1 — %2</source>
        <translation>Trạng thái mục tiêu kế hoạch: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>approval kind, then the decision</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 to approve</source>
        <translation>%1 · %2 chờ duyệt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a rule&apos;s name, then its subject</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>người được hỗ trợ</translation>
    </message>
    <message>
        <source>reception %1</source>
        <translation>lần tiếp nhận %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>lần theo dõi %1</translation>
    </message>
    <message>
        <source>support: %1 %2</source>
        <translation>hỗ trợ: %1 %2</translation>
    </message>
    <message>
        <source>support %1</source>
        <translation>hỗ trợ %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Đính kèm: %1 (%2)</translation>
    </message>
    <message>
        <source>Attachment archived: %1 (%2)</source>
        <translation>Lưu trữ tệp đính kèm: %1 (%2)</translation>
    </message>
    <message>
        <source>Admitted to shelter: %1, %2</source>
        <extracomment>Case timeline: admitted to a shelter room; %1 the room, %2 the shelter.</extracomment>
        <translation>Vào phòng tạm lánh: %1, %2</translation>
    </message>
    <message>
        <source>Left the shelter: %1, %2</source>
        <translation>Rời phòng tạm lánh: %1, %2</translation>
    </message>
    <message>
        <source>Left the shelter: %1, %2 (%3)</source>
        <translation>Rời phòng tạm lánh: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Emergency call to the hotline: %1</source>
        <translation>Cuộc gọi khẩn cấp đến tổng đài: %1</translation>
    </message>
    <message>
        <source>Call to the hotline: %1</source>
        <translation>Cuộc gọi đến tổng đài: %1</translation>
    </message>
</context>
</TS>
