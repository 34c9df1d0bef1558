// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace standpoint::app {

class MainWindow;

// Renders each main view at 1600×1000 into DIR/<view>.png, then quits (standpoint --screenshot-dir DIR).
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow *window, QString directory);
    void start();

signals:
    void finished(int exitCode);

private:
    void takeAll();
    void takeImport();
    void takeHelpAndFocus();
    bool saveWidget(QWidget *widget, const QString &name);
    bool save(const QString &name);
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_directory;
};

} // namespace standpoint::app
