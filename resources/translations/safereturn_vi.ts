<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <source>The database file is damaged.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng.</translation>
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
</context>
<context>
    <name>sr::ui::GuiApp</name>
    <message>
        <source>SafeReturn</source>
        <translation>SafeReturn</translation>
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
        <source>Name, other name, case code or document number. Accents are optional: &quot;dang&quot; finds &quot;Đặng&quot;.</source>
        <translation>Họ tên, tên khác, mã hồ sơ hoặc số giấy tờ. Có thể gõ không dấu: &quot;dang&quot; tìm được &quot;Đặng&quot;.</translation>
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
    <message>
        <source>Welcome to SafeReturn</source>
        <translation>Chào mừng đến với SafeReturn</translation>
    </message>
    <message>
        <source>This database has no cases yet.

To try SafeReturn with demonstration data (invented persons, no real records), close this window and run in a terminal:</source>
        <translation>Cơ sở dữ liệu này chưa có hồ sơ nào.

Để dùng thử SafeReturn với dữ liệu minh họa (người giả định, không phải hồ sơ thật), hãy đóng cửa sổ này và chạy lệnh sau trong cửa sổ dòng lệnh:</translation>
    </message>
    <message>
        <source>Then start SafeReturn again, or press Refresh.</source>
        <translation>Sau đó mở lại SafeReturn, hoặc bấm Làm mới.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
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
        <source>Warning: this database is on a network drive. SQLite databases may be damaged when used over a network; copy it to this computer&apos;s disk.</source>
        <translation>Cảnh báo: cơ sở dữ liệu này nằm trên ổ đĩa mạng. Cơ sở dữ liệu SQLite có thể bị hỏng khi dùng qua mạng; hãy sao chép tệp về ổ đĩa của máy tính này.</translation>
    </message>
    <message>
        <source>About SafeReturn</source>
        <translation>Giới thiệu SafeReturn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Case management for returned victims of human trafficking.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SafeReturn %1&lt;/h3&gt;&lt;p&gt;Phần mềm quản lý hồ sơ hỗ trợ nạn nhân bị mua bán trở về.&lt;/p&gt;&lt;p&gt;Phần mềm tự do theo Giấy phép Công cộng GNU (GPL), phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
