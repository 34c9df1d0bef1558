// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/popplertextsource.h"
#include "core/import/importreader.h"
#include "tests/import/importfixtures.h"
#include "tests/support/testpack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace standpoint;
using fixtures::succeeded;

namespace {

class ImportRead : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    Result<importing::ImportDraft> read(const QString &name, const QByteArray &bytes)
    {
        return importing::readForImport(write(name, bytes), &m_pdf);
    }
    static QStringList kept(const importing::ImportDraft &d)
    {
        QStringList out;
        for (const auto &b : d.blocks)
            if (!b.removed())
                out << b.text;
        return out;
    }
    static QStringList removed(const importing::ImportDraft &d)
    {
        QStringList out;
        for (const auto &b : d.blocks)
            if (b.removed())
                out << b.text;
        return out;
    }
    // Asserts a refusal that names the file and gives the reason.
    void expectRefused(const QString &name, const QByteArray &bytes, const QString &reason)
    {
        auto draft = read(name, bytes);
        ASSERT_FALSE(draft.ok()) << name.toStdString() << " was accepted";
        EXPECT_TRUE(draft.message().contains(name)) << draft.message().toStdString();
        EXPECT_TRUE(draft.message().contains(reason)) << draft.message().toStdString();
    }

    QTemporaryDir m_dir;
    app::PopplerTextSource m_pdf;
};

} // namespace

TEST_F(ImportRead, PlainTextJoinsWrappedLinesAndProposesClutter)
{
    auto d = read(QStringLiteral("note.txt"), "A Short Note on Pipelines\n\nThe first paragraph is\nwrapped over two lines.\n\n"
                                             "Share this article\n\nThe second paragraph names energy.\n\n"
                                             "\xC2\xA9 2024 Example Press. All rights reserved.\n");
    ASSERT_TRUE(succeeded(d));
    EXPECT_EQ(d->format, QStringLiteral("text"));
    EXPECT_EQ(d->title, QStringLiteral("A Short Note on Pipelines"));
    EXPECT_EQ(kept(*d), (QStringList{QStringLiteral("A Short Note on Pipelines"), QStringLiteral("The first paragraph is wrapped over two lines."),
                                     QStringLiteral("The second paragraph names energy.")}));
    EXPECT_EQ(removed(*d).size(), 2);
    EXPECT_TRUE(d->receivedText().contains(QStringLiteral("Share this article")));
    EXPECT_FALSE(d->cleanedText().contains(QStringLiteral("Share this article")));
}

TEST_F(ImportRead, MarkdownKeepsLinkWordsAndReadsFrontMatter)
{
    auto d = read(QStringLiteral("essay.md"), "---\ntitle: \"Limits of the Partnership\"\nauthor: Ann One, Bo Two\ndate: 2024-04-09\n---\n"
                                              "# Limits of the Partnership\n\nA **recent** [joint statement](#) says *much*.\n\n"
                                              "![a chart](chart.png)\n\n- first point\n- second point\n\n---\n\nLast words.\n");
    ASSERT_TRUE(succeeded(d));
    EXPECT_EQ(d->format, QStringLiteral("markdown"));
    EXPECT_EQ(d->title, QStringLiteral("Limits of the Partnership"));
    EXPECT_EQ(d->authors, (QStringList{QStringLiteral("Ann One"), QStringLiteral("Bo Two")}));
    EXPECT_EQ(d->date, QStringLiteral("2024-04-09"));
    const QStringList k = kept(*d);
    EXPECT_TRUE(k.contains(QStringLiteral("A recent joint statement says much."))) << k.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(k.contains(QStringLiteral("first point")));
    EXPECT_FALSE(d->cleanedText().contains(QLatin1Char('#')));
    EXPECT_FALSE(d->cleanedText().contains(QStringLiteral("chart.png")));
}

TEST_F(ImportRead, HtmlDropsScriptsAndProposesNavigationAndFooters)
{
    auto d = read(QStringLiteral("page.html"),
                  "<!doctype html><html><head><title>Site | Story</title><meta name=\"author\" content=\"Jane Roe\">"
                  "<meta property=\"article:published_time\" content=\"2025-04-04T08:00:00Z\"><style>p{color:red}</style>"
                  "<script>track()</script></head><body><header>Site name <nav><a href=\"/\">Home</a> World</nav></header>"
                  "<main><article><header><h1>Energy Ties</h1><p>By Jane Roe</p></header><p>Russia sells <b>oil</b> to "
                  "China.</p><div class=\"share-bar\">Share on social</div><p>A second paragraph.</p></article></main>"
                  "<footer>Contact and legal</footer><script>more()</script></body></html>");
    ASSERT_TRUE(succeeded(d));
    EXPECT_EQ(d->format, QStringLiteral("html"));
    EXPECT_EQ(d->title, QStringLiteral("Energy Ties"));
    EXPECT_EQ(d->authors, QStringList{QStringLiteral("Jane Roe")});
    EXPECT_EQ(d->date, QStringLiteral("2025-04-04"));
    EXPECT_EQ(kept(*d), (QStringList{QStringLiteral("Energy Ties"), QStringLiteral("By Jane Roe"), QStringLiteral("Russia sells oil to China."),
                                     QStringLiteral("A second paragraph.")}));
    EXPECT_TRUE(removed(*d).contains(QStringLiteral("Share on social")));
    EXPECT_TRUE(removed(*d).contains(QStringLiteral("Contact and legal")));
    EXPECT_FALSE(d->receivedText().contains(QStringLiteral("track()")));
    EXPECT_FALSE(d->notices.filter(QStringLiteral("script")).isEmpty());
}

TEST_F(ImportRead, DocxReadsStylesPropertiesAndSkipsDeletedText)
{
    auto d = read(QStringLiteral("brief.docx"),
                  fixtures::docxFile(QStringLiteral("A Brief on Sanctions"), {QStringLiteral("Background")},
                                     {QStringLiteral("Sanctions pushed Moscow toward Beijing after 2014 and again in 2022."),
                                      QStringLiteral("Trade settled in yuan grew every year since then.")}));
    ASSERT_TRUE(succeeded(d));
    EXPECT_EQ(d->format, QStringLiteral("docx"));
    EXPECT_EQ(d->title, QStringLiteral("A Brief on Sanctions"));
    EXPECT_EQ(d->authors, QStringList{QStringLiteral("Ada Author")});
    EXPECT_EQ(d->date, QStringLiteral("2023-06-08"));
    EXPECT_EQ(kept(*d), (QStringList{QStringLiteral("A Brief on Sanctions"), QStringLiteral("Background"),
                                     QStringLiteral("Sanctions pushed Moscow toward Beijing after 2014 and again in 2022."),
                                     QStringLiteral("Trade settled in yuan grew every year since then.")}));
    EXPECT_TRUE(d->blocks[1].heading);
    EXPECT_FALSE(d->receivedText().contains(QStringLiteral("withdrawn")));
}

TEST_F(ImportRead, PdfJoinsAParagraphCutByThePageBreakAndDropsFooters)
{
    auto d = read(QStringLiteral("report.pdf"), fixtures::twoPagePdf());
    ASSERT_TRUE(succeeded(d));
    EXPECT_EQ(d->format, QStringLiteral("pdf"));
    EXPECT_EQ(d->title, QStringLiteral("Pipelines and Power"));
    const QString cleaned = d->cleanedText();
    EXPECT_TRUE(cleaned.contains(QStringLiteral("Gas exports to China rose sharply after 2014, and the new pipeline deals")))
        << cleaned.toStdString();
    EXPECT_TRUE(cleaned.contains(QStringLiteral("favoured the buyer in every case that anyone could name at the time.")))
        << cleaned.toStdString();
    EXPECT_TRUE(cleaned.contains(QStringLiteral("\n\nA new paragraph begins on the second page.")));
    EXPECT_FALSE(cleaned.contains(QStringLiteral("Example Institute")));
    EXPECT_EQ(removed(*d).filter(QStringLiteral("Example Institute")).size(), 2);
    EXPECT_FALSE(d->notices.filter(QStringLiteral("Joined")).isEmpty());
}

TEST_F(ImportRead, BadFilesAreRefusedWithTheFileAndTheReason)
{
    expectRefused(QStringLiteral("empty.txt"), "", QStringLiteral("empty"));
    expectRefused(QStringLiteral("blank.md"), "  \n\n \t\n", QStringLiteral("empty"));
    expectRefused(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(64, '\0'), QStringLiteral("PNG image"));
    expectRefused(QStringLiteral("data.txt"), QByteArray("some text") + QByteArray(1, '\0') + "more", QStringLiteral("binary"));
    expectRefused(QStringLiteral("notes.pdf"), "just some words, not a PDF", QStringLiteral("not a PDF"));
    expectRefused(QStringLiteral("letter.docx"), "plain words", QStringLiteral("not a Word document"));
    expectRefused(QStringLiteral("archive.docx"), "PK\x03\x04 other/thing.xml", QStringLiteral("not a Word document"));
    expectRefused(QStringLiteral("latin1.txt"), "line one\nna\xEFve caf\xE9\n", QStringLiteral("not valid UTF-8 text (line 2"));
    expectRefused(QStringLiteral("locked.pdf"), fixtures::encryptedPdf(), QStringLiteral("encrypted"));
    expectRefused(QStringLiteral("scan.pdf"), fixtures::imageOnlyPdf(), QStringLiteral("no text layer"));
    expectRefused(QStringLiteral("broken.pdf"), "%PDF-1.4\nnothing else here", QStringLiteral("cannot be read"));
    expectRefused(QStringLiteral("only-furniture.txt"), "Share this\n\nSubscribe now\n", QStringLiteral("nothing left"));
}

TEST_F(ImportRead, HugeFilesAreRefusedBeforeTheyAreRead)
{
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(65ll * 1024 * 1024)); // sparse: no disk is used
    f.close();
    auto d = importing::readForImport(path, &m_pdf);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.message().contains(QStringLiteral("huge.txt")));
    EXPECT_TRUE(d.message().contains(QStringLiteral("65 MB"))) << d.message().toStdString();
}

TEST_F(ImportRead, MissingFilesAndFoldersAreNamed)
{
    auto missing = importing::readForImport(m_dir.filePath(QStringLiteral("nope.txt")), &m_pdf);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.message().contains(QStringLiteral("no such file")));
    auto folder = importing::readForImport(m_dir.path(), &m_pdf);
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.message().contains(QStringLiteral("folder")));
}

TEST_F(ImportRead, ContentDecidesTheFormatWhenTheNameIsWrong)
{
    auto pdf = read(QStringLiteral("report.txt"), fixtures::twoPagePdf());
    ASSERT_TRUE(succeeded(pdf));
    EXPECT_EQ(pdf->format, QStringLiteral("pdf"));
    EXPECT_FALSE(pdf->notices.filter(QStringLiteral("report.txt")).isEmpty());
    auto html = read(QStringLiteral("saved.txt"), "<!DOCTYPE html><html><body><p>Hello there, reader.</p></body></html>");
    ASSERT_TRUE(succeeded(html));
    EXPECT_EQ(html->format, QStringLiteral("html"));
    auto unknown = read(QStringLiteral("notes.xyz"), "Plain words in a file with an odd name.");
    ASSERT_TRUE(succeeded(unknown));
    EXPECT_EQ(unknown->format, QStringLiteral("text"));
    EXPECT_FALSE(unknown->notices.filter(QStringLiteral("xyz")).isEmpty());
}

TEST_F(ImportRead, Utf16WithAByteOrderMarkIsRead)
{
    QByteArray bytes("\xFF\xFE", 2);
    const QString text = QStringLiteral("Ein Absatz über Energie.");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto d = read(QStringLiteral("utf16.txt"), bytes);
    ASSERT_TRUE(succeeded(d));
    EXPECT_EQ(d->cleanedText(), text);
}

TEST_F(ImportRead, WithoutAPdfReaderPdfsAreRefusedClearly)
{
    auto d = importing::readBytesForImport(QStringLiteral("report.pdf"), fixtures::twoPagePdf(), nullptr);
    ASSERT_FALSE(d.ok());
    EXPECT_TRUE(d.message().contains(QStringLiteral("report.pdf")));
}
