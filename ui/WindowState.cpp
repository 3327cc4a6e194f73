#include "WindowState.h"

#include "core/StateDatabase.h"

namespace LightAgent {

QByteArray WindowState::load(const StateDatabase &database, QLatin1String name)
{
    const Result<QString> saved = database.setting(QString(name));
    if (!saved || saved.value().isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(saved.value().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

Status WindowState::save(StateDatabase &database, QLatin1String name, const QByteArray &state)
{
    return database.setSetting(QString(name), QString::fromLatin1(state.toBase64()));
}

} // namespace LightAgent
