// samtidig-cli in Danish: `--lang da` gives Danish scenario names, parameter errors, --help and
// exported images (title, legend, caption). The expected Danish comes from the same embedded
// catalogue the CLI uses (installLanguage in this process), plus a few exact Danish names, so the
// test follows wording changes but cannot pass on English text.
#include "i18n/language.h"
#include "scenarios/scenario_registry.h"
#include "support/cli_runner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace samtidig;

namespace {

using Result = samtidig::test::CliResult;

Result cli(const QStringList &args, int timeoutMs = 60000, const QString &lang = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!lang.isEmpty()) { // the system locale the CLI sees: LANG, with nothing overriding it
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LC_NUMERIC"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
    }
    return samtidig::test::runCli(args, timeoutMs, env);
}

// The scenario names in one language, from the catalogue embedded in samtidig_core.
QMap<QString, QString> scenarioNames(const QString &language)
{
    installLanguage(language);
    QMap<QString, QString> names;
    for (const Scenario *s : allScenarios())
        if (!s->info().hidden) // test-only scenarios are untranslated and not listed
            names.insert(s->info().id, s->info().name);
    installLanguage(QStringLiteral("en"));
    return names;
}

QString danish(const char *context, const char *source)
{
    installLanguage(QStringLiteral("da"));
    const QString text = QCoreApplication::translate(context, source);
    installLanguage(QStringLiteral("en"));
    return text;
}

// XML text escaping as in an SVG file.
QString xmlEscaped(const QString &text)
{
    QString t = text.toHtmlEscaped();
    return t;
}

bool svgHasExporter()
{
    const Result r = cli({ QStringLiteral("--help") });
    return r.out.contains(QLatin1String("--svg"));
}

} // namespace

class TstCliLang : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("SAMTIDIG_CLI"), "SAMTIDIG_CLI must name samtidig-cli");
        installLanguage(QStringLiteral("en"));
    }

    void listInDanish_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--lang first")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("list") };
        QTest::newRow("--lang last") << QStringList { QStringLiteral("list"), QStringLiteral("--lang"),
                                                      QStringLiteral("da") };
    }

    void listInDanish()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 0);
        const QMap<QString, QString> danish = scenarioNames(QStringLiteral("da"));
        const QMap<QString, QString> english = scenarioNames(QStringLiteral("en"));
        QVERIFY(danish.size() >= 10);
        for (auto it = danish.cbegin(); it != danish.cend(); ++it) {
            QVERIFY2(r.out.contains(it.value()),
                     qPrintable(it.key() + QLatin1String(": ") + it.value() + QLatin1String("\n") + r.out));
            QVERIFY2(it.value() != english.value(it.key()),
                     qPrintable(it.key() + QLatin1String(" has no Danish name")));
            QVERIFY2(!r.out.contains(english.value(it.key())), qPrintable(english.value(it.key())));
        }
        // A few Danish names, exactly.
        QVERIFY2(r.out.contains(QStringLiteral("Deadlock: to tråde, to låse")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Race condition: tabte opdateringer")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Parallelism vs. concurrency")), qPrintable(r.out));
        // Parameter labels and ranges are Danish too ("1 til 256", not "1 to 256").
        QVERIFY2(r.out.contains(QStringLiteral(" til ")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("How many")), qPrintable(r.out));

        const Result en = cli({ QStringLiteral("list") });
        QCOMPARE(en.exitCode, 0);
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            QVERIFY2(en.out.contains(it.value()), qPrintable(it.value()));
        QVERIFY(!en.out.contains(QStringLiteral("tråde")));
    }

    void badParameterInDanish()
    {
        const Result r
            = cli({ QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("run"),
                    QStringLiteral("threads"), QStringLiteral("--set"), QStringLiteral("threads=0") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Parameteren 'threads' skal være")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("mellem 1 og 256")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Kør 'samtidig-cli --help'")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("between")), qPrintable(r.err));

        const Result unknown
            = cli({ QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--set"),
                    QStringLiteral("colour=red"), QStringLiteral("--lang"), QStringLiteral("da") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Ukendt parameter 'colour'")), qPrintable(unknown.err));

        const Result command = cli({ QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("fly") });
        QCOMPARE(command.exitCode, 2);
        QVERIFY2(command.err.contains(QStringLiteral("ukendt kommando 'fly'")), qPrintable(command.err));
    }

    void helpInDanish()
    {
        const Result r = cli({ QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Brug:\n")), qPrintable(r.out));
        for (const char *word : { "Valg:", "Billedvalg:", "Afslutningsstatus:", "rigtige tråde og processer",
                                  "deadlock eller ej", "--set NAVN=VÆRDI" })
            QVERIFY2(r.out.contains(QString::fromUtf8(word)), word);
        // Every option of the English help is still named in the Danish one.
        const Result en = cli({ QStringLiteral("--help") });
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.startsWith(QStringLiteral("Usage:")));
        static const QRegularExpression option(QStringLiteral("--[a-z]+"));
        for (auto it = option.globalMatch(en.out); it.hasNext();) {
            const QString name = it.next().captured();
            QVERIFY2(r.out.contains(name), qPrintable(name));
        }
    }

    // Without --lang the CLI speaks the system's language: Danish for a da_* locale, else English.
    void defaultLanguageFromSystemLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("start");
        QTest::newRow("da_DK") << QStringLiteral("da_DK.UTF-8") << QStringList { QStringLiteral("--help") }
                               << QStringLiteral("Brug:\n");
        QTest::newRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringList { QStringLiteral("--help") }
                               << QStringLiteral("Usage:\n");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QStringList { QStringLiteral("--help") }
                               << QStringLiteral("Usage:\n");
        QTest::newRow("da_DK, --lang en")
            << QStringLiteral("da_DK.UTF-8")
            << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }
            << QStringLiteral("Usage:\n");
        QTest::newRow("en_US, --lang da")
            << QStringLiteral("en_US.UTF-8")
            << QStringList { QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("da") }
            << QStringLiteral("Brug:\n");
    }
    void defaultLanguageFromSystemLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, args);
        QFETCH(QString, start);
        const Result r = cli(args, 60000, lang);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(start), qPrintable(r.out.left(200)));
        // Errors too: a Danish system gets Danish messages.
        if (lang.startsWith(QLatin1String("da")) && !args.contains(QLatin1String("en"))) {
            const Result bad = cli({ QStringLiteral("fly") }, 60000, lang);
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains(QStringLiteral("ukendt kommando 'fly'")), qPrintable(bad.err));
        }
    }

    // Numbers in the CLI's summary line follow the language: "16.862 hændelser", "6,548 events".
    void summaryNumbersFollowTheLanguage()
    {
        const QStringList run
            = { QStringLiteral("run"),       QStringLiteral("threads"), QStringLiteral("--set"),
                QStringLiteral("threads=2"), QStringLiteral("--set"),   QStringLiteral("work_ms=60") };
        const Result da = cli(QStringList(run) << QStringLiteral("--lang") << QStringLiteral("da"));
        QVERIFY2(da.exitCode == 0, qPrintable(da.err));
        static const QRegularExpression danish(
            QStringLiteral("gennemført efter [0-9.]+ ms, (\\d+(?:\\.\\d{3})*) hændelser"));
        const QRegularExpressionMatch d = danish.match(da.out);
        QVERIFY2(d.hasMatch(), qPrintable(da.out));
        const Result en = cli(QStringList(run) << QStringLiteral("--lang") << QStringLiteral("en"));
        QVERIFY2(en.exitCode == 0, qPrintable(en.err));
        static const QRegularExpression english(
            QStringLiteral("completed in [0-9,]+ ms, (\\d+(?:,\\d{3})*) events"));
        const QRegularExpressionMatch e = english.match(en.out);
        QVERIFY2(e.hasMatch(), qPrintable(en.out));
        if (d.captured(1).remove(QLatin1Char('.')).toInt() >= 1000) // grouped, not "16862"
            QVERIFY2(d.captured(1).contains(QLatin1Char('.')), qPrintable(da.out));
        if (e.captured(1).remove(QLatin1Char(',')).toInt() >= 1000)
            QVERIFY2(e.captured(1).contains(QLatin1Char(',')), qPrintable(en.out));
    }

    void svgInDanish()
    {
        if (!svgHasExporter())
            QSKIP("this samtidig-cli has no image exporter");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.svg"));
        const Result r
            = cli({ QStringLiteral("run"), QStringLiteral("threads"), QStringLiteral("--set"),
                    QStringLiteral("threads=2"), QStringLiteral("--set"), QStringLiteral("work_ms=60"),
                    QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("--svg"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Skrev billede: ")), qPrintable(r.out));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());

        // Title: the scenario's Danish name; legend: Danish state names; caption: Danish.
        const QString name = scenarioNames(QStringLiteral("da")).value(QStringLiteral("threads"));
        QCOMPARE(name, QStringLiteral("Tråde, der deler hukommelse"));
        QVERIFY2(svg.contains(xmlEscaped(name)), "title");
        for (const QString &legend :
             { danish("samtidig::TimelineText", "Running"), danish("samtidig::TimelineText", "Tasks") }) {
            QVERIFY(!legend.isEmpty());
            QVERIFY2(svg.contains(xmlEscaped(legend)), qPrintable(legend));
        }
        QVERIFY2(svg.contains(QStringLiteral("Kører")), "legend: Kører");
        QVERIFY2(svg.contains(QStringLiteral("Eksporteret fra Samtidig")), "caption");
        for (const char *english :
             { "Running", "Exported from", "Threads sharing memory", "Tasks<", ">thread 1<" })
            QVERIFY2(!svg.contains(QLatin1String(english)), english);
        // Task names are given by the workload in the runner process, which is started with --lang.
        QVERIFY2(svg.contains(QStringLiteral(">tråd 1<")), "task names");
    }
};

QTEST_GUILESS_MAIN(TstCliLang)
#include "tst_cli_lang.moc"
