// OsFacts: the "os" object of the activation request (DESIGN §3.1), read from
// os-release texts as real distributions write them.
#include "platform/OsFacts.h"

#include <QSysInfo>
#include <QTest>

using namespace LightAgent;

namespace {

const QByteArray Debian12 = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                            "NAME=\"Debian GNU/Linux\"\n"
                            "VERSION_ID=\"12\"\n"
                            "VERSION=\"12 (bookworm)\"\n"
                            "VERSION_CODENAME=bookworm\n"
                            "ID=debian\n"
                            "HOME_URL=\"https://www.debian.org/\"\n";

const QByteArray Ubuntu2204 = "PRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n"
                              "NAME=\"Ubuntu\"\n"
                              "VERSION_ID=\"22.04\"\n"
                              "VERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\n"
                              "ID=ubuntu\n"
                              "ID_LIKE=debian\n";

const QByteArray AstraLinux = "# Astra Linux writes single quotes and comments\n"
                              "  NAME='Astra Linux'  \n"
                              "\n"
                              "VERSION_ID=1.7_x86-64\n"
                              "PRETTY_NAME='Astra Linux 1.7 (Orel)'\n"
                              "=no key here\n"
                              "garbage line without equals\n";

} // namespace

class TestOsFacts : public QObject
{
    Q_OBJECT

private slots:
    void fromOsRelease_data();
    void fromOsRelease();
    void toJsonNamesTheVendorFields();
    void collectOnThisMachine();
};

void TestOsFacts::fromOsRelease_data()
{
    QTest::addColumn<QByteArray>("osRelease");
    QTest::addColumn<QString>("pointRelease");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("updateNumber");
    QTest::addColumn<QString>("extendedEdition");

    QTest::newRow("Debian 12.9") << Debian12 << "12.9\n"
                                 << "x86_64"
                                 << "12"
                                 << "Debian GNU/Linux"
                                 << "9"
                                 << "Debian GNU/Linux 12 (bookworm) (x86_64)";
    QTest::newRow("Debian without a point release") << Debian12 << ""
                                                    << "arm64"
                                                    << "12"
                                                    << "Debian GNU/Linux"
                                                    << ""
                                                    << "Debian GNU/Linux 12 (bookworm) (arm64)";
    QTest::newRow("Ubuntu: debian_version names the base, not an update")
        << Ubuntu2204 << "bookworm/sid\n"
        << "x86_64"
        << "22.04"
        << "Ubuntu"
        << ""
        << "Ubuntu 22.04.4 LTS (x86_64)";
    QTest::newRow("point release of another major version is ignored")
        << Debian12 << "11.7"
        << "x86_64"
        << "12"
        << "Debian GNU/Linux"
        << ""
        << "Debian GNU/Linux 12 (bookworm) (x86_64)";
    QTest::newRow("version 1 does not match 12.x")
        << QByteArray("NAME=Example\nVERSION_ID=1\n") << "12.9"
        << ""
        << "1"
        << "Example"
        << ""
        << "Example";
    QTest::newRow("single quotes, comments, junk lines") << AstraLinux << ""
                                                         << "x86_64"
                                                         << "1.7_x86-64"
                                                         << "Astra Linux"
                                                         << ""
                                                         << "Astra Linux 1.7 (Orel) (x86_64)";
    QTest::newRow("no PRETTY_NAME falls back to NAME")
        << QByteArray("NAME=\"Alpine Linux\"\nVERSION_ID=3.19.1\n") << ""
        << "x86_64"
        << "3.19.1"
        << "Alpine Linux"
        << ""
        << "Alpine Linux (x86_64)";
    QTest::newRow("CRLF line ends")
        << QByteArray("NAME=\"Debian GNU/Linux\"\r\nVERSION_ID=\"12\"\r\n") << "12.4"
        << ""
        << "12"
        << "Debian GNU/Linux"
        << "4"
        << "Debian GNU/Linux";
    QTest::newRow("nothing known") << QByteArray() << ""
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "";
}

void TestOsFacts::fromOsRelease()
{
    QFETCH(QByteArray, osRelease);
    QFETCH(QString, pointRelease);
    QFETCH(QString, architecture);
    const OsFacts facts = OsFacts::fromOsRelease(osRelease, pointRelease, QStringLiteral("linux"),
                                                 QStringLiteral("6.1.0-18-amd64"), architecture);
    QCOMPARE(facts.family, QStringLiteral("Linux"));
    QCOMPARE(facts.build, QStringLiteral("6.1.0-18-amd64"));
    QTEST(facts.version, "version");
    QTEST(facts.edition, "edition");
    QTEST(facts.updateNumber, "updateNumber");
    QTEST(facts.extendedEdition, "extendedEdition");
}

void TestOsFacts::toJsonNamesTheVendorFields()
{
    const OsFacts facts =
        OsFacts::fromOsRelease(Debian12, QStringLiteral("12.9"), QStringLiteral("linux"),
                               QStringLiteral("6.1.0-18-amd64"), QStringLiteral("x86_64"));
    const QJsonObject json = facts.toJson();
    QCOMPARE(json.keys(),
             (QStringList {QStringLiteral("build"), QStringLiteral("edition"),
                           QStringLiteral("extendedEdition"), QStringLiteral("family"),
                           QStringLiteral("updateNumber"), QStringLiteral("version")}));
    QCOMPARE(json.value(QLatin1String("family")).toString(), QStringLiteral("Linux"));
    QCOMPARE(json.value(QLatin1String("version")).toString(), QStringLiteral("12"));
    QCOMPARE(json.value(QLatin1String("edition")).toString(), QStringLiteral("Debian GNU/Linux"));
    QCOMPARE(json.value(QLatin1String("build")).toString(), QStringLiteral("6.1.0-18-amd64"));
    QCOMPARE(json.value(QLatin1String("updateNumber")).toString(), QStringLiteral("9"));
    QCOMPARE(json.value(QLatin1String("extendedEdition")).toString(),
             QStringLiteral("Debian GNU/Linux 12 (bookworm) (x86_64)"));
}

void TestOsFacts::collectOnThisMachine()
{
    const OsFacts facts = OsFacts::collect();
    QVERIFY(!facts.family.isEmpty());
    QVERIFY(!facts.build.isEmpty());
    QVERIFY(facts.extendedEdition.contains(QSysInfo::currentCpuArchitecture()));
}

QTEST_GUILESS_MAIN(TestOsFacts)
#include "tst_osfacts.moc"
