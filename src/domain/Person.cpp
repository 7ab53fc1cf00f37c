#include "Person.h"

#include "TextFold.h"

namespace sr::domain {

QString Person::foldedName() const
{
    return foldForSearch(fullName);
}

} // namespace sr::domain
