// The data-provision agreement: the statement lists what updates and followed links
// send in the vendor's order and says that code activation is asked for separately;
// accepting records the time and the statement's digest; withdrawing stops updates
// and help links, which then say why nothing was sent.
#include "UpdateFixture.h"
#include "core/DateText.h"
#include "provision/DataProvisionAgreement.h"
#include "provision/KeyChangeTraffic.h"
#include "provision/UpdateSchedule.h"

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
    void statementNamesTheHostThatReceivesEachKind();
    void addingAKeySaysWhatItSetsGoing_data();
    void addingAKeySaysWhatItSetsGoing();
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

void TestDataProvisionAgreement::statementNamesTheHostThatReceivesEachKind()
{
    // The demo profile's services run on this computer; its help and privacy links lead
    // to a real vendor's public site, which the statement must not pass off as the demo
    // vendor's.
    const QString text = DataProvisionAgreement::plainText(Test::demoProfile());
    for (const char *sentTo :
         {"Sent to: 127.0.0.1:47443 (the update service, on this computer)",
          "Sent to: click.kaspersky.com (the help redirector: a public site of a real vendor, "
          "not of Demo vendor); www.kaspersky.com (the privacy policy's site: a public site of "
          "a real vendor, not of Demo vendor)",
          "Sent to: 127.0.0.1:47443 (the licensing service, on this computer)"})
        QVERIFY2(text.contains(QLatin1String(sentTo)), sentTo);
}

void TestDataProvisionAgreement::addingAKeySaysWhatItSetsGoing_data()
{
    QTest::addColumn<bool>("agreed");
    QTest::addColumn<bool>("scheduled");
    QTest::addColumn<bool>("activeFirst"); // the new key goes in as reserve beside it
    QTest::addColumn<QStringList>("phrases");
    const QString host =
        QStringLiteral("to 127.0.0.1:47443 (the update service, on this computer)");
    QTest::newRow("no agreement: nothing follows")
        << false << true << false
        << QStringList {QStringLiteral("Adding it sends nothing to anyone.")};
    QTest::newRow("scheduled updates off: nothing follows")
        << true << false << false
        << QStringList {QStringLiteral("Adding it sends nothing to anyone.")};
    QTest::newRow("agreement: the scheduled update follows at once")
        << true << true << false
        << QStringList {
               QStringLiteral("Adding it sends nothing itself"), QStringLiteral("due now"),
               QStringLiteral("data-provision agreement of %1")
                   .arg(displayDate(
                       QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC).toLocalTime().date())),
               host};
    QTest::newRow("a reserve key changes nothing that is sent")
        << true << true << true
        << QStringList {QStringLiteral("Adding it sends nothing to anyone; scheduled database "
                                       "updates go on as before.")};
}

void TestDataProvisionAgreement::addingAKeySaysWhatItSetsGoing()
{
    QFETCH(bool, agreed);
    QFETCH(bool, scheduled);
    QFETCH(bool, activeFirst);
    QFETCH(QStringList, phrases);
    Test::StateFixture s;
    if (agreed)
        QVERIFY(DataProvisionAgreement(s.database).accept(Test::demoProfile(), s.clock.now()).ok());
    QVERIFY(UpdateSchedule::setEnabled(*s.database, scheduled).ok());
    if (activeFirst)
        QVERIFY(s.addActive(Test::fileKey(s.clock.now())));
    const StoredKey candidate =
        Test::storedKey({{QStringLiteral("serial"), QStringLiteral("0C0-111111-33333333")},
                         {QStringLiteral("expires"), QStringLiteral("2028-12-31")}});
    auto plan =
        KeyStore(s.database, Test::demoProfile())
            .plan(candidate, activeFirst ? KeySlot::Reserve : KeySlot::Active, s.clock.today());
    QVERIFY(plan.ok());
    auto said =
        KeyChangeTraffic::describe(Test::demoProfile(), s.database, plan.value(), s.clock.now());
    QVERIFY(said.ok());
    for (const QString &phrase : phrases)
        QVERIFY2(said.value().contains(phrase), qPrintable(said.value()));
}

QTEST_GUILESS_MAIN(TestDataProvisionAgreement)
#include "tst_dataprovisionagreement.moc"
