// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QDialog>

class QTextBrowser;

namespace standpoint::app {

// Help → User Guide (F1): a short guide to every view, built from translatable strings.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // The guide as HTML, in the current language.
    static QString html();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace standpoint::app
