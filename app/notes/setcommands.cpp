// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/setcommands.h"

#include "app/notes/userwork.h"

#include <QCoreApplication>
#include <QUuid>

namespace standpoint::app {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(SetCommands) };

// Adds an item, keeping its id so that undo and redo find the same row.
Status addItemKeepingId(sql::Connection &db, qint64 setId, AddedItem &added, int position)
{
    if (setId == 0)
        return success(); // the set's own creation failed and was reported
    auto id = notes::addItem(db, setId, added.item, position);
    if (!id)
        return id.error();
    added.item.id = *id;
    added.applied = true;
    return success();
}

Status removeAddedItem(sql::Connection &db, AddedItem &added)
{
    if (!added.applied)
        return success();
    Status removed = notes::removeItem(db, added.item.id);
    if (removed)
        added.applied = false;
    return removed;
}

} // namespace

CreateSetCommand::CreateSetCommand(UserWork *work, QString title)
    : QUndoCommand(Tr::tr("Create reading set")), m_work(work), m_title(std::move(title)),
      m_uuid(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

void CreateSetCommand::redo()
{
    auto made = std::make_shared<qint64>(0); // the id as this redo made it, for the GUI thread
    m_work->change(
        [id = m_id, applied = m_applied, made, title = m_title, uuid = m_uuid](sql::Connection &db) -> Status {
            auto created = notes::createSet(db, title, QString(), uuid, *id);
            if (!created)
                return created.error();
            *id = *made = *created;
            *applied = true;
            return success();
        },
        [made, created = m_created](const Status &done) {
            if (done && created)
                created(*made);
        });
}

void CreateSetCommand::undo()
{
    m_work->change([id = m_id, applied = m_applied](sql::Connection &db) -> Status {
        if (!*applied)
            return success();
        Status deleted = notes::deleteSet(db, *id);
        if (deleted)
            *applied = false;
        return deleted;
    });
}

RenameSetCommand::RenameSetCommand(UserWork *work, qint64 setId, QString before, QString after, QString description)
    : QUndoCommand(Tr::tr("Rename reading set")), m_work(work), m_id(setId), m_before(std::move(before)),
      m_after(std::move(after)), m_description(std::move(description))
{
}

void RenameSetCommand::redo()
{
    m_work->change([id = m_id, title = m_after, d = m_description](sql::Connection &db) { return notes::renameSet(db, id, title, d); });
}

void RenameSetCommand::undo()
{
    m_work->change([id = m_id, title = m_before, d = m_description](sql::Connection &db) { return notes::renameSet(db, id, title, d); });
}

DeleteSetCommand::DeleteSetCommand(UserWork *work, notes::ReadingSet set)
    : QUndoCommand(Tr::tr("Delete reading set")), m_work(work), m_set(std::move(set))
{
}

void DeleteSetCommand::redo()
{
    m_work->change([id = m_set.id](sql::Connection &db) { return notes::deleteSet(db, id); });
}

void DeleteSetCommand::undo()
{
    m_work->change([set = m_set](sql::Connection &db) { return notes::restoreSet(db, set); });
}

AddItemCommand::AddItemCommand(UserWork *work, qint64 setId, notes::SetItem item, int position)
    : AddItemCommand(work, std::make_shared<qint64>(setId), std::move(item), position)
{
}

AddItemCommand::AddItemCommand(UserWork *work, SetIdSlot setId, notes::SetItem item, int position)
    : QUndoCommand(Tr::tr("Add to reading set")), m_work(work), m_setId(std::move(setId)),
      m_item(std::make_shared<AddedItem>(AddedItem{.item = std::move(item)})), m_position(position)
{
}

void AddItemCommand::redo()
{
    m_work->change([set = m_setId, item = m_item, at = m_position](sql::Connection &db) {
        return addItemKeepingId(db, *set, *item, at);
    });
}

void AddItemCommand::undo()
{
    m_work->change([item = m_item](sql::Connection &db) { return removeAddedItem(db, *item); });
}

RemoveItemCommand::RemoveItemCommand(UserWork *work, qint64 setId, notes::SetItem item, int position)
    : QUndoCommand(Tr::tr("Remove from reading set")), m_work(work), m_setId(setId),
      m_item(std::make_shared<AddedItem>(AddedItem{.item = std::move(item), .applied = true})), m_position(position)
{
}

void RemoveItemCommand::redo()
{
    m_work->change([item = m_item](sql::Connection &db) { return removeAddedItem(db, *item); });
}

void RemoveItemCommand::undo()
{
    m_work->change([set = m_setId, item = m_item, at = m_position](sql::Connection &db) {
        return item->applied ? success() : addItemKeepingId(db, set, *item, at); // applied: the removal failed
    });
}

MoveItemCommand::MoveItemCommand(UserWork *work, qint64 itemId, int from, int to)
    : QUndoCommand(Tr::tr("Move item")), m_work(work), m_itemId(itemId), m_from(from), m_to(to)
{
}

void MoveItemCommand::redo()
{
    m_work->change([id = m_itemId, to = m_to](sql::Connection &db) { return notes::moveItem(db, id, to); });
}

void MoveItemCommand::undo()
{
    m_work->change([id = m_itemId, from = m_from](sql::Connection &db) { return notes::moveItem(db, id, from); });
}

ItemNoteCommand::ItemNoteCommand(UserWork *work, qint64 itemId, QString before, QString after)
    : QUndoCommand(Tr::tr("Edit note")), m_work(work), m_itemId(itemId), m_before(std::move(before)), m_after(std::move(after))
{
}

void ItemNoteCommand::redo()
{
    m_work->change([id = m_itemId, note = m_after](sql::Connection &db) { return notes::setItemNote(db, id, note); });
}

void ItemNoteCommand::undo()
{
    m_work->change([id = m_itemId, note = m_before](sql::Connection &db) { return notes::setItemNote(db, id, note); });
}

QuestionsCommand::QuestionsCommand(UserWork *work, qint64 setId, QStringList before, QStringList after)
    : QUndoCommand(Tr::tr("Edit discussion questions")), m_work(work), m_setId(setId), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void QuestionsCommand::redo()
{
    m_work->change([id = m_setId, q = m_after](sql::Connection &db) { return notes::setQuestions(db, id, q); });
}

void QuestionsCommand::undo()
{
    m_work->change([id = m_setId, q = m_before](sql::Connection &db) { return notes::setQuestions(db, id, q); });
}

} // namespace standpoint::app
