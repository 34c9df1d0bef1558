// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/drafteditor.h"
#include "app/import/importdialog.h"
#include "app/reader/readerview.h"
#include "core/sqlite/query.h"
#include "tests/gui/guifixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>

using namespace standpoint;
using fixtures::waitUntil;

namespace {

class ImportDialogTest : public fixtures::GuiTest
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(files.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    qint64 count(const QString &sql)
    {
        auto db = store.open();
        auto n = sql::scalar(db, sql);
        return n ? *n : -1;
    }
    QTemporaryDir files;
};

} // namespace

TEST_F(ImportDialogTest, PreviewsEditsAndImportsWhileRefusingBadFiles)
{
    const QString good = write(QStringLiteral("river.md"), "# River Trade\n\nBarges carry grain down the Amur.\n\n"
                                                           "Subscribe to our newsletter\n\nA second paragraph on ports.\n");
    const QString bad = write(QStringLiteral("fake.pdf"), "this is not a PDF at all");
    app::ImportDialog dialog(window->storeSession(), window->debate(), {good, bad});
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && dialog.fileList()->count() == 2; }));
    EXPECT_TRUE(dialog.fileList()->item(1)->text().contains(QStringLiteral("refused")));
    EXPECT_TRUE(dialog.fileList()->item(1)->toolTip().contains(QStringLiteral("not a PDF")));
    EXPECT_TRUE(dialog.importButton()->text().contains(QStringLiteral("1")));

    app::DraftEditor *editor = dialog.editor();
    EXPECT_EQ(editor->titleEdit()->text(), QStringLiteral("River Trade"));
    EXPECT_FALSE(editor->textEdit()->toPlainText().contains(QStringLiteral("Subscribe")));
    ASSERT_EQ(editor->removedList()->count(), 1);
    editor->removedList()->item(0)->setCheckState(Qt::Unchecked); // keep it after all
    EXPECT_TRUE(editor->textEdit()->toPlainText().contains(QStringLiteral("Subscribe")));
    editor->removedList()->item(0)->setCheckState(Qt::Checked);
    editor->titleEdit()->setText(QStringLiteral("River Trade on the Amur"));
    editor->creditBox()->setCurrentIndex(editor->creditBox()->findData(QStringLiteral("new:")));
    editor->newPositionEdit()->setText(QStringLiteral("Seminar readings"));
    // Looking at the refused file and back keeps the edits.
    dialog.fileList()->setCurrentRow(1);
    EXPECT_TRUE(dialog.refusalLabel()->text().contains(QStringLiteral("fake.pdf")));
    EXPECT_TRUE(dialog.refusalLabel()->isVisible());
    dialog.fileList()->setCurrentRow(0);
    EXPECT_EQ(editor->titleEdit()->text(), QStringLiteral("River Trade on the Amur"));

    QSignalSpy imported(&dialog, &app::ImportDialog::imported);
    dialog.importButton()->click();
    ASSERT_TRUE(waitUntil([&] { return imported.count() == 1; })) << dialog.errorLabel()->text().toStdString();
    EXPECT_EQ(imported.first().first().toStringList(), QStringList{QStringLiteral("river-trade-on-the-amur")});
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM document d JOIN position_document pd ON pd.document_id = d.id "
                                   "JOIN position p ON p.id = pd.position_id WHERE d.key = 'river-trade-on-the-amur' "
                                   "AND p.label = 'Seminar readings'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM document WHERE cleaned_text LIKE '%Subscribe%'")), 0);
}

TEST_F(ImportDialogTest, CancellingAnImportWritesNothing)
{
    QStringList paths;
    // Big enough that writing them takes far longer than the click on Stop.
    QString body;
    for (int p = 0; p < 400; ++p)
        body += QStringLiteral("Paragraph %1 weighs grain, gas and grievances in turn, and finds them wanting.\n\n").arg(p);
    for (int i = 0; i < 40; ++i)
        paths << write(QStringLiteral("note%1.txt").arg(i), (QStringLiteral("Note %1\n\n").arg(i) + body).toUtf8());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM document"));
    app::ImportDialog dialog(window->storeSession(), window->debate(), paths);
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && dialog.fileList()->count() == 40; }, 60000));
    dialog.importButton()->click();
    ASSERT_TRUE(dialog.isBusy());
    ASSERT_TRUE(dialog.cancelButton()->isVisible());
    dialog.cancelButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }));
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("Cancelled"))) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog.isVisible()); // the user's edits are still there to try again
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM document")), before);
}

TEST_F(ImportDialogTest, TheMainWindowReloadsAndOpensTheImportedDocument)
{
    const QString page = write(QStringLiteral("ports.html"), "<html><body><article><h1>Pacific Ports</h1><p>Vladivostok handles "
                                                            "more Chinese transit cargo each year.</p></article></body></html>");
    app::ImportDialog *dialog = window->openImportDialog({page});
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->fileList()->count() == 1; }));
    dialog->editor()->creditBox()->setCurrentIndex(dialog->editor()->creditBox()->findData(QStringLiteral("position:gabuev")));
    const int before = int(window->debate().documents.size());
    dialog->importButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window->debate().documents.size() == before + 1; }));
    ASSERT_TRUE(waitUntil([&] { return window->tabs()->currentWidget() == static_cast<QWidget *>(window->readerView()); }));
    const auto &docs = window->debate().documents;
    const auto imported = std::find_if(docs.begin(), docs.end(), [](const auto &d) { return d.key == QLatin1String("pacific-ports"); });
    ASSERT_NE(imported, docs.end());
    EXPECT_TRUE(imported->voices.contains(QStringLiteral("position:gabuev")));
    // The navigator lists it under its position.
    const QAbstractItemModel *nav = window->navigator()->model();
    const auto found = nav->match(nav->index(0, 0), Qt::DisplayRole, QStringLiteral("Pacific Ports"), 1,
                                  Qt::MatchContains | Qt::MatchRecursive);
    EXPECT_FALSE(found.isEmpty());
}
