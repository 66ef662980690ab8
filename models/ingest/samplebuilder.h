#pragma once

#include "store/samplerecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shoal {

/*!
 * \brief Turns the raw bytes of one message into everything the store keeps of it: identity
 * (SHA-256), the parse (.eml or Outlook .msg, told apart by content), attachment facts,
 * indicators, the arrival time, and the messages it carries, each built the same way.
 *
 * Pure and thread-safe: the import runs it on all cores. std::nullopt with `*error` set only
 * when the bytes are no message at all (e.g. a compound file that is no Outlook item); a broken
 * message still gives a record, with parse notes.
 */
std::optional<SampleRecord> buildSample(const QByteArray &raw, const QString &source, QString *error);
/// The same, with the SHA-256 the caller already computed (the import hashes first, to skip
/// duplicates before parsing them).
std::optional<SampleRecord> buildSample(const QByteArray &raw, const QByteArray &sha256, const QString &source, QString *error);

/// The SHA-256 of the bytes as lower-case hex: a sample's identity.
QByteArray sampleHash(const QByteArray &raw);

/// When the message reached its recipient: the newest Received time, else the Date.
QDateTime arrivalTime(const Message &message);

} // namespace shoal
