#pragma once

#include <QStringList>

namespace shoal {

/*!
 * \brief What a case protects: the organisation's domains, its people and its brands.
 *
 * The rules use it to tell impersonation ("looks like b-company.co.jp", "display name is our
 * CEO but the address is outside") from ordinary mail. Empty by default: the rules that need it
 * then stay silent.
 */
struct CaseProfile {
    QStringList protectedDomains; ///< e.g. "b-company.co.jp" (Unicode or xn-- form)
    QStringList protectedPeople; ///< names as written, Japanese or Latin: "山田 太郎", "Taro Yamada"
    QStringList brands; ///< e.g. "B-Company", "Bカンパニー"
};

} // namespace shoal
