// Signed material that already passed verification, remembered for the life of the
// process, so that reading the state again (the console reads it several times while
// it starts) does not verify the same stored bytes with Ed25519 again.
//
// An entry is found only by the SHA-256 of the exact bytes together with the
// profile's verification anchor: its trusted signing keys (ids and public key bytes)
// and its solution ID, everything a verification reads from the profile. Changed
// bytes or another profile never find an entry and are verified in full. Only what
// passed is kept, at most `capacity` entries, the least recently used leaving first.
// Safe to use from several threads.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCache>
#include <QMutex>

#include <functional>

namespace LightAgent {

class VendorProfile;

// The SHA-256 of what a verification against `profile` depends on.
QByteArray verificationAnchor(const VendorProfile &profile);
// The SHA-256 of `bytes` followed by the anchor of `profile`.
QByteArray verifiedCacheKey(const QByteArray &bytes, const VendorProfile &profile);

template<typename T> class VerifiedCache
{
public:
    using Verify = std::function<Result<T>(const QByteArray &bytes, const VendorProfile &profile)>;
    static constexpr int DefaultCapacity = 16;

    explicit VerifiedCache(Verify verify, int capacity = DefaultCapacity)
        : m_verify(std::move(verify))
        , m_entries(capacity)
    { }

    // What verify(bytes, profile) returns; from memory when it passed before.
    Result<T> verified(const QByteArray &bytes, const VendorProfile &profile)
    {
        const QByteArray key = verifiedCacheKey(bytes, profile);
        {
            QMutexLocker locker(&m_mutex);
            if (const T *known = m_entries.object(key)) {
                ++m_hits;
                return *known;
            }
        }
        // Verified outside the lock: another thread may verify other bytes meanwhile.
        Result<T> result = m_verify(bytes, profile);
        if (result) {
            QMutexLocker locker(&m_mutex);
            m_entries.insert(key, new T(result.value()));
        }
        return result;
    }

    int size() const
    {
        QMutexLocker locker(&m_mutex);
        return int(m_entries.size());
    }
    qint64 hits() const // answers from memory so far, for tests and diagnostics
    {
        QMutexLocker locker(&m_mutex);
        return m_hits;
    }

private:
    const Verify m_verify;
    mutable QMutex m_mutex; // guards the members below
    QCache<QByteArray, T> m_entries;
    qint64 m_hits = 0;
};

} // namespace LightAgent
