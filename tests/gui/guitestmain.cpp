// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Widget tests run headless: offscreen platform unless one is set, settings in a throwaway folder.
#include "app/mainwindow/mainwindow.h"
#include "app/notes/annotationcommands.h"
#include "app/notes/userwork.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QUndoStack>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

namespace {

// The child of the crash test: opens the app on a store, adds an annotation the way the Reader does,
// says so, and waits to be killed.
int crashChild(const QString &dbPath)
{
    standpoint::app::MainWindow window(dbPath);
    QDeadlineTimer deadline(30000);
    while (!window.isReady() || !window.userWork()->isOpen()) {
        if (deadline.hasExpired())
            return 3;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    standpoint::app::UserWork *work = window.userWork();
    standpoint::notes::Annotation a;
    a.documentId = window.debate().documents.value(0).id;
    a.start = 0;
    a.end = 12;
    a.note = qEnvironmentVariable("STANDPOINT_CRASH_NOTE");
    work->undoStack()->push(new standpoint::app::AddAnnotationCommand(work, a));
    // Saved means on disk: the writer has committed it and the window shows it.
    while (!work->isIdle()) {
        if (deadline.hasExpired())
            return 4;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    std::printf("DONE\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("standpoint-gui-tests"));
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    if (qEnvironmentVariableIsSet("STANDPOINT_CRASH_CHILD"))
        return crashChild(qEnvironmentVariable("STANDPOINT_CRASH_CHILD"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
