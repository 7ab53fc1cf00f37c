#pragma once

namespace sr::domain {

/** Cost of the passphrase key derivation written into new encrypted files. */
enum class KdfCost {
    Moderate,   ///< crypto_pwhash_OPSLIMIT/MEMLIMIT_MODERATE (256 MiB): the default
    Interactive ///< crypto_pwhash_*_INTERACTIVE (64 MiB): tests only
};

} // namespace sr::domain
