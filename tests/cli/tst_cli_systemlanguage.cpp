// samtidig-cli speaks the user's language as the environment gives it, like other programs on a
// Debian desktop: LANGUAGE (a preference list, da:en) before LC_ALL, LC_MESSAGES and LANG, and a
// locale that was never generated on this machine (a fresh Debian has only C.UTF-8) still counts.
#include <QProcess>
#include <QTest>

namespace {

// `samtidig-cli list` with only the given locale variables set.
QString listWith(const QStringList &variables, int *exitCode, QString *err)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    for (const QString &v : variables)
        env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SAMTIDIG_CLI"), { QStringLiteral("list") });
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TstCliSystemLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheEnvironment_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<bool>("danish");
        QTest::newRow("LANG Danish") << QStringList { "LANG=da_DK.UTF-8" } << true;
        QTest::newRow("LANG English") << QStringList { "LANG=en_GB.UTF-8" } << false;
        QTest::newRow("LANG C") << QStringList { "LANG=C.UTF-8" } << false;
        QTest::newRow("nothing set") << QStringList {} << false;
        QTest::newRow("LANG German: English") << QStringList { "LANG=de_DE.UTF-8" } << false;
        QTest::newRow("LC_ALL over LANG") << QStringList { "LANG=en_US.UTF-8", "LC_ALL=da_DK.UTF-8" } << true;
        QTest::newRow("LANGUAGE over LANG") << QStringList { "LANG=en_US.UTF-8", "LANGUAGE=da" } << true;
        QTest::newRow("LANGUAGE English first")
            << QStringList { "LANG=da_DK.UTF-8", "LANGUAGE=en:da" } << false;
        QTest::newRow("LANGUAGE first we speak")
            << QStringList { "LANG=de_DE.UTF-8", "LANGUAGE=nb:da:en" } << true;
    }

    void followsTheEnvironment()
    {
        QFETCH(QStringList, variables);
        QFETCH(bool, danish);
        int exitCode = -1;
        QString err;
        const QString out = listWith(variables, &exitCode, &err);
        QCOMPARE(exitCode, 0);
        QVERIFY2(err.isEmpty(), qPrintable(err)); // no complaint about a locale that is not generated
        QCOMPARE(out.contains(QStringLiteral("Deadlock: to tråde, to låse")), danish);
        QCOMPARE(out.contains(QStringLiteral("with the defaults")), !danish);
    }
};

QTEST_GUILESS_MAIN(TstCliSystemLanguage)
#include "tst_cli_systemlanguage.moc"
