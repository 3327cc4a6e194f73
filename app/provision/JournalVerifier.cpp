#include "JournalVerifier.h"

#include <QCoreApplication>

namespace LightAgent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LightAgent::JournalVerifier", text);
}

QString n(qint64 value)
{
    return QString::number(value);
}

} // namespace

JournalVerifier::JournalVerifier(FindLater findLater)
    : m_findLater(std::move(findLater))
    , m_lastHash(JournalRow::zeroHash())
{ }

bool JournalVerifier::fail(qint64 seq, const QString &reason, const QString &problem)
{
    m_result.ok = false;
    m_result.firstBadSeq = seq;
    m_result.reason = reason;
    m_result.problem = problem;
    return false;
}

bool JournalVerifier::add(const JournalRow::StoredRow &row)
{
    const qint64 seq = row.content.value(QLatin1String(JournalRow::Key::Seq)).toInteger();
    if (seq != m_lastSeq + 1)
        return missing(seq);
    if (row.prevHash != m_lastHash)
        return brokenLink(seq, row.prevHash);
    if (JournalRow::hashOf(row.prevHash, row.content) != row.hash)
        return fail(seq, QStringLiteral("changed"),
                    tr("Entry %1 was changed after it was written (its hash does not match its "
                       "content).")
                        .arg(n(seq)));
    m_lastSeq = seq;
    m_lastHash = row.hash;
    ++m_result.checked;
    return true;
}

bool JournalVerifier::missing(qint64 seq)
{
    const qint64 first = m_lastSeq + 1;
    const qint64 last = seq - 1;
    QString problem;
    if (m_lastSeq == 0)
        problem = first == last
            ? tr("Entry %1 is missing: the journal starts at entry %2.").arg(n(first), n(seq))
            : tr("Entries %1–%2 are missing: the journal starts at entry %3.")
                  .arg(n(first), n(last), n(seq));
    else
        problem = first == last ? tr("Entry %1 is missing: entry %2 follows entry %3.")
                                      .arg(n(first), n(seq), n(m_lastSeq))
                                : tr("Entries %1–%2 are missing: entry %3 follows entry %4.")
                                      .arg(n(first), n(last), n(seq), n(m_lastSeq));
    return fail(first, QStringLiteral("missing"), problem);
}

bool JournalVerifier::brokenLink(qint64 seq, const QString &prevHash)
{
    if (const qint64 later = m_findLater(prevHash, seq); later > 0)
        return fail(seq, QStringLiteral("out-of-order"),
                    tr("Entry %1 is out of order (it was written right after entry %2, which "
                       "now comes after it).")
                        .arg(n(seq), n(later)));
    return fail(seq, QStringLiteral("chain-broken"),
                m_lastSeq == 0 ? tr("Entry %1 does not continue the chain (its previous hash is "
                                    "not the start of the chain).")
                                     .arg(n(seq))
                               : tr("Entry %1 does not continue the chain (its previous hash is "
                                    "not entry %2's hash).")
                                     .arg(n(seq), n(m_lastSeq)));
}

void JournalVerifier::finish(const std::optional<JournalRow::JournalHead> &head)
{
    if (!m_result.ok)
        return;
    if (!head) {
        fail(0, QStringLiteral("head-missing"),
             tr("The journal's head record was removed, so removed last entries cannot be "
                "detected."));
    } else if (head->lastSeq > m_lastSeq) {
        removedAtEnd(head->lastSeq);
    } else if (head->lastSeq < m_lastSeq) {
        notInHead(head->lastSeq);
    } else if (head->lastHash != m_lastHash) {
        fail(m_lastSeq, QStringLiteral("head-changed"),
             m_lastSeq == 0 ? tr("The journal's head was changed: it records a last hash, but "
                                 "the journal is empty.")
                            : tr("Entry %1 was replaced after it was written (the journal's "
                                 "head records another hash for it).")
                                  .arg(n(m_lastSeq)));
    } else if (head->entries != m_result.checked) {
        fail(0, QStringLiteral("head-changed"),
             tr("The journal's head was changed: it counts %1 entries, but the journal holds %2.")
                 .arg(n(head->entries), n(m_result.checked)));
    }
}

void JournalVerifier::removedAtEnd(qint64 headSeq)
{
    const qint64 first = m_lastSeq + 1;
    QString problem;
    if (m_lastSeq == 0)
        problem = first == headSeq
            ? tr("The journal is empty, but entry %1 was written: entry %1 was removed.")
                  .arg(n(headSeq))
            : tr("The journal is empty, but entry %1 was written: entries %2–%1 were removed.")
                  .arg(n(headSeq), n(first));
    else
        problem = first == headSeq
            ? tr("The journal ends at entry %1, but entry %2 was written: entry %2 was removed.")
                  .arg(n(m_lastSeq), n(headSeq))
            : tr("The journal ends at entry %1, but entry %2 was written: entries %3–%2 were "
                 "removed.")
                  .arg(n(m_lastSeq), n(headSeq), n(first));
    fail(first, QStringLiteral("removed-at-end"), problem);
}

void JournalVerifier::notInHead(qint64 headSeq)
{
    const qint64 first = headSeq + 1;
    fail(first, QStringLiteral("not-in-head"),
         first == m_lastSeq
             ? tr("Entry %1 was not written by the console: the journal's head ends at entry %2.")
                   .arg(n(first), n(headSeq))
             : tr("Entries %1–%2 were not written by the console: the journal's head ends at "
                  "entry %3.")
                   .arg(n(first), n(m_lastSeq), n(headSeq)));
}

} // namespace LightAgent
