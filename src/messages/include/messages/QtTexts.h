#pragma once

#include <span>

namespace sr::messages {

/** A text of Qt's own widgets, as Qt asks for it: QCoreApplication::translate(context, source). */
struct QtText
{
    const char *context;
    const char *source;
};

/**
 * The texts Qt's own widgets show in SafeReturn: the standard buttons (QDialogButtonBox,
 * QMessageBox), the file dialog (QFileDialog, QFileSystemModel), print preview, print and page
 * set-up dialogs, QInputDialog, and the context menus of text fields, spin boxes and scroll
 * bars. Qt ships no Vietnamese catalogue (no qtbase_vi.qm), so SafeReturn's own catalogue
 * translates them under Qt's contexts; tests/ui/QtDialogTextsTest.cpp checks that every text
 * these dialogs show is one of them.
 */
std::span<const QtText> qtTexts();

} // namespace sr::messages
