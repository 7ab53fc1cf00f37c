#pragma once

#include "domain/Actor.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>

namespace sr::test {

/**
 * The report fixture (tests/reports): eight persons received 2021 – 6/2023 plus records
 * just outside the period and archived records, built through the repositories. The
 * expected figures for 01/01/2021 – 30/06/2023 are computed by hand in ReportQueriesTest.cpp
 * (see the table at the top of ReportFixture.cpp).
 * Returns false (and adds a gtest failure) when a record cannot be stored.
 */
bool buildReportFixture(storage::Database &db, const domain::Actor &actor);

/** The actor used by the fixture. */
domain::Actor fixtureActor();

/**
 * Text of a PDF by pdftotext -layout (poppler-utils), pages separated by form feeds, no-break
 * spaces read as spaces. Adds a gtest failure when pdftotext fails.
 */
QString pdfText(const QString &pdf);

/** The "today" of the fixture's clock (10/08/2023, the article's date). */
QDate fixtureToday();

} // namespace sr::test
