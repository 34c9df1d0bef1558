// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// standpoint-cli: the drawing and PDF commands are handed to standpoint-cli-draw, which replaces this
// process with the same arguments, so the commands that only use the store never load Qt's GUI.
#include "app/cli/drawingcommands.h"

#include "app/cli/clioutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace standpoint::cli {

namespace {

char **originalArguments = nullptr;

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

// Beside this program (the build folder), or in libexec when installed.
QString drawingTool()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("standpoint-cli-draw")),
                                     here.filePath(QStringLiteral("../libexec/standpoint/standpoint-cli-draw"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

int handOver(const Invocation &inv)
{
    const QString tool = drawingTool();
    if (tool.isEmpty()) {
        printError(Tr::tr("the command \"%1\" needs standpoint-cli-draw, which is not installed beside standpoint-cli or in "
                      "../libexec/standpoint/; reinstall Standpoint")
                       .arg(inv.command));
        return Failed;
    }
    const QByteArray path = QFile::encodeName(tool);
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(path.constData()));
    for (char **arg = originalArguments + 1; *arg; ++arg)
        argv.push_back(*arg);
    argv.push_back(nullptr);
    ::execv(path.constData(), argv.data());
    printError(Tr::tr("cannot run %1: %2").arg(tool, QString::fromLocal8Bit(std::strerror(errno))));
    return Failed;
}

} // namespace

CommandFn drawingCommand(const QString &) { return handOver; }

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv, const QString &)
{
    originalArguments = argv;
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace standpoint::cli
