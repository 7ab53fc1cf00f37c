#pragma once

namespace sr::domain::account {

// Rules of user accounts, shared by the services that enforce them and the messages that
// explain them (src/messages/AuthMessages.cpp, src/messages/CliMessages.cpp).
constexpr int minimumPasswordLength = 10;
constexpr int maximumPasswordLength = 1024;
constexpr int maxFailedAttempts = 5;
constexpr int lockoutMinutes = 15;
constexpr int defaultIdleLockMinutes = 10;

} // namespace sr::domain::account
