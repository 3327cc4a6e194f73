#include "FileDialog.h"

#include "help/Language.h"
#include "help/LanguageLoader.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace LightAgent {

namespace {

QString s_nextFileName;
QString s_lastDirectory;

} // namespace

QFileDialog::Options FileDialog::options()
{
    return LanguageLoader::installed() == Language::fromSystem()
        ? QFileDialog::Options()
        : QFileDialog::Options(QFileDialog::DontUseNativeDialog);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString fileName;
    if (!s_nextFileName.isNull()) {
        fileName = s_nextFileName;
        s_nextFileName = QString(); // null: no answer pre-set any more
    } else {
        const QString start = s_lastDirectory.isEmpty() ? QDir::homePath() : s_lastDirectory;
        fileName = QFileDialog::getOpenFileName(parent, caption, start, filter, nullptr, options());
    }
    if (!fileName.isEmpty())
        s_lastDirectory = QFileInfo(fileName).absolutePath();
    return fileName;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &suggestedName, const QString &filter)
{
    QString fileName;
    if (!s_nextFileName.isNull()) {
        fileName = s_nextFileName;
        s_nextFileName = QString();
    } else {
        const QDir start(s_lastDirectory.isEmpty() ? QDir::homePath() : s_lastDirectory);
        fileName = QFileDialog::getSaveFileName(parent, caption, start.filePath(suggestedName),
                                                filter, nullptr, options());
    }
    if (!fileName.isEmpty())
        s_lastDirectory = QFileInfo(fileName).absolutePath();
    return fileName;
}

} // namespace LightAgent
