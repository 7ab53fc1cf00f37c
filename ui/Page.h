#pragma once

#include "domain/ChangeKind.h"

class QObject;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * A register or a reference list: a view of one kind of record that re-reads itself when
 * records it shows were committed, by whichever window or worker wrote them. A new register
 * implements these two members and calls followChanges() once; nothing else wires it.
 */
class Page
{
public:
    virtual ~Page() = default;

    /** The kinds of records the page shows. */
    virtual domain::ChangeKinds shows() const = 0;
    /** Re-reads what it shows, keeping the selection and unsaved edits where it can. */
    virtual void reload() = 0;
};

/**
 * Calls @a page's reload() after every commit of @a context that changed a kind it shows(),
 * for as long as @a receiver (the page's widget) lives.
 */
void followChanges(services::AppContext &context, QObject *receiver, Page *page);

} // namespace sr::ui
