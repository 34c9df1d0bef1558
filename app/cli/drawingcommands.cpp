// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// standpoint-cli-draw: the drawing and PDF commands run here, in the build that links Qt's GUI.
#include "app/cli/drawingcommands.h"

#include "app/cli/importcommands.h"
#include "app/cli/notecommands.h"
#include "app/cli/rendercommands.h"

#include <QApplication>
#include <QHash>

namespace standpoint::cli {

CommandFn drawingCommand(const QString &name)
{
    static const QHash<QString, CommandFn> commands = {
        {QStringLiteral("charts"), chartsCommand},   {QStringLiteral("chart"), chartCommand},
        {QStringLiteral("deck"), deckCommand},       {QStringLiteral("series"), seriesCommand},
        {QStringLiteral("timeline"), timelineCommand}, {QStringLiteral("set"), setCommand},
        {QStringLiteral("annotations"), annotationsCommand}, {QStringLiteral("import"), importCommand},
        {QStringLiteral("reuse"), reuseCommand},
    };
    return commands.value(name);
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, const QString &command)
{
    static const QStringList drawing = {QStringLiteral("chart"), QStringLiteral("deck"), QStringLiteral("timeline"),
                                        QStringLiteral("set")};
    if (!drawing.contains(command))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Drawing happens off screen: the tool never needs a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace standpoint::cli
