// The preview says which way a request goes, decided as the sender decides it:
// directly, or through a proxy — and then, for an HTTP proxy, the exact CONNECT
// request the proxy receives, with the product's User-Agent. A followed link's way is
// the browser's, so it shows none.
#include "EnvelopePreview.h"
#include "net/ProxyRoute.h"

#include <QLabel>
#include <QTest>

using namespace LightAgent;

namespace {

RequestEnvelope activationEnvelope()
{
    return RequestEnvelope::postJson(
        TransmissionKind::Activation,
        QUrl(QStringLiteral("https://licensing.example:8443/v1/activations")),
        QJsonObject {{QStringLiteral("activationCode"), QStringLiteral("X")}});
}

NetworkSettings withProxy(const QString &text)
{
    auto settings = NetworkSettings::withProxyText(NetworkSettings(), text);
    return settings ? settings.value() : NetworkSettings();
}

} // namespace

class TestEnvelopePreviewRoute : public QObject
{
    Q_OBJECT

private slots:
    void routeIsShown_data();
    void routeIsShown();
    void linkShowsNoRoute();
};

void TestEnvelopePreviewRoute::routeIsShown_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("connect"); // the CONNECT request shown, empty if none
    QTest::newRow("HTTP proxy") << QStringLiteral("http://127.0.0.1:3128")
                                << QStringLiteral("through the HTTP proxy 127.0.0.1:3128")
                                << QStringLiteral(
                                       "CONNECT licensing.example:8443 HTTP/1.1\r\n"
                                       "Proxy-Connection: keep-alive\r\nHost: licensing.example\r\n"
                                       "User-Agent: LightAgentConsole");
    QTest::newRow("SOCKS5 proxy") << QStringLiteral("socks5://127.0.0.1:1080")
                                  << QStringLiteral("SOCKS5 proxy 127.0.0.1:1080") << QString();
    QTest::newRow("no proxy") << QStringLiteral("none")
                              << QStringLiteral("Sent directly to licensing.example:8443")
                              << QString();
}

void TestEnvelopePreviewRoute::routeIsShown()
{
    QFETCH(QString, proxy);
    QFETCH(QString, route);
    QFETCH(QString, connect);
    EnvelopePreview preview;
    preview.setNetworkSettings(withProxy(proxy));
    preview.setEnvelope(activationEnvelope());
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));

    auto *routeLabel = preview.findChild<QLabel *>(QStringLiteral("envelopeRoute"));
    auto *connectLabel = preview.findChild<QLabel *>(QStringLiteral("envelopeProxyConnect"));
    QVERIFY(routeLabel && connectLabel);
    QVERIFY(routeLabel->isVisible());
    QVERIFY2(routeLabel->text().contains(route), qPrintable(routeLabel->text()));
    QCOMPARE(connectLabel->isVisible(), !connect.isEmpty());
    if (connect.isEmpty())
        return;
    QCOMPARE(connectLabel->text(), connect);
    QVERIFY(!connectLabel->text().contains(QStringLiteral("Mozilla")));
    // The same bytes the sender's proxy gets: the one function decides both.
    const QNetworkProxy http =
        ProxyRoute::known(withProxy(proxy), activationEnvelope().url()).value();
    QCOMPARE(connectLabel->text() + QStringLiteral("\r\n\r\n"),
             QString::fromLatin1(ProxyRoute::connectRequest(
                 ProxyRoute::forEnvelope(http, activationEnvelope()), activationEnvelope().url())));
}

void TestEnvelopePreviewRoute::linkShowsNoRoute()
{
    EnvelopePreview preview;
    preview.setNetworkSettings(withProxy(QStringLiteral("http://127.0.0.1:3128")));
    preview.setEnvelope(RequestEnvelope::openLink(
        TransmissionKind::HelpLink, QUrl(QStringLiteral("https://help.example/?topic=x"))));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QVERIFY(!preview.findChild<QLabel *>(QStringLiteral("envelopeRoute"))->isVisible());
    QVERIFY(!preview.findChild<QLabel *>(QStringLiteral("envelopeProxyConnect"))->isVisible());
}

QTEST_MAIN(TestEnvelopePreviewRoute)
#include "tst_envelopepreviewroute.moc"
