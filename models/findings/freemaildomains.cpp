// The free-mail providers: anyone can open an address there in a minute, so a company's
// partner, bank or CEO writing from one is a classic BEC sign.
//
// How complete: the big international and Japanese/Chinese/Korean/Russian/European webmail
// providers and a few disposable-mail services (99 names), plus 173 of the roughly 191 domains
// of mail.com (a United Internet service like GMX: email.com, usa.com, consultant.com...). The
// mail.com names were written from memory of its sign-up list and kept only where a public
// free-mail list (the npm package free-email-domains 1.12.6) has them too (asia.com kept
// although that list lacks it); the rest of its domains are missing. Carrier mail
// (docomo.ne.jp...) and ISP mail are not free mail and are not listed.
#include "findings/domains_p.h"

#include <QSet>
#include <QString>

namespace shoal::findings {
namespace {

// Providers with an address under many country suffixes: the registrable domain's first label
// decides (yahoo.co.jp, hotmail.fr, gmx.de, yandex.ru).
constexpr const char *anySuffix[] = { "yahoo", "hotmail", "gmx", "yandex" };

// clang-format off
constexpr const char *providers[] = {
    "10minutemail.com", "126.com", "139.com", "163.com", "188.com", "21cn.com", "abv.bg", "aim.com", "aliyun.com", "aol.co.uk",
    "aol.com", "aol.de", "aol.fr", "bk.ru", "bol.com.br", "cock.li", "daum.net", "disroot.org", "excite.co.jp", "excite.com",
    "fastmail.com", "fastmail.fm", "foxmail.com", "freenet.de", "gmail.com", "gmx.com", "gmx.net", "googlemail.com",
    "guerrillamail.com", "hanmail.net", "hushmail.com", "i.ua", "icloud.com", "inbox.ru", "interia.pl", "kakao.com",
    "laposte.net", "libero.it", "list.ru", "live.ca", "live.co.uk", "live.com", "live.com.au", "live.de", "live.fr", "live.it",
    "live.jp", "live.nl", "lycos.com", "mac.com", "mail.goo.ne.jp", "mail.ru", "mailfence.com", "mailinator.com", "me.com",
    "meta.ua", "msn.com", "nate.com", "naver.com", "o2.pl", "onet.pl", "outlook.com", "outlook.de", "outlook.es", "outlook.fr",
    "outlook.it", "outlook.jp", "pm.me", "proton.me", "protonmail.ch", "protonmail.com", "qq.com", "rambler.ru", "rediffmail.com",
    "riseup.net", "rocketmail.com", "seznam.cz", "sharklasers.com", "sina.cn", "sina.com", "sohu.com", "temp-mail.org", "tom.com",
    "tuta.com", "tuta.io", "tutamail.com", "tutanota.com", "tutanota.de", "ukr.net", "uol.com.br", "virgilio.it", "web.de",
    "wp.pl", "ya.ru", "yeah.net", "ymail.com", "yopmail.com", "zoho.com", "zohomail.com",
};
// clang-format on

// clang-format off
constexpr const char *mailComDomains[] = {
    "2trom.com", "accountant.com", "activist.com", "adexec.com", "africamail.com", "aircraftmail.com", "allergist.com",
    "alumni.com", "alumnidirector.com", "angelic.com", "archaeologist.com", "artlover.com", "asia-mail.com", "asia.com",
    "atheist.com", "australiamail.com", "bartender.net", "berlin.com", "bigger.com", "bikerider.com", "birdlover.com",
    "blader.com", "boardermail.com", "brazilmail.com", "brew-master.com", "californiamail.com", "cash4u.com", "catlover.com",
    "cheerful.com", "chef.net", "chemist.com", "chinamail.com", "clerk.com", "cliffhanger.com", "collector.org", "columnist.com",
    "comic.com", "computer4u.com", "consultant.com", "contractor.net", "coolsite.net", "counsellor.com", "cutey.com",
    "cyber-wizard.com", "cyberdude.com", "cybergal.com", "dallasmail.com", "dbzmail.com", "deliveryman.com", "diplomats.com",
    "disciples.com", "doctor.com", "doglover.com", "doramail.com", "dr.com", "dublin.com", "earthling.net", "elvisfan.com",
    "email.com", "engineer.com", "englandmail.com", "europe.com", "europemail.com", "execs.com", "fan.com", "financier.com",
    "fireman.net", "gardener.com", "geologist.com", "germanymail.com", "graduate.org", "graphic-designer.com", "hackermail.com",
    "hairdresser.net", "hilarious.com", "hockeymail.com", "homemail.com", "hot-shot.com", "humanoid.net", "iname.com",
    "innocent.com", "inorbit.com", "instruction.com", "instructor.net", "insurer.com", "irelandmail.com", "italymail.com",
    "japan.com", "journalist.com", "keromail.com", "kittymail.com", "koreamail.com", "lawyer.com", "legislator.com",
    "linuxmail.org", "loveable.com", "lovecat.com", "madonnafan.com", "madrid.com", "mail-me.com", "mail.com", "marchmail.com",
    "mexicomail.com", "mindless.com", "minister.com", "moscowmail.com", "munich.com", "musician.org", "muslim.com", "myself.com",
    "net-shopping.com", "ninfan.com", "nonpartisan.com", "null.net", "nycmail.com", "oath.com", "optician.com",
    "orthodontist.net", "pediatrician.com", "petlover.com", "photographer.net", "physicist.net", "planetmail.com",
    "politician.com", "post.com", "presidency.com", "priest.com", "programmer.net", "publicist.com", "qualityservice.com",
    "radiologist.net", "ravemail.com", "realtyagent.com", "reborn.com", "reggaefan.com", "religious.com", "repairman.com",
    "representative.com", "rescueteam.com", "rocketship.com", "rockfan.com", "rome.com", "royal.net", "saintly.com",
    "salesperson.net", "sanfranmail.com", "scientist.com", "scotlandmail.com", "secretary.net", "seductive.com", "singapore.com",
    "snakebite.com", "songwriter.net", "soon.com", "spainmail.com", "teachers.org", "techie.com", "technologist.com",
    "therapist.net", "toke.com", "toothfairy.com", "tvstar.com", "umpire.com", "usa.com", "uymail.com", "webname.com",
    "whoever.com", "winning.com", "witty.com", "worker.com", "workmail.com", "writeme.com", "yours.com",
};
// clang-format on

const QSet<QString> &table()
{
    static const QSet<QString> domains = [] {
        QSet<QString> set;
        for (const char *domain : providers)
            set.insert(QString::fromLatin1(domain));
        for (const char *domain : mailComDomains)
            set.insert(QString::fromLatin1(domain));
        return set;
    }();
    return domains;
}

} // namespace

bool isFreeMailDomain(QStringView domain)
{
    if (domain.isEmpty())
        return false;
    const QString site = siteOf(domain);
    if (table().contains(domain.toString()) || table().contains(site))
        return true;
    const QStringView firstLabel = QStringView(site).left(site.indexOf(QLatin1Char('.')));
    for (const char *brand : anySuffix) {
        if (firstLabel == QLatin1StringView(brand))
            return true;
    }
    return false;
}

} // namespace shoal::findings
