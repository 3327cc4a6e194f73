// The data-provision agreement: the statement lists what updates and followed links
// send in the vendor's order and says that code activation is asked for separately;
// accepting records the time and the statement's digest; withdrawing stops updates
// and help links, which then say why nothing was sent.
#include "UpdateFixture.h"
#include "provision/DataProvisionAgreement.h"

#include <QTest>

using namespace LightAgent;

class TestDataProvisionAgreement : public QObject
{
    Q_OBJECT

private slots:
    void statementNamesWhatEachTransmissionSends();
    void acceptanceIsRecordedWithItsTime();
    void withoutAgreementUpdatesAndLinksAreRefused_data();
    void withoutAgreementUpdatesAndLinksAreRefused();
    void theFirstStartStatementIsShownOnce();
};

void TestDataProvisionAgreement::statementNamesWhatEachTransmissionSends()
{
    const QList<StatementSection> sections = DataProvisionAgreement::sections();
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0).kind, TransmissionKind::DatabaseUpdate);
    QStringList updateKeys;
    for (const PayloadField &field : sections.at(0).fields)
        updateKeys.append(field.key);
    QCOMPARE(updateKeys,
             (QStringList {QStringLiteral("solutionId"), QStringLiteral("licenseId"),
                           QStringLiteral("installationId"), QStringLiteral("updateTaskId"),
                           QStringLiteral("solutionVersion")}));
    QVERIFY(sections.at(0).coveredByAgreement);
    QCOMPARE(sections.at(1).kind, TransmissionKind::HelpLink);
    QVERIFY(sections.at(1).coveredByAgreement);
    QCOMPARE(sections.at(2).kind, TransmissionKind::Activation);
    QVERIFY(!sections.at(2).coveredByAgreement);
    const QString text = DataProvisionAgreement::plainText(Test::demoProfile());
    for (const char *phrase : {"Unique ID of the update task start", "ID of the web page",
                               "asks you first", "key file", "encrypted channels"})
        QVERIFY2(text.contains(QLatin1String(phrase)), phrase);
}

void TestDataProvisionAgreement::acceptanceIsRecordedWithItsTime()
{
    Test::StateFixture s;
    DataProvisionAgreement agreement(s.database);
    QVERIFY(!agreement.stands().value());
    const QDateTime accepted = s.clock.now();
    QVERIFY(agreement.accept(Test::demoProfile(), accepted).ok());
    s.clock.advanceDays(1);
    // Accepting again keeps the first acceptance.
    QVERIFY(agreement.accept(Test::demoProfile(), s.clock.now()).ok());
    const auto record = agreement.record().value();
    QVERIFY(record.has_value());
    QCOMPARE(record->grantedAt, accepted);
    QCOMPARE(record->envelopeSha256, DataProvisionAgreement::statementSha256(Test::demoProfile()));
    QVERIFY(agreement.require(TransmissionKind::DatabaseUpdate).ok());
    QVERIFY(agreement.withdraw(s.clock.now()).ok());
    QVERIFY(!agreement.stands().value());
    const QJsonObject json = agreement.toJson().value();
    QCOMPARE(json.value(QStringLiteral("accepted")).toBool(), false);
    QVERIFY(json.value(QStringLiteral("withdrawnAt")).isString());
}

void TestDataProvisionAgreement::withoutAgreementUpdatesAndLinksAreRefused_data()
{
    QTest::addColumn<TransmissionKind>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("database update") << TransmissionKind::DatabaseUpdate << "database updates";
    QTest::newRow("help link") << TransmissionKind::HelpLink << "link was not opened";
}

void TestDataProvisionAgreement::withoutAgreementUpdatesAndLinksAreRefused()
{
    QFETCH(TransmissionKind, kind);
    QFETCH(QString, phrase);
    Test::StateFixture s;
    const Status refused = DataProvisionAgreement(s.database).require(kind);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().reason, QStringLiteral("no-agreement"));
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QVERIFY2(refused.error().message.contains(phrase), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("agreement accept")));
}

void TestDataProvisionAgreement::theFirstStartStatementIsShownOnce()
{
    Test::StateFixture s;
    DataProvisionAgreement agreement(s.database);
    QVERIFY(!agreement.wasPresented().value());
    QVERIFY(agreement.markPresented(s.clock.now()).ok());
    QVERIFY(agreement.wasPresented().value());
    // Declining at first start records no agreement.
    QVERIFY(!agreement.stands().value());
    QCOMPARE(agreement.toJson().value().value(QStringLiteral("presented")).toBool(), true);
}

QTEST_GUILESS_MAIN(TestDataProvisionAgreement)
#include "tst_dataprovisionagreement.moc"
