// Checks the journal's hash chain one row at a time, in seq order, keeping only the
// previous row's seq and hash: constant memory whatever the journal's length
// (internal to the journal).
//
// What it detects: a changed column (the hash no longer matches the content), a
// removed row (a gap in seq, whose next row also no longer links), rows moved out of
// order (a row links to one that now comes after it), a forged row (it does not link
// to its predecessor), and, with the journal's head, removed last entries and rows
// appended behind the console's back. A chain alone cannot show that its end was cut
// off; that is what the head is for. Someone who rewrites every later hash and the
// head as well is not detected: the chain has no secret. An exported copy (or its
// last hash) kept elsewhere anchors it.
#pragma once

#include "JournalRow.h"

#include <functional>
#include <optional>

namespace LightAgent {

class JournalVerifier
{
public:
    // Finds the seq of a row after `after` whose hash is `hash`, or 0; asked only
    // when a link is broken, to tell a moved row from a forged one.
    using FindLater = std::function<qint64(const QString &hash, qint64 after)>;

    explicit JournalVerifier(FindLater findLater);

    // False at the first problem; then result() says what it is.
    bool add(const JournalRow::StoredRow &row);
    // Compares the end of the chain with the head, unless a problem was already found.
    void finish(const std::optional<JournalRow::JournalHead> &head);
    JournalVerification result() const { return m_result; }

private:
    bool fail(qint64 seq, const QString &reason, const QString &problem);
    bool missing(qint64 seq);
    bool brokenLink(qint64 seq, const QString &prevHash);
    void removedAtEnd(qint64 headSeq);
    void notInHead(qint64 headSeq);

    FindLater m_findLater;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    JournalVerification m_result;
};

} // namespace LightAgent
