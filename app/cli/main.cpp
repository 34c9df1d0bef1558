// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/clicommands.h"
#include "app/cli/drawingcommands.h"
#include "app/cli/clioutput.h"
#include "app/i18n/translations.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace standpoint;

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

// The command word, found before Qt parses anything: drawing commands need a GUI application object.
QString commandWord(int argc, char *argv[])
{
    static const char *const withValue[] = {"--db", "--limit", "--kind", "--out", "--size", "--title", "--unit",
                                            "--charts", "--with", "--events", "--from", "--to", "--positions", "--note",
                                            "--position", "--speaker", "--document", "--theme", "--year", "--new-position",
                                            "--debate", "--min"};
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (arg[0] != '-')
            return QString::fromLocal8Bit(arg);
        const bool takesValue = std::any_of(std::begin(withValue), std::end(withValue),
                                            [&](const char *o) { return std::strcmp(arg, o) == 0; });
        if (takesValue)
            ++i;
    }
    return {};
}

// Qt's own notices (a missing runtime folder, platform hints) are noise on a tool whose stderr
// carries one-line errors; STANDPOINT_VERBOSE=1 shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    std::fprintf(stderr, "standpoint-cli: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIntValue("STANDPOINT_VERBOSE") == 0)
        qInstallMessageHandler(quietMessages);
    const std::unique_ptr<QCoreApplication> application = cli::makeApplication(argc, argv, commandWord(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("standpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STANDPOINT_VERSION));
    // Messages follow the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the JSON and tab-separated
    // lists stay as they are, so scripts can read them in any language.
    i18n::installTranslators(i18n::languageFor(QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Standpoint's command-line tool.\n\nCommands:\n"
        "  init                 create a store holding the bundled debate\n"
        "  load-pack DIR        load a debate pack folder\n"
        "  export-json          print the whole store as JSON\n"
        "  search QUERY         full-text search (words, \"phrases\", prefix*, OR, NOT); narrow it with --kind,\n"
        "                       --position, --speaker, --document, --theme, --year; --facets counts them\n"
        "  import FILE...       import your own documents (.txt, .md, .html, .pdf, .docx) [--position ID |\n"
        "                       --speaker ID | --new-position LABEL] [--title T] [--debate KEY] [--skip-bad]\n"
        "  reuse [DOC DOC]      passages documents share nearly word for word [--min 0.5] [--json]\n"
        "  check                verify quotes, stances and integrity; report discrepancies\n"
        "  charts               list the charts\n"
        "  chart ID --out FILE  draw a chart as PNG, SVG or PDF (--size WxH); or --csv for its data\n"
        "  deck --charts ID,... --out FILE.pptx   a slide deck, one chart a slide\n"
        "  series add FILE --title T --unit U | series list | series remove KEY   your own series\n"
        "  timeline [--from YEAR --to YEAR] [--positions ID,...] --out FILE   the timeline as PNG, SVG or PDF\n"
        "  set list | set create TITLE | set add SET KIND REF [--note T] | set export SET --out FILE | set import FILE\n"
        "                       reading sets; export as .standpoint, .html, .md or .pdf\n"
        "  annotations export --out FILE.csv|json   your annotations"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("The store to use."),
                                QStringLiteral("PATH"), store::Store::defaultPath());
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("search: at most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("search: only these kinds (passage, claim, event, note)."),
                                  QStringLiteral("K,..."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("search, check: print JSON."));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("chart, deck: the file to write."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  Tr::tr("chart: image size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Tr::tr("chart: print the data behind it as CSV."));
    const QCommandLineOption charts(QStringLiteral("charts"),
                                    Tr::tr("deck: the charts, in order."),
                                    QStringLiteral("ID,..."));
    const QCommandLineOption with(QStringLiteral("with"),
                                  Tr::tr("chart, deck: add your series to time charts."),
                                  QStringLiteral("KEY,..."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    Tr::tr("chart, deck: mark these events on time charts."),
                                    QStringLiteral("ID,..."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   Tr::tr("series add: the series' title."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  Tr::tr("series add: the series' unit."),
                                  QStringLiteral("UNIT"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("timeline: the first year."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("timeline: the last year."),
                                QStringLiteral("YEAR"));
    const QCommandLineOption positions(QStringLiteral("positions"),
                                       Tr::tr("timeline: only these positions' lanes."),
                                       QStringLiteral("ID,..."));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("set add: the item's note."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption position(QStringLiteral("position"),
                                      Tr::tr("search: only hits of these positions; import: credit the documents to this position."),
                                      QStringLiteral("ID,..."));
    const QCommandLineOption speaker(QStringLiteral("speaker"),
                                     Tr::tr("search: only hits of these speakers; import: credit the documents to this speaker."),
                                     QStringLiteral("ID,..."));
    const QCommandLineOption document(QStringLiteral("document"), Tr::tr("search: only hits in these documents."),
                                      QStringLiteral("ID,..."));
    const QCommandLineOption theme(QStringLiteral("theme"), Tr::tr("search: only hits on these themes."), QStringLiteral("ID,..."));
    const QCommandLineOption year(QStringLiteral("year"), Tr::tr("search: only hits of these years."), QStringLiteral("YEAR,..."));
    const QCommandLineOption facets(QStringLiteral("facets"), Tr::tr("search: also count the hits by position, speaker, "
                                                                        "document, theme and year."));
    const QCommandLineOption newPosition(QStringLiteral("new-position"),
                                         Tr::tr("import: create a position with this label and credit the documents to it."),
                                         QStringLiteral("LABEL"));
    const QCommandLineOption debate(QStringLiteral("debate"), Tr::tr("import: the debate to import into (default: the first); search and set add: "
                                                                  "the debate whose ids are given (default: the only one)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"), Tr::tr("import: import the files that can be read, and "
                                                                           "report the others."));
    const QCommandLineOption minimum(QStringLiteral("min"), Tr::tr("reuse: the least similarity of a shared passage (default 0.5)."),
                                     QStringLiteral("SIMILARITY"));
    parser.addOptions({db, limit, kind, json, out, size, csv, charts, with, events, title, unit, from, to, positions, note,
                       position, speaker, document, theme, year, facets, newPosition, debate, skipBad, minimum});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("What to do."));

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
        cli::printError(Tr::tr("no command given; commands: %1 (see --help)")
                            .arg(cli::commandNames().join(QStringLiteral(", "))));
        return cli::Usage;
    }
    cli::Invocation inv;
    inv.dbPath = parser.value(db);
    if (inv.dbPath.isEmpty()) {
        cli::printError(Tr::tr("--db needs a path"));
        return cli::Usage;
    }
    inv.command = positional.takeFirst();
    inv.arguments = positional;
    bool ok = false;
    inv.limit = parser.value(limit).toInt(&ok);
    if (!ok || inv.limit < 1) {
        cli::printError(Tr::tr("--limit takes a whole number from 1, not \"%1\"")
                            .arg(parser.value(limit)));
        return cli::Usage;
    }
    if (parser.isSet(kind))
        inv.kinds = parser.value(kind).split(QLatin1Char(','), Qt::SkipEmptyParts);
    inv.json = parser.isSet(json);
    inv.out = parser.value(out);
    inv.size = parser.value(size);
    inv.csv = parser.isSet(csv);
    inv.title = parser.value(title);
    inv.unit = parser.value(unit);
    const auto list = [&](const QCommandLineOption &option) {
        return parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    inv.charts = list(charts);
    inv.with = list(with);
    inv.events = list(events);
    inv.positions = list(positions);
    inv.from = parser.value(from);
    inv.to = parser.value(to);
    inv.note = parser.value(note);
    inv.filterPositions = list(position);
    inv.filterSpeakers = list(speaker);
    inv.filterDocuments = list(document);
    inv.filterThemes = list(theme);
    inv.filterYears = list(year);
    inv.facets = parser.isSet(facets);
    inv.newPosition = parser.value(newPosition);
    inv.debate = parser.value(debate);
    inv.skipBad = parser.isSet(skipBad);
    inv.minSimilarity = parser.value(minimum);
    return cli::run(inv);
}
