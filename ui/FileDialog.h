// File dialogs behind a seam: tests pre-set the next file name instead of driving
// a native dialog. Use these instead of QFileDialog's statics.
#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace LightAgent {

class FileDialog
{
public:
    // The chosen file, or an empty string when the administrator cancelled.
    // Starts in the directory of the file chosen last in this process.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    // The file to write, or an empty string when cancelled. Proposes `suggestedName`
    // in the directory of the file chosen last; asks before replacing a file.
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedName, const QString &filter);

    // Tests: the next dialog is not shown and returns this file name instead; an
    // empty (not null) string stands for the administrator cancelling.
    static void setNextFileName(const QString &fileName);

    // A native dialog (GTK's, a desktop portal's) speaks the system's language, Qt's
    // own speaks the console's (Qt's translation is loaded with ours): so Qt's own
    // when the console speaks another language than the system.
    static QFileDialog::Options options();
};

} // namespace LightAgent
