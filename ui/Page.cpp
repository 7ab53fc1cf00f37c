#include "ui/Page.h"

#include "services/AppContext.h"

#include <QObject>

namespace sr::ui {

void followChanges(services::AppContext &context, QObject *receiver, Page *page)
{
    QObject::connect(&context,
                     &services::AppContext::recordsChanged,
                     receiver,
                     [page](domain::ChangeKinds changed) {
                         if (changed & page->shows())
                             page->reload();
                     });
}

} // namespace sr::ui
