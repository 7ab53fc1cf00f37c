// Not a check: the pictures of the user guide's section on attachments (docs/user-guide.md 3.8)
// in both languages: the Attachments tab with a few papers, the attach dialog, and the viewer
// showing a PDF and a photo. Runs only with SAFERETURN_SCREENSHOT_DB (a demonstration database:
// `safereturn demo --db FILE --persons 300 --seed 1`) and SAFERETURN_SCREENSHOT_DIR set, and
// skips otherwise. The papers are drawn here (invented texts, no real document) and attached
// through the service to a copy of the database, at a fixed clock.
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/AttachmentService.h"
#include "services/AuthService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "ui/case/AttachDialog.h"
#include "ui/case/AttachmentViewer.h"
#include "ui/case/AttachmentsPanel.h"
#include "ui/case/CaseEditor.h"
#include "ui/case/CaseFields.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLinearGradient>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using namespace sr::domain;
using ui::CaseEditor;

QList<qint64> ids(storage::Database &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

bool save(QWidget &widget, const QString &outDir, const QString &name, const QString &lang)
{
    QTest::qWait(400);
    const QString file = QStringLiteral("%1/%2-%3.png").arg(outDir, name, lang);
    const bool saved = widget.grab().save(file);
    EXPECT_TRUE(saved) << file.toStdString();
    return saved;
}

/** An A4 paper in the administrative style, with @a title and a few invented lines. */
QByteArray paper(const QString &title, const QString &subject, int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    QPainter painter(&writer);
    const int width = writer.width();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(15);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(
            QRect(0, 40, width / 2, 24), Qt::AlignCenter, QStringLiteral("UBND TỈNH QUẢNG NINH"));
        painter.drawText(QRect(width / 2, 40, width / 2, 24),
                         Qt::AlignCenter,
                         QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        painter.drawText(QRect(width / 2, 62, width / 2, 24),
                         Qt::AlignCenter,
                         QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
        font.setPixelSize(20);
        painter.setFont(font);
        painter.drawText(QRect(0, 150, width, 30), Qt::AlignCenter, title);
        font.setBold(false);
        font.setPixelSize(15);
        painter.setFont(font);
        painter.drawText(QRect(0, 182, width, 24), Qt::AlignCenter, subject);
        int y = 240;
        for (int line = 0; line < 14; ++line, y += 30)
            painter.drawText(QRect(70, y, width - 140, 24),
                             Qt::AlignLeft,
                             QStringLiteral("Điều %1. Nội dung minh họa, không phải giấy tờ thật "
                                            "(trang %2/%3).")
                                 .arg(line + 1)
                                 .arg(page + 1)
                                 .arg(pages));
    }
    painter.end();
    return bytes;
}

/** A picture standing for a photo taken at the reception. */
QByteArray photo()
{
    QImage image(1600, 1100, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 700);
    sky.setColorAt(0, QColor(0x7f, 0xb6, 0xe0));
    sky.setColorAt(1, QColor(0xd9, 0xec, 0xf7));
    painter.fillRect(0, 0, 1600, 700, sky);
    painter.fillRect(0, 700, 1600, 400, QColor(0x6b, 0x8e, 0x4e));
    painter.setBrush(QColor(0xe8, 0xd8, 0xb0));
    painter.setPen(Qt::NoPen);
    painter.drawRect(500, 420, 600, 360);
    painter.setBrush(QColor(0xa0, 0x3c, 0x2c));
    painter.drawPolygon(QPolygon({QPoint(460, 430), QPoint(800, 230), QPoint(1140, 430)}));
    painter.setBrush(QColor(0x5a, 0x3d, 0x2b));
    painter.drawRect(760, 600, 90, 180);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

class AttachmentScreenshots : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
        m_outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
        if (m_dbPath.isEmpty() || m_outDir.isEmpty())
            GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
        ASSERT_TRUE(m_dir.isValid());
        const QString copy = m_dir.filePath(QStringLiteral("shots.db"));
        ASSERT_TRUE(QFile::copy(m_dbPath, copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto db = storage::Database::open(copy);
        ASSERT_TRUE(db.ok());
        m_db = std::move(*db);
        QSqlQuery q(m_db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT max(at) FROM audit_log WHERE action = 'demo'"))
                    && q.next());
        m_today = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
        ASSERT_TRUE(m_today.isValid());
        m_clock.setNow(QDateTime(m_today, QTime(3, 0), Qt::UTC));
    }

    FixedClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(3, 0), Qt::UTC)};
    QString m_dbPath;
    QString m_outDir;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QDate m_today;
};

TEST_F(AttachmentScreenshots, AttachmentScreensInBothLanguages)
{
    storage::Database &db = *m_db;
    const QList<qint64> admins =
        ids(db, QStringLiteral("SELECT id FROM app_user WHERE role = 'administrator' LIMIT 1"));
    ASSERT_FALSE(admins.isEmpty());
    const Actor admin{admins.first(), QStringLiteral("admin"), Role::Administrator};
    services::AuthService auth(db);
    services::NewUser user;
    user.userName = QStringLiteral("hung.tv");
    user.displayName = QStringLiteral("Trần Văn Hùng");
    user.role = Role::Manager;
    user.password = QStringLiteral("Shots-demo-2026!");
    user.mustChangePassword = false;
    auto made = auth.createUser(admin, user);
    ASSERT_TRUE(made.ok());
    const Actor hung{made->id, user.userName, Role::Manager};

    // A case with one reception and a support, received some weeks ago.
    const QList<qint64> featured = ids(
        db,
        QStringLiteral(
            "SELECT p.id FROM person p JOIN reception r ON r.person_id = p.id "
            "WHERE p.archived = 0 AND r.archived = 0 AND r.case_status = 'open' "
            "AND (SELECT count(*) FROM reception r2 WHERE r2.person_id = p.id) = 1 "
            "AND EXISTS (SELECT 1 FROM support s WHERE s.reception_id = r.id AND s.archived = 0) "
            "AND r.reception_date < '%1' ORDER BY r.reception_date DESC, p.id LIMIT 1")
            .arg(m_today.addDays(-20).toString(Qt::ISODate)));
    ASSERT_FALSE(featured.isEmpty());
    const qint64 person = featured.first();
    const qint64 reception =
        ids(db, QStringLiteral("SELECT id FROM reception WHERE person_id = %1").arg(person))
            .first();
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, support_date FROM support WHERE reception_id = "
                                      "%1 AND archived = 0 ORDER BY id LIMIT 1")
                           .arg(reception))
                && q.next());
    const qint64 support = q.value(0).toLongLong();
    const QDate supportDate = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT reception_date FROM reception WHERE id = %1").arg(reception))
        && q.next());
    const QDate received = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);

    services::AttachmentService attachments(db);
    const auto attach = [&](const QString &type,
                            const QByteArray &bytes,
                            const QString &name,
                            const QDate &date,
                            const QString &note,
                            std::optional<qint64> receptionId,
                            std::optional<qint64> supportId) {
        Attachment a;
        a.personId = person;
        a.receptionId = receptionId;
        a.supportId = supportId;
        a.documentType = type;
        a.documentDate = date;
        a.note = note;
        a.fileName = name;
        auto stored = attachments.attachBytes(hung, a, bytes);
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    };
    attach(QStringLiteral("reception_minutes"),
           paper(QStringLiteral("BIÊN BẢN TIẾP NHẬN"), QStringLiteral("Tại cửa khẩu"), 2),
           QStringLiteral("bien-ban-tiep-nhan.pdf"),
           received,
           QStringLiteral("Có chữ ký của Đồn Biên phòng"),
           reception,
           std::nullopt);
    attach(QStringLiteral("identification_decision"),
           paper(QStringLiteral("QUYẾT ĐỊNH"),
                 QStringLiteral("Về việc xác định nạn nhân bị mua bán"),
                 3),
           QStringLiteral("quyet-dinh-xac-dinh.pdf"),
           received.addDays(6),
           QStringLiteral("Bản gốc lưu ở tủ hồ sơ số 2"),
           reception,
           std::nullopt);
    attach(QStringLiteral("photo"),
           photo(),
           QStringLiteral("anh-tiep-nhan.jpg"),
           received,
           QString(),
           reception,
           std::nullopt);
    attach(QStringLiteral("support_receipt"),
           paper(QStringLiteral("BIÊN NHẬN"), QStringLiteral("Nhận tiền hỗ trợ"), 1),
           QStringLiteral("bien-nhan.pdf"),
           supportDate,
           QString(),
           std::nullopt,
           support);

    const QString pngPath = m_dir.filePath(QStringLiteral("giay-dong-y.png"));
    {
        QImage consent(900, 1200, QImage::Format_Grayscale8);
        consent.fill(250);
        consent.save(pngPath, "PNG");
    }

    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext context(db, hung);
        CaseEditor editor(context);
        ASSERT_TRUE(editor.openCase(person));
        editor.resize(1180, 700);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        editor.showSection(CaseEditor::Section::Attachments);
        ui::AttachmentsPanel *panel = editor.attachmentsPanel();
        panel->selectRow(1);
        save(editor, m_outDir, QStringLiteral("case-editor-attachments"), lang);

        ui::AttachDialog *dialog = panel->startAttach(pngPath);
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        dialog->typeCombo()->setCurrentIndex(
            dialog->typeCombo()->findData(QStringLiteral("consent_form")));
        dialog->dateEdit()->setText(received.toString(QStringLiteral("dd/MM/yyyy")));
        dialog->noteEdit()->setText(QStringLiteral("Đã ký"));
        save(*dialog, m_outDir, QStringLiteral("attach-dialog"), lang);
        dialog->reject();

        panel->selectRow(1);
        ui::AttachmentViewer *pdf = panel->openSelected();
        ASSERT_NE(pdf, nullptr);
        pdf->resize(1100, 700);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(pdf));
        QTest::qWait(800); // the page is rendered in the background
        save(*pdf, m_outDir, QStringLiteral("attachment-viewer-pdf"), lang);
        pdf->close();

        panel->selectRow(2);
        ui::AttachmentViewer *picture = panel->openSelected();
        ASSERT_NE(picture, nullptr);
        picture->resize(1100, 700);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(picture));
        picture->fitPage();
        save(*picture, m_outDir, QStringLiteral("attachment-viewer-photo"), lang);
        picture->close();
        editor.close();
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
