#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace shoal {

/*!
 * \brief The offline check of one DKIM-Signature: does the body still hash to its bh= value?
 *
 * Only the body hash is checked. The signature itself (b=) needs the signer's public key from
 * DNS, which Shoal never queries: a matching body hash says the body was not changed since
 * signing *if* the signature is genuine, nothing more. `scope` says so in words.
 */
struct DkimBodyHashCheck {
    enum class Verdict { Matches, DoesNotMatch, NotCheckable };

    int signatureIndex = 0; ///< 0 = the topmost DKIM-Signature header
    QString domain; ///< d=
    QString selector; ///< s=
    QString algorithm; ///< a=, e.g. "rsa-sha256"
    QString canonicalization; ///< c= as written ("relaxed/relaxed"), "simple/simple" when absent
    QString bodyCanonicalization; ///< "simple" or "relaxed"
    qint64 lengthLimit = -1; ///< l=, -1 when absent
    qint64 canonicalBodyLength = 0; ///< bytes of the canonical body (all of it, not only l=)

    Verdict verdict = Verdict::NotCheckable;
    QString reason; ///< why not checkable, or what else a reader must know (l= leaves text unsigned)
    QByteArray expectedHash; ///< bh= (base64, whitespace removed)
    QByteArray computedHash; ///< base64 of the hash Shoal computed, empty when none
    QString scope; ///< "body hash verified offline; signature not verified (no DNS)"
};

/// "matches", "does not match" or "not checkable".
QString dkimVerdictName(DkimBodyHashCheck::Verdict verdict);

/*!
 * Checks the bh= of every DKIM-Signature header in `raw` (the message's bytes as received).
 * The body is what follows the first empty line; lines ending in a bare LF (how most tools store
 * mail) are read as CRLF lines, as they were on the wire. Canonicalization per RFC 6376 §3.4
 * (simple/relaxed, l=), sha256 or sha1 per a=.
 */
QList<DkimBodyHashCheck> checkDkimBodyHashes(const QByteArray &raw);

} // namespace shoal
