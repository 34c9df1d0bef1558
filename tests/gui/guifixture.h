// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/mainwindow/mainwindow.h"
#include "tests/support/testpack.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QSettings>

#include <functional>
#include <memory>

namespace standpoint::fixtures {

// Processes events until done() holds or the time runs out.
inline bool waitUntil(const std::function<bool()> &done, int milliseconds = 15000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// A main window on a fresh store holding the bundled debate, with settings cleared.
class GuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window = open();
    }
    std::unique_ptr<app::MainWindow> open()
    {
        auto w = std::make_unique<app::MainWindow>(store.path());
        w->resize(1600, 1000);
        w->show();
        EXPECT_TRUE(waitUntil([&] { return w->isReady(); })) << w->pageMessage().toStdString();
        QApplication::setActiveWindow(w.get());
        return w;
    }
    TempStore store;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace standpoint::fixtures
