// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/drafteditor.h"
#include "app/import/importdialog.h"
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
    app::ImportDialog dialog(store.path(), window->debate(), {good, bad});
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
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("fake.pdf")));
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
    for (int i = 0; i < 40; ++i)
        paths << write(QStringLiteral("note%1.txt").arg(i), QStringLiteral("Note %1\n\nGrain, gas and grievances, in turn.\n").arg(i).toUtf8());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM document"));
    app::ImportDialog dialog(store.path(), window->debate(), paths);
    dialog.show();
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy() && dialog.fileList()->count() == 40; }));
    dialog.importButton()->click();
    ASSERT_TRUE(dialog.isBusy());
    ASSERT_TRUE(dialog.cancelButton()->isVisible());
    dialog.cancelButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog.isBusy(); }));
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("Cancelled"))) << dialog.errorLabel()->text().toStdString();
    EXPECT_TRUE(dialog.isVisible()); // the user's edits are still there to try again
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM document")), before);
}
