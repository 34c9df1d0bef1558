// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace standpoint;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("standpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STANDPOINT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "standpoint-cli",
        "Standpoint's command-line tool.\n\nCommands:\n"
        "  init                 create a store holding the bundled debate\n"
        "  load-pack DIR        load a debate pack folder\n"
        "  export-json          print the whole store as JSON\n"
        "  search QUERY         full-text search (words, \"phrases\", prefix*, OR, NOT)\n"
        "  check                verify quotes, stances and integrity; report discrepancies"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("standpoint-cli", "The store to use."),
                                QStringLiteral("PATH"), store::Store::defaultPath());
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("standpoint-cli", "search: at most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QCoreApplication::translate("standpoint-cli",
                                                              "search: only these kinds (passage, claim, event, note)."),
                                  QStringLiteral("K,..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("standpoint-cli", "search, check: print JSON."));
    parser.addOptions({db, limit, kind, json});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("standpoint-cli", "What to do."));

    if (!parser.parse(QCoreApplication::arguments())) {
        cli::printError(parser.errorText());
        return cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printOut(parser.helpText());
        return cli::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        cli::printOut(QStringLiteral("standpoint-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return cli::Ok;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        cli::printError(QCoreApplication::translate("standpoint-cli", "no command given; commands: %1 (see --help)")
                            .arg(cli::commandNames().join(QStringLiteral(", "))));
        return cli::Usage;
    }
    cli::Invocation inv;
    inv.dbPath = parser.value(db);
    if (inv.dbPath.isEmpty()) {
        cli::printError(QCoreApplication::translate("standpoint-cli", "--db needs a path"));
        return cli::Usage;
    }
    inv.command = positional.takeFirst();
    inv.arguments = positional;
    bool ok = false;
    inv.limit = parser.value(limit).toInt(&ok);
    if (!ok || inv.limit < 1) {
        cli::printError(QCoreApplication::translate("standpoint-cli", "--limit takes a whole number from 1, not \"%1\"")
                            .arg(parser.value(limit)));
        return cli::Usage;
    }
    if (parser.isSet(kind))
        inv.kinds = parser.value(kind).split(QLatin1Char(','), Qt::SkipEmptyParts);
    inv.json = parser.isSet(json);
    return cli::run(inv);
}
