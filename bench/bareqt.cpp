// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The floor for start-up: a bare Qt Widgets program that shows a window and quits once it is painted.
#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// Quits the application after the first paint of the window it watches.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool m_done = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            timespec now{};
            clock_gettime(CLOCK_REALTIME, &now);
            std::printf("first paint: at %lld ns since the epoch\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Standpoint"));
    window.resize(1280, 800);
    FirstPaint watcher;
    window.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
