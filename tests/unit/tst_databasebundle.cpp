// Database bundles (DESIGN §3.3): a bundle is trusted only when the vendor's key signed
// exactly its document, and every way it can be wrong is refused with its own reason.
// Freshness follows the release time: up to date for 7 days, outdated, obsolete after 14.
#include "UpdateFixture.h"
#include "provision/DatabaseBundle.h"

#include <QTest>

using namespace LightAgent;

class TestDatabaseBundle : public QObject
{
    Q_OBJECT

private slots:
    void goodBundleVerifies();
    void hostileBundlesAreRefused_data();
    void hostileBundlesAreRefused();
    void freshnessFollowsTheReleaseTime_data();
    void freshnessFollowsTheReleaseTime();
};

namespace {

const QDateTime Released(QDate(2026, 11, 20), QTime(6, 0), Qt::UTC);

QByteArray canonical(const QJsonObject &object)
{
    return StrictJson::canonical(object);
}

QByteArray withDocument(const QJsonObject &document)
{
    return canonical(Test::signedBundle(canonical(document)));
}

QJsonObject document()
{
    return Test::bundleDocument(QStringLiteral("20261120.0600"), Released);
}

QJsonObject documentWith(const char *field, const QJsonValue &value)
{
    QJsonObject doc = document();
    if (value.isUndefined())
        doc.remove(QLatin1String(field));
    else
        doc.insert(QLatin1String(field), value);
    return doc;
}

QByteArray objectWith(const char *field, const QJsonValue &value)
{
    QJsonObject object = Test::signedBundle(canonical(document()));
    if (value.isUndefined())
        object.remove(QLatin1String(field));
    else
        object.insert(QLatin1String(field), value);
    return canonical(object);
}

} // namespace

void TestDatabaseBundle::goodBundleVerifies()
{
    const QByteArray bytes = withDocument(document());
    const auto bundle = DatabaseBundle::parse(bytes, Test::demoProfile());
    QVERIFY2(bundle.ok(), qPrintable(bundle.ok() ? QString() : bundle.error().message));
    QCOMPARE(bundle->version(), QStringLiteral("20261120.0600"));
    QCOMPARE(bundle->released(), Released);
    QCOMPARE(bundle->records(), 1250000);
    QCOMPARE(bundle->signer(), QStringLiteral("demo-2026"));
    QCOMPARE(bundle->bytes(), bytes);
}

void TestDatabaseBundle::hostileBundlesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray doc = canonical(document());
    QTest::newRow("larger than 64 KiB") << QByteArray(70000, ' ') << "too-large";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not JSON") << QByteArray("bundle") << "not-json";
    QTest::newRow("an array") << QByteArray("[]") << "not-object";
    QTest::newRow("a name twice") << QByteArray(
                                         "{\"format\":\"lightagent-bundle/1\",\"format\":\"x\"}")
                                  << "duplicate-key";
    QTest::newRow("a key file, not a bundle")
        << canonical(Test::signedBundle(doc, QStringLiteral("lightagent-key/1"))) << "wrong-format";
    QTest::newRow("no signer") << objectWith("signer", QJsonValue::Undefined) << "missing-field";
    QTest::newRow("signature not text") << objectWith("signature", 5) << "bad-field-type";
    QTest::newRow("untrusted signer")
        << canonical(Test::signedBundle(doc, QStringLiteral("lightagent-bundle/1"),
                                        QStringLiteral("someone-else")))
        << "unknown-signer";
    QTest::newRow("document not base64")
        << objectWith("license", QStringLiteral("@@@@")) << "bad-base64";
    QTest::newRow("short signature")
        << objectWith("signature", QString::fromLatin1(QByteArray(32, 'x').toBase64()))
        << "bad-signature-length";
    QTest::newRow("document changed after signing")
        << canonical(Test::signedBundle(canonical(documentWith("records", 9)),
                                        QStringLiteral("lightagent-bundle/1"),
                                        QStringLiteral("demo-2026"), doc))
        << "signature-mismatch";
    QTest::newRow("document not JSON")
        << canonical(Test::signedBundle(QByteArray("not json"))) << "document-not-json";
    QTest::newRow("no version") << withDocument(documentWith("version", QJsonValue::Undefined))
                                << "missing-field";
    QTest::newRow("version with a slash")
        << withDocument(documentWith("version", QStringLiteral("../1"))) << "bad-version";
    QTest::newRow("release time with an offset")
        << withDocument(documentWith("released", QStringLiteral("2026-11-20T06:00:00+03:00")))
        << "bad-released";
    QTest::newRow("release date only")
        << withDocument(documentWith("released", QStringLiteral("2026-11-20"))) << "bad-released";
    QTest::newRow("no records") << withDocument(documentWith("records", 0)) << "bad-records";
    QTest::newRow("fractional records")
        << withDocument(documentWith("records", 1.5)) << "bad-records";
    QTest::newRow("records as text")
        << withDocument(documentWith("records", QStringLiteral("7"))) << "bad-records";
}

void TestDatabaseBundle::hostileBundlesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto bundle = DatabaseBundle::parse(bytes, Test::demoProfile());
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().reason, reason);
    QCOMPARE(bundle.error().code, ErrorCode::InvalidInput);
    QVERIFY(!bundle.error().message.isEmpty());
}

void TestDatabaseBundle::freshnessFollowsTheReleaseTime_data()
{
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<Freshness>("freshness");
    const qint64 day = 86400;
    QTest::newRow("just released") << qint64(0) << Freshness::UpToDate;
    QTest::newRow("released in the future (clock skew)") << -day << Freshness::UpToDate;
    QTest::newRow("exactly 7 days") << 7 * day << Freshness::UpToDate;
    QTest::newRow("7 days and a second") << 7 * day + 1 << Freshness::Outdated;
    QTest::newRow("exactly 14 days") << 14 * day << Freshness::Outdated;
    QTest::newRow("14 days and a second") << 14 * day + 1 << Freshness::Obsolete;
    QTest::newRow("a year") << 365 * day << Freshness::Obsolete;
}

void TestDatabaseBundle::freshnessFollowsTheReleaseTime()
{
    QFETCH(qint64, ageSeconds);
    QFETCH(Freshness, freshness);
    const auto bundle = DatabaseBundle::parse(withDocument(document()), Test::demoProfile());
    QVERIFY(bundle.ok());
    QCOMPARE(bundle->freshness(Released.addSecs(ageSeconds)), freshness);
    QCOMPARE(bundle->toJson(Released.addSecs(ageSeconds)).value(QStringLiteral("freshness")),
             toWireName(freshness));
    QCOMPARE(DatabaseBundle::freshness(QDateTime(), Released), Freshness::None);
}

QTEST_GUILESS_MAIN(TestDatabaseBundle)
#include "tst_databasebundle.moc"
