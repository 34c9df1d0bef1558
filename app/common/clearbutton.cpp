// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/clearbutton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace standpoint::app {

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The button shows the action Qt adds for it; naming the action names the button.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QCoreApplication::translate("ClearButton", "Clear the text"));
}

} // namespace standpoint::app
