// checkWritable: the one check of an output path (the CLI's outputs, the image export), run before
// the content is made. It names the path and the reason, and leaves no file behind either way.
#include "io/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace samtidig;

class TstOutputPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QString>("relative"); // to a temporary folder holding a file "plain"
        QTest::addColumn<QString>("absolute"); // used instead when set
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << QString() << QString() << QStringLiteral("No file name");
        QTest::newRow("blank name") << QString() << QStringLiteral("   ") << QStringLiteral("No file name");
        QTest::newRow("a folder") << QStringLiteral(".") << QString() << QStringLiteral("is a folder");
        QTest::newRow("missing folder")
            << QStringLiteral("missing/x.png") << QString() << QStringLiteral("does not exist");
        QTest::newRow("a file as folder")
            << QStringLiteral("plain/x.png") << QString() << QStringLiteral("does not exist");
        QTest::newRow("read-only file system")
            << QString() << QStringLiteral("/proc/samtidig-output.png") << QStringLiteral("/proc");
    }
    void refused()
    {
        QFETCH(QString, relative);
        QFETCH(QString, absolute);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString path = !absolute.isNull() ? absolute
            : relative.isEmpty()                ? QString()
                                                : dir.filePath(relative);
        QString error;
        QVERIFY(!checkWritable(path, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        if (!path.trimmed().isEmpty()) // the file, or the folder it cannot be made in
            QVERIFY2(error.contains(path) || error.contains(QFileInfo(path).absolutePath()),
                     qPrintable(error));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/samtidig-output.png")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("plain") });
    }

    void acceptedLeavesNothingAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.png"));
        const QString old = dir.filePath(QStringLiteral("old.png"));
        QVERIFY(writeFileAtomically(old, QByteArray("old picture"), nullptr));
        QString error;
        QVERIFY2(checkWritable(fresh, &error), qPrintable(error));
        QVERIFY2(checkWritable(old, &error), qPrintable(error));
        QVERIFY(!QFile::exists(fresh));
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old picture"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("old.png") });
    }
};

QTEST_GUILESS_MAIN(TstOutputPath)
#include "tst_outputpath.moc"
