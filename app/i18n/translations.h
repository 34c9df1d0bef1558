// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace standpoint::i18n {

// One language Standpoint's messages come in: its code (as in --language) and its own name for itself.
struct Language
{
    QString code; // "en", "de"
    QString name; // "English", "Deutsch": never translated, so anyone can find their own
};

// English (the language of the sources) and every translation shipped in translations/.
QList<Language> languages();

// The shipped language to show for a locale: the first of its UI languages Standpoint has, "en" if none.
QString languageFor(const QLocale &locale);

// Installs the translators for a language code on the application: Standpoint's own (embedded under
// :/i18n) and Qt's (qtbase, for standard buttons and dialogs, from Qt's translations folder if present).
// English needs none. Returns false if the code names no shipped language.
bool installTranslators(const QString &code);

// Removes the translators installTranslators() installed: the messages are English again.
void removeTranslators();

// The language the messages are in now, as a BCP 47 tag for documents' lang attributes: the language
// Standpoint's installed translator declares ("de"), or "en" when none is installed.
QString messagesLanguage();

// The app's language setting: a language code, or empty to follow the system. Read at start-up.
struct LanguageSetting
{
    static constexpr const char *kKey = "language";
    static QString value();
    static void setValue(const QString &code);
};

} // namespace standpoint::i18n
