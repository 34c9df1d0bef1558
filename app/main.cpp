// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/appearance.h"
#include "app/i18n/translations.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/screenshots.h"
#include "core/process/peakmemory.h"
#include "core/store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QCommandLineParser>

#include <cstdio>
#include <ctime>

using namespace standpoint;

namespace {

// Wall-clock time, so a script can measure from the moment it launched the program.
long long epochNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Quits after the watched window's first paint, printing when it came (the benchmark of start-up).
class FirstPaintExit : public QObject
{
public:
    explicit FirstPaintExit(const QElapsedTimer &clock) : m_clock(clock) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first paint: %.1f ms after main(), at %lld ns since the epoch, peak memory %.0f MiB\n",
                        m_clock.nsecsElapsed() / 1e6, epochNanoseconds(), process::peakMemoryMiB());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

// The value of --language, looked up before the parser is built so that --help is translated too.
QString languageArgument(const QStringList &arguments)
{
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            break;
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size())
            value = arguments[++i];
        else if (arguments[i].startsWith(QLatin1String("--language=")))
            value = arguments[i].section(QLatin1Char('='), 1);
    }
    return value;
}

// --language, else the setting, else the system's locale: a code of a shipped language, or empty if the
// argument names none (the parser reports that). An explicit choice also sets the locale dates use.
QString chooseLanguage(const QString &argument)
{
    QString code = argument.isNull() ? i18n::LanguageSetting::value() : argument;
    if (code.isEmpty() || code == QLatin1String("system"))
        return i18n::languageFor(QLocale::system());
    for (const i18n::Language &l : i18n::languages()) {
        if (l.code == code) {
            QLocale::setDefault(QLocale(code));
            return code;
        }
    }
    return argument.isNull() ? i18n::languageFor(QLocale::system()) : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("standpoint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Standpoint"));
    QApplication::setApplicationVersion(QStringLiteral(STANDPOINT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("standpoint"));
    const QString languageArg = languageArgument(QApplication::arguments());
    const QString language = chooseLanguage(languageArg);
    i18n::installTranslators(language.isEmpty() ? i18n::languageFor(QLocale::system()) : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Standpoint: a desktop explorer for policy debates."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The store to open."),
                                QStringLiteral("PATH"), store::Store::defaultPath());
    const QCommandLineOption shots(QStringLiteral("screenshot-dir"),
                                   QApplication::translate("main", "Render each main view at 1600×1000 into DIR/<view>.png "
                                                                   "and exit."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption palette(QStringLiteral("palette"),
                                     QApplication::translate("main", "Colours: system, light or dark."),
                                     QStringLiteral("NAME"), QStringLiteral("system"));
    const QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
                                        QApplication::translate("main", "Quit as soon as the window is first painted, and print when "
                                                                        "that was (a benchmark)."));
    const QCommandLineOption whenReady(QStringLiteral("exit-when-ready"),
                                       QApplication::translate("main", "Quit once the debate is shown, and print when that was "
                                                                       "(a benchmark)."));
    QStringList codes{QStringLiteral("system")};
    for (const i18n::Language &l : i18n::languages())
        codes << l.code;
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "The language of the window: %1 (this run only; View → Language keeps a choice).")
            .arg(codes.join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOptions({db, shots, palette, languageOption, firstPaint, whenReady});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A reading set (.standpoint) to import and show."),
                                 QStringLiteral("[FILE.standpoint]"));
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "standpoint: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(languageOption) && language.isEmpty()) {
        std::fprintf(stderr, "standpoint: %s\n",
                     qPrintable(QApplication::translate("main", "--language takes one of %1, not \"%2\"")
                                    .arg(codes.join(QStringLiteral(", ")), parser.value(languageOption))));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    // One positional argument is allowed: a set file, as a file manager passes it (Exec=standpoint %f).
    const QStringList positional = parser.positionalArguments();
    const auto isSetFile = [](const QString &arg) {
        return QFileInfo(arg).suffix().compare(QLatin1String("standpoint"), Qt::CaseInsensitive) == 0;
    };
    const bool oneSetFile = positional.size() == 1 && isSetFile(positional.first()) && !parser.isSet(shots);
    if (!positional.isEmpty() && !oneSetFile) {
        const QString unexpected =
            positional.size() > 1 && isSetFile(positional.first()) ? positional[1] : positional.first();
        std::fprintf(stderr, "standpoint: %s\n",
                     qPrintable(QApplication::translate("main", "unexpected argument \"%1\" (see --help)").arg(unexpected)));
        return 2;
    }
    if (!app::applyAppearance(parser.value(palette))) {
        std::fprintf(stderr, "standpoint: %s\n",
                     qPrintable(QApplication::translate("main", "--palette takes system, light or dark, not \"%1\"")
                                    .arg(parser.value(palette))));
        return 2;
    }

    app::MainWindow window(parser.value(db));
    if (parser.isSet(shots)) {
        auto *runner = new app::ScreenshotRunner(&window, parser.value(shots));
        QObject::connect(runner, &app::ScreenshotRunner::finished, &app, [](int code) { QApplication::exit(code); });
        runner->start();
    } else {
        FirstPaintExit *paintExit = nullptr;
        if (parser.isSet(firstPaint)) {
            paintExit = new FirstPaintExit(clock);
            window.installEventFilter(paintExit);
        }
        if (parser.isSet(whenReady)) {
            const auto report = [&clock](const QString &what) {
                std::printf("%s: %.1f ms after main(), peak memory %.0f MiB\n", qPrintable(what), clock.nsecsElapsed() / 1e6,
                            process::peakMemoryMiB());
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QApplication::quit);
            };
            QObject::connect(&window, &app::MainWindow::ready, &app, [report] { report(QStringLiteral("debate shown")); });
            QObject::connect(&window, &app::MainWindow::openFailed, &app, [report] { report(QStringLiteral("open failed")); });
        }
        window.show();
        if (oneSetFile)
            window.openSetFile(QFileInfo(positional.first()).absoluteFilePath());
    }
    return QApplication::exec();
}
