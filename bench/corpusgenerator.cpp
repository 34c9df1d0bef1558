// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "bench/corpusgenerator.h"

#include "core/pack/packloader.h"
#include "core/pack/packreader.h"
#include "core/text/cleaner.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace standpoint::bench {

namespace {

// Next words seen after each word in the training text.
struct Chain
{
    QHash<QString, QStringList> next;
    QStringList starts; // words that begin sentences
};

Result<Chain> train()
{
    auto spec = pack::readPack(pack::bundledPackPath());
    if (!spec)
        return spec.error();
    Chain chain;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const pack::DocumentSpec &doc : spec->documents) {
        QFile file(spec->directory + QLatin1Char('/') + doc.file);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read %1").arg(file.fileName())};
        auto cleaned = text::clean(QString::fromUtf8(file.readAll()), doc.cleaning);
        if (!cleaned)
            return cleaned.error();
        const QStringList words = cleaned->text.split(space, Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            chain.next[words[i]] << words[i + 1];
            if (i == 0 || words[i - 1].endsWith(QLatin1Char('.')))
                chain.starts << words[i];
        }
    }
    return chain;
}

QString sentence(const Chain &chain, QRandomGenerator &random)
{
    QString word = chain.starts[random.bounded(int(chain.starts.size()))];
    QStringList out{word};
    while (out.size() < 60) {
        const QStringList &options = chain.next.value(word);
        if (options.isEmpty())
            break;
        word = options[random.bounded(int(options.size()))];
        out << word;
        if (out.size() > 6 && (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('?'))))
            break;
    }
    QString s = out.join(QLatin1Char(' '));
    if (!s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('?')))
        s += QLatin1Char('.');
    return s;
}

} // namespace

Result<qint64> generateCorpus(int count, const QString &folder)
{
    if (count < 1)
        return Error{QStringLiteral("the corpus needs at least one document, not %1").arg(count)};
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("cannot create %1").arg(folder)};
    auto chain = train();
    if (!chain)
        return chain.error();
    QRandomGenerator random(20261123); // the same corpus every time
    qint64 bytes = 0;
    for (int d = 1; d <= count; ++d) {
        QString title = sentence(*chain, random).left(90);
        title.chop(title.endsWith(QLatin1Char('.')) ? 1 : 0);
        QString text = title + QStringLiteral("\n\n");
        const int paragraphs = 5 + int(random.bounded(11));
        for (int p = 0; p < paragraphs; ++p) {
            QStringList sentences;
            for (int s = 0, n = 2 + int(random.bounded(4)); s < n; ++s)
                sentences << sentence(*chain, random);
            text += sentences.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
        }
        QFile out(QDir(folder).filePath(QStringLiteral("%1.txt").arg(d, 6, 10, QLatin1Char('0'))));
        if (!out.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("cannot write %1").arg(out.fileName())};
        const QByteArray utf8 = text.toUtf8();
        out.write(utf8);
        bytes += utf8.size();
    }
    return bytes;
}

} // namespace standpoint::bench
