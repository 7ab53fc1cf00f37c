// `safereturn case print` run as a child process: the case file, the reception minutes and the
// support receipts as PDFs read back with pdftotext, both languages, each print audited, usage
// errors (exit 2) and failures (exit 1) on stderr naming what is wrong.
#include "AppTestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class CliCasePrintTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty()) << "SAFERETURN_BIN is not set";
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const RunResult demo = run({QStringLiteral("demo"),
                                    QStringLiteral("--persons"),
                                    QStringLiteral("30"),
                                    QStringLiteral("--seed"),
                                    QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    RunResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--user") << demoUser();
        return runSafeReturn(arguments,
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSWORD"), demoPassword()}});
    }

    /** The case code of a person with a provided support of an amount, and that amount. */
    QPair<QString, qint64> caseWithSupport() const
    {
        storage::Database::Options options;
        options.access = storage::Database::Access::ReadOnly;
        auto opened = storage::Database::open(m_db, options);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return {};
        QSqlQuery query((*opened)->connection());
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT p.case_code, s.amount_vnd FROM person p JOIN reception r ON r.person_id = p.id"
            " JOIN support s ON s.reception_id = r.id WHERE s.amount_vnd >= 1000000"
            " AND s.status = 'provided' AND p.archived = 0 AND r.archived = 0 AND s.archived = 0"
            " ORDER BY p.id LIMIT 1")));
        EXPECT_TRUE(query.next());
        return {query.value(0).toString(), query.value(1).toLongLong()};
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
    }

    qint64 printRows() const
    {
        return queryFileInt(
            m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print'"));
    }

    QTemporaryDir m_dir;
    QString m_db;
};

/** "1.500.000 đ" */
QString dong(qint64 amount)
{
    QString digits = QString::number(amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return digits + QStringLiteral(" đ");
}

TEST_F(CliCasePrintTest, WritesTheThreePapersAndAuditsEach)
{
    const auto [code, amount] = caseWithSupport();
    ASSERT_FALSE(code.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("ho-so.pdf"));
    const RunResult caseFile =
        run({QStringLiteral("case"), QStringLiteral("print"), code, QStringLiteral("-o"), file});
    ASSERT_EQ(caseFile.exitCode, 0) << caseFile.err.toStdString();
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(QStringLiteral("Mã hồ sơ: ") + code));
    EXPECT_TRUE(text.contains(dong(amount))) << dong(amount).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Trang 1/")));
    EXPECT_TRUE(text.contains(QStringLiteral("MẬT — Thông tin cá nhân")));
    EXPECT_EQ(printRows(), 1);

    const QString minutes = m_dir.filePath(QStringLiteral("bien-ban.pdf"));
    const RunResult minutesRun = run({QStringLiteral("case"),
                                      QStringLiteral("print"),
                                      code,
                                      QStringLiteral("--document"),
                                      QStringLiteral("reception-minutes"),
                                      QStringLiteral("--reception"),
                                      QStringLiteral("1"),
                                      QStringLiteral("-o"),
                                      minutes});
    ASSERT_EQ(minutesRun.exitCode, 0) << minutesRun.err.toStdString();
    EXPECT_TRUE(pdfText(minutes).contains(QStringLiteral("BIÊN BẢN")));

    const QString receipts = m_dir.filePath(QStringLiteral("receipts.pdf"));
    const RunResult receiptsRun = run({QStringLiteral("case"),
                                       QStringLiteral("print"),
                                       code,
                                       QStringLiteral("--document"),
                                       QStringLiteral("support-receipts"),
                                       QStringLiteral("--lang"),
                                       QStringLiteral("en"),
                                       QStringLiteral("-o"),
                                       receipts});
    ASSERT_EQ(receiptsRun.exitCode, 0) << receiptsRun.err.toStdString();
    const QString english = pdfText(receipts);
    EXPECT_TRUE(english.contains(QStringLiteral("Page 1 of")));
    EXPECT_TRUE(english.contains(QStringLiteral("In words:")));
    EXPECT_EQ(printRows(), 3);
    EXPECT_EQ(queryFileInt(m_db,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print'"
                                          " AND entity = 'person' AND changes LIKE "
                                          "'%reception_minutes%'")),
              1);
}

TEST_F(CliCasePrintTest, UsageErrorsAndFailuresSayWhatIsWrong)
{
    const auto [code, amount] = caseWithSupport();
    const QString file = m_dir.filePath(QStringLiteral("x.pdf"));
    const RunResult badDocument = run({QStringLiteral("case"),
                                       QStringLiteral("print"),
                                       code,
                                       QStringLiteral("--document"),
                                       QStringLiteral("letter"),
                                       QStringLiteral("-o"),
                                       file,
                                       QStringLiteral("--lang"),
                                       QStringLiteral("en")});
    EXPECT_EQ(badDocument.exitCode, 2);
    EXPECT_TRUE(badDocument.errText().contains(QStringLiteral("--document")))
        << badDocument.err.toStdString();

    const RunResult noOutput = run({QStringLiteral("case"), QStringLiteral("print"), code});
    EXPECT_EQ(noOutput.exitCode, 2);

    const RunResult badReception = run({QStringLiteral("case"),
                                        QStringLiteral("print"),
                                        code,
                                        QStringLiteral("--document"),
                                        QStringLiteral("reception-minutes"),
                                        QStringLiteral("--reception"),
                                        QStringLiteral("tomorrow"),
                                        QStringLiteral("-o"),
                                        file});
    EXPECT_EQ(badReception.exitCode, 2);

    const RunResult unknownCase = run({QStringLiteral("case"),
                                       QStringLiteral("print"),
                                       QStringLiteral("QN-1999-9999"),
                                       QStringLiteral("-o"),
                                       file,
                                       QStringLiteral("--lang"),
                                       QStringLiteral("en")});
    EXPECT_EQ(unknownCase.exitCode, 1);
    EXPECT_TRUE(unknownCase.errText().contains(QStringLiteral("QN-1999-9999")));

    const RunResult noSuchReception = run({QStringLiteral("case"),
                                           QStringLiteral("print"),
                                           code,
                                           QStringLiteral("--document"),
                                           QStringLiteral("reception-minutes"),
                                           QStringLiteral("--reception"),
                                           QStringLiteral("99"),
                                           QStringLiteral("-o"),
                                           file});
    EXPECT_EQ(noSuchReception.exitCode, 1);

    // Over the open database: refused, the file named, the database untouched, nothing audited.
    const qint64 persons = queryFileInt(m_db, QStringLiteral("SELECT COUNT(*) FROM person"));
    const RunResult overDatabase =
        run({QStringLiteral("case"), QStringLiteral("print"), code, QStringLiteral("-o"), m_db});
    EXPECT_EQ(overDatabase.exitCode, 1);
    EXPECT_TRUE(overDatabase.errText().contains(QStringLiteral("demo.db")))
        << overDatabase.err.toStdString();
    // (The login itself writes to the database: its records are what must be intact.)
    EXPECT_EQ(queryFileInt(m_db, QStringLiteral("SELECT COUNT(*) FROM person")), persons);
    EXPECT_EQ(persons, 30);
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_EQ(printRows(), 0);
    // No personal data on stderr: the case code is the only thing of the case named.
    EXPECT_FALSE(overDatabase.errText().contains(QStringLiteral("Lò")));
}

TEST_F(CliCasePrintTest, HelpNamesTheOptions)
{
    const RunResult help = runSafeReturn({QStringLiteral("case"),
                                          QStringLiteral("print"),
                                          QStringLiteral("--help"),
                                          QStringLiteral("--lang"),
                                          QStringLiteral("en")},
                                         m_dir.path());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.outText().contains(
        QStringLiteral("--document case-file|reception-minutes|support-receipts")));
}

} // namespace
} // namespace sr::test
