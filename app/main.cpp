// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/appearance.h"
#include "app/mainwindow/mainwindow.h"
#include "app/mainwindow/screenshots.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace standpoint;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("standpoint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Standpoint"));
    QApplication::setApplicationVersion(QStringLiteral(STANDPOINT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("standpoint"));

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
    parser.addOptions({db, shots, palette});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "standpoint: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "standpoint: unexpected argument \"%s\" (see --help)\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    if (!app::applyAppearance(parser.value(palette))) {
        std::fprintf(stderr, "standpoint: --palette takes system, light or dark, not \"%s\"\n",
                     qPrintable(parser.value(palette)));
        return 2;
    }

    app::MainWindow window(parser.value(db));
    if (parser.isSet(shots)) {
        auto *runner = new app::ScreenshotRunner(&window, parser.value(shots));
        QObject::connect(runner, &app::ScreenshotRunner::finished, &app, [](int code) { QApplication::exit(code); });
        runner->start();
    } else {
        window.show();
    }
    return QApplication::exec();
}
