// The safe view's sanitiser: every way a mail's HTML reaches the network or runs script must be
// gone from its output, the text must stay, cid: images must point to shoal-part:, remote images
// must show their defanged URL, misleading links must be marked, and hostile shapes (deep
// nesting, huge inputs) must stay within bounds.
#include "mail/mimeparser.h"
#include "safeview/csssanitizer.h"
#include "safeview/htmlsanitizer.h"
#include "safeview/markupguard.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace shoal;

namespace {

QString decodeEntities(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

// Anything the engine could fetch or run, in CSS: the sanitiser must leave none of it.
void checkCss(const QString &css, QStringList &problems)
{
    const QString lower = css.toLower();
    for (const char *word : { "@import", "@font-face", "expression(", "javascript:", "behavior", "-moz-binding", "image-set(",
             "cross-fade(", "evil.example", "127.0.0.1", "http:", "https:", "\\" }) {
        if (lower.contains(QLatin1String(word)))
            problems << QStringLiteral("CSS holds '%1': %2").arg(QLatin1String(word), css.left(200));
    }
    for (qsizetype at = lower.indexOf(QLatin1String("url(")); at >= 0; at = lower.indexOf(QLatin1String("url("), at + 4)) {
        const QStringView rest = QStringView(lower).mid(at + 4);
        if (!rest.startsWith(QLatin1String("\"shoal-part:")) && !rest.startsWith(QLatin1String("\"data:image/")))
            problems << QStringLiteral("CSS url() to elsewhere: %1").arg(rest.left(80));
    }
}

/*!
 * Reads the sanitiser's output the way an engine would look for work: every tag, every
 * attribute, every style. The serialiser escapes "<" in text, so every "<" starts a tag and a
 * plain scan is exact. Returns the problems found and the visible text.
 */
struct Inspection {
    QStringList problems;
    QString text;
};

Inspection inspect(const QString &html)
{
    static const QSet<QString> allowedTags = [] {
        QSet<QString> tags;
        for (const char *tag : { "html", "head", "meta", "style", "body", "a", "abbr", "acronym", "address", "article", "aside", "b", "bdi",
                 "bdo", "big", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
                 "div", "dl", "dt", "em", "fieldset", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                 "header", "hgroup", "hr", "i", "img", "ins", "kbd", "label", "legend", "li", "main", "mark", "nav", "nobr", "ol", "p",
                 "pre", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary",
                 "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr" })
            tags.insert(QLatin1String(tag));
        return tags;
    }();
    static const QRegularExpression tagPattern(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\\s+[^\\s=>\"]+(?:=\"[^\"]*\")?)*)\\s*>"));
    static const QRegularExpression attributePattern(QStringLiteral("([^\\s=>\"]+)(?:=\"([^\"]*)\")?"));
    static const QRegularExpression dataImage(QStringLiteral("^data:image/(png|gif|jpeg|webp);base64,[A-Za-z0-9+/=]*$"));
    static const QString csp
        = QStringLiteral("default-src 'none'; img-src shoal-part: data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'");
    Inspection result;
    qsizetype i = 0;
    if (html.startsWith(QLatin1String("<!DOCTYPE html>")))
        i = 15;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        result.text += decodeEntities(html.mid(i, lt < 0 ? -1 : lt - i));
        if (lt < 0)
            break;
        // The serialiser escapes ">" in attribute values, so the first ">" ends the tag. (Matching
        // in the whole document instead would cost its whole length per tag.)
        const qsizetype gt = html.indexOf(QLatin1Char('>'), lt);
        const QRegularExpressionMatch tag = tagPattern.matchView(QStringView(html).mid(lt, gt < 0 ? -1 : gt - lt + 1), 0,
            QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!tag.hasMatch()) {
            result.problems << QStringLiteral("not a tag at %1: %2").arg(lt).arg(html.mid(lt, 60));
            i = lt + 1;
            continue;
        }
        i = lt + tag.capturedEnd();
        const QString name = tag.captured(2).toLower();
        if (!allowedTags.contains(name))
            result.problems << QStringLiteral("element <%1>").arg(name);
        QRegularExpressionMatchIterator attributes = attributePattern.globalMatch(tag.captured(3));
        QMap<QString, QString> values;
        while (attributes.hasNext()) {
            const QRegularExpressionMatch attribute = attributes.next();
            const QString attributeName = attribute.captured(1).toLower();
            const QString value = decodeEntities(attribute.captured(2));
            values.insert(attributeName, value);
            if (attributeName.startsWith(QLatin1String("on")))
                result.problems << QStringLiteral("event handler %1").arg(attributeName);
            if (attributeName == QLatin1String("src")) {
                if (name != QLatin1String("img") || (!value.startsWith(QLatin1String("shoal-part:")) && !dataImage.match(value).hasMatch()))
                    result.problems << QStringLiteral("<%1 src=\"%2\">").arg(name, value.left(80));
            } else if (QStringList { QStringLiteral("href"), QStringLiteral("srcset"), QStringLiteral("background"),
                           QStringLiteral("poster"), QStringLiteral("action"), QStringLiteral("formaction"), QStringLiteral("data"),
                           QStringLiteral("lowsrc"), QStringLiteral("dynsrc"), QStringLiteral("ping"), QStringLiteral("manifest"),
                           QStringLiteral("codebase"), QStringLiteral("archive"), QStringLiteral("code"), QStringLiteral("xlink:href"),
                           QStringLiteral("srcdoc") }
                           .contains(attributeName)) {
                result.problems << QStringLiteral("<%1 %2=\"%3\">").arg(name, attributeName, value.left(80));
            }
            if (attributeName == QLatin1String("style"))
                checkCss(value, result.problems);
            if (name != QLatin1String("meta")) {
                for (const char *word : { "http://", "https://", "evil.example", "127.0.0.1", "javascript:" }) {
                    if (value.contains(QLatin1String(word), Qt::CaseInsensitive))
                        result.problems << QStringLiteral("<%1 %2=\"%3\">").arg(name, attributeName, value.left(120));
                }
            }
        }
        if (name == QLatin1String("meta")) {
            const bool charset = values.size() == 1 && values.value(QStringLiteral("charset")) == QLatin1String("utf-8");
            const bool policy = values.value(QStringLiteral("http-equiv")) == QLatin1String("Content-Security-Policy")
                && values.value(QStringLiteral("content")) == csp && values.size() == 2;
            const bool referrer = values.value(QStringLiteral("name")) == QLatin1String("referrer") && values.size() == 2;
            if (!charset && !policy && !referrer)
                result.problems << QStringLiteral("meta %1").arg(tag.captured(0));
        }
        if (name == QLatin1String("style") && tag.captured(1).isEmpty()) {
            const qsizetype close = html.indexOf(QLatin1String("</style>"), i);
            if (close < 0) {
                result.problems << QStringLiteral("unclosed <style>");
                break;
            }
            checkCss(html.mid(i, close - i), result.problems);
            i = close;
        }
    }
    return result;
}

#define VERIFY_INERT(html)                                                                                                                 \
    do {                                                                                                                                   \
        const Inspection inspection = inspect(html);                                                                                       \
        if (!inspection.problems.isEmpty())                                                                                                \
            qWarning().noquote() << "sanitised output:\n" << (html);                                                                       \
        QVERIFY2(inspection.problems.isEmpty(), qPrintable(inspection.problems.join(QLatin1String("; "))));                                \
    } while (false)

QString bodyOf(const QString &document)
{
    const qsizetype start = document.indexOf(QLatin1Char('>'), document.indexOf(QLatin1String("<body"))) + 1;
    return document.mid(start, document.lastIndexOf(QLatin1String("</body>")) - start);
}

} // namespace

class HtmlSanitizerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every row: what a hostile mail may hold, the text that must survive, and exactly what the
    // sanitiser must report (scripts, remote references blocked, active elements removed).
    void hostileSnippets_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("scripts");
        QTest::addColumn<int>("blocked");
        QTest::addColumn<int>("active");
        const auto row = [](const char *name, const char *html, int scripts, int blocked, int active) {
            QTest::newRow(name) << QString::fromUtf8(html) << scripts << blocked << active;
        };
        row("remote img", "<p>KEEP-ME<img src=\"http://evil.example/x.png\" alt=\"logo\"></p>", 0, 1, 0);
        row("uppercase img", "<P>KEEP-ME<IMG SRC=\"HTTP://EVIL.EXAMPLE/X.PNG\"></P>", 0, 1, 0);
        row("spaced src", "<img src=\"  http://evil.example/s.png \">KEEP-ME", 0, 1, 0);
        row("protocol-relative img", "<img src=\"//evil.example/x.png\">KEEP-ME", 0, 1, 0);
        row("srcset", "<img srcset=\"http://evil.example/a.png 1x, http://evil.example/b.png 2x\">KEEP-ME", 0, 1, 0);
        row("cid src with remote srcset", "<img src=\"cid:a@b\" srcset=\"http://evil.example/a.png 2x\">KEEP-ME", 0, 1, 0);
        row("lowsrc dynsrc", "<img lowsrc=\"http://evil.example/l.png\" dynsrc=\"http://evil.example/d.avi\">KEEP-ME", 0, 2, 0);
        row("svg data image", "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">KEEP-ME", 0, 1, 0);
        row("picture source",
            "<picture><source srcset=\"http://evil.example/p.webp\" type=\"image/webp\"><img "
            "src=\"http://evil.example/p.png\"></picture>KEEP-ME",
            0, 2, 0);
        row("css @import url", "<style>@import url(\"http://evil.example/a.css\"); p{color:red}</style><p>KEEP-ME</p>", 0, 1, 0);
        row("css @import string", "<style>@import 'http://evil.example/b.css';</style>KEEP-ME", 0, 1, 0);
        row("css background url", "<div style=\"background:url(http://evil.example/bg.png) red\">KEEP-ME</div>", 0, 1, 0);
        row("css escaped url", "<div style=\"background-image:\\75 rl(http://evil.example/e.png)\">KEEP-ME</div>", 0, 1, 0);
        row("css long escapes", "<style>p{background:\\000075\\000072\\00006c(http://evil.example/e2.png)}</style><p>KEEP-ME</p>", 0, 1, 0);
        row("css escaped backslash", "<div style=\"background:\\5c 75rl(http://evil.example/e3.png)\">KEEP-ME</div>", 0, 1, 0);
        row("css comment split", "<div style=\"background:u/**/rl(http://evil.example/c.png)\">KEEP-ME</div>", 0, 1, 0);
        row("css entity url", "<div style=\"background:url&#40;http://evil.example/x.png&#41;\">KEEP-ME</div>", 0, 1, 0);
        row("css uppercase URL", "<div style=\"BACKGROUND:URL('http://evil.example/u.png')\">KEEP-ME</div>", 0, 1, 0);
        row("css image-set", "<div style=\"background-image:-webkit-image-set('http://evil.example/a.png' 1x)\">KEEP-ME</div>", 0, 1, 0);
        row("css font-face", "<style>@font-face{font-family:x;src:url(http://evil.example/f.woff)} p{font-family:x}</style><p>KEEP-ME</p>",
            0, 1, 0);
        row("css custom property", "<style>:root{--bg:url(http://evil.example/v.png)} p{background:var(--bg)}</style><p>KEEP-ME</p>", 0, 1,
            0);
        row("css expression", "<div style=\"width:expression(fetch('http://evil.example'))\">KEEP-ME</div>", 1, 0, 0);
        row("css behavior binding",
            "<div style=\"behavior:url(http://evil.example/x.htc);-moz-binding:url(http://evil.example/x.xml#a)\">KEEP-ME</div>", 2, 2, 0);
        row("css javascript", "<div style=\"background:javascript:alert(1)\">KEEP-ME</div>", 1, 0, 0);
        row("css closing style",
            "<style>p{color:red}</style ><style>a{content:\"</style><img src=http://evil.example/z.png>\"}</style>KEEP-ME", 0, 1, 0);
        row("link stylesheet", "<link rel=\"stylesheet\" href=\"http://evil.example/s.css\">KEEP-ME", 0, 1, 0);
        row("link prefetch", "<link rel=\"prefetch\" href=\"http://evil.example/p\">KEEP-ME", 0, 1, 0);
        row("link preload", "<link rel=\"preload\" as=\"image\" href=\"http://evil.example/p.png\">KEEP-ME", 0, 1, 0);
        row("link dns-prefetch", "<link rel=\"dns-prefetch\" href=\"//evil.example\">KEEP-ME", 0, 1, 0);
        row("link preconnect in body", "<p>KEEP-ME<link rel=\"preconnect\" href=\"http://evil.example\"></p>", 0, 1, 0);
        row("script", "<script>fetch('http://evil.example/')</script>KEEP-ME", 1, 0, 0);
        row("script src", "<script src=\"http://evil.example/s.js\"></script>KEEP-ME", 1, 1, 0);
        row("onerror", "<img src=\"x\" onerror=\"fetch('http://evil.example')\">KEEP-ME", 1, 1, 0);
        row("body onload", "<body onload=\"location='http://evil.example'\">KEEP-ME</body>", 1, 0, 0);
        row("onmouseover", "<div onmouseover=\"fetch('http://evil.example')\">KEEP-ME</div>", 1, 0, 0);
        row("javascript href", "<a href=\"javascript:fetch('http://evil.example')\">KEEP-ME</a>", 1, 0, 0);
        row("javascript href with tab", "<a href=\"jav&#x09;ascript:fetch('http://evil.example')\">KEEP-ME</a>", 1, 0, 0);
        row("a ping", "<a href=\"https://ok.example/\" ping=\"http://evil.example/ping\">KEEP-ME</a>", 0, 1, 0);
        row("iframe", "<iframe src=\"http://evil.example/f.html\"></iframe>KEEP-ME", 0, 1, 1);
        row("iframe srcdoc", "<iframe srcdoc=\"<img src=http://evil.example/y.png>\"></iframe>KEEP-ME", 0, 0, 1);
        row("iframe data", "<iframe src=\"data:text/html,<script>fetch('http://evil.example')</script>\"></iframe>KEEP-ME", 0, 1, 1);
        row("frameset", "<frameset><frame src=\"http://evil.example/a\"><frame src=\"http://evil.example/b\"></frameset>", 0, 2, 3);
        row("object embed applet",
            "<object data=\"http://evil.example/o.swf\"><param name=\"movie\" value=\"http://evil.example/o.swf\"></object>"
            "<embed src=\"http://evil.example/e.swf\"><applet code=\"X.class\" codebase=\"http://evil.example/\"></applet>KEEP-ME",
            0, 4, 3);
        row("video audio",
            "<video poster=\"http://evil.example/p.jpg\" src=\"http://evil.example/v.mp4\"><source src=\"http://evil.example/v.webm\">"
            "<track src=\"http://evil.example/t.vtt\"></video><audio src=\"http://evil.example/a.mp3\"></audio>KEEP-ME",
            0, 5, 2);
        row("svg script and image",
            "<svg><script>fetch('http://evil.example')</script><image href=\"http://evil.example/i.png\"/>"
            "<use xlink:href=\"http://evil.example/u.svg#a\"/></svg>KEEP-ME",
            1, 2, 1);
        row("math", "<math><mi xlink:href=\"http://evil.example/m\">x</mi></math>KEEP-ME", 0, 1, 1);
        row("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">KEEP-ME", 0, 0, 1);
        row("base href", "<base href=\"http://evil.example/\"><img src=\"x.png\">KEEP-ME", 0, 1, 1);
        row("form",
            "<form action=\"http://evil.example/login\" method=\"post\"><input type=\"password\" name=\"p\">"
            "<input type=\"submit\" value=\"Sign in\"><button formaction=\"http://evil.example/b\">Go</button></form>KEEP-ME",
            0, 0, 4);
        row("input image", "<input type=\"image\" src=\"http://evil.example/btn.png\">KEEP-ME", 0, 1, 1);
        row("textarea select", "<textarea>KEEP-ME</textarea><select><option>a</option></select>", 0, 0, 2);
        row("vml",
            "<v:image src=\"http://evil.example/v.png\"/><v:rect fillcolor=\"red\"><v:fill "
            "src=\"http://evil.example/f.png\"/><o:p>KEEP-ME</o:p></v:rect>",
            0, 2, 0);
        row("portal", "<portal src=\"http://evil.example/p\"></portal>KEEP-ME", 0, 1, 1);
        row("body background", "<body background=\"http://evil.example/bg.jpg\">KEEP-ME</body>", 0, 1, 0);
        row("table background",
            "<table background=\"http://evil.example/t.jpg\"><tr><td background=\"http://evil.example/td.jpg\">KEEP-ME</td></tr></table>",
            0, 2, 0);
        row("noscript", "<noscript><img src=\"http://evil.example/n.gif\"></noscript>KEEP-ME", 0, 1, 0);
        row("template", "<template><img src=\"http://evil.example/t.png\"></template>KEEP-ME", 0, 1, 0);
        row("bgsound", "<bgsound src=\"http://evil.example/s.mid\">KEEP-ME", 0, 1, 1);
        row("html manifest", "<html manifest=\"http://evil.example/m.appcache\"><body>KEEP-ME", 0, 1, 0);
        row("xmp text", "<xmp><img src=http://evil.example/x.png></xmp>KEEP-ME", 0, 0, 0);
        row("comment", "<!-- <img src=\"http://evil.example/c.png\"> -->KEEP-ME", 0, 0, 0);
        row("conditional comment", "<!--[if mso]><v:image src=\"http://evil.example/m.png\"/><![endif]-->KEEP-ME", 0, 0, 0);
        row("fake shoal class", "<span class=\"shoal-badge x\" id=\"shoal-1\">KEEP-ME</span>", 0, 0, 0);
    }

    void hostileSnippets()
    {
        QFETCH(QString, html);
        QFETCH(int, scripts);
        QFETCH(int, blocked);
        QFETCH(int, active);
        const SanitizedHtml result = sanitizeMailHtml(html);
        VERIFY_INERT(result.html);
        const Inspection inspection = inspect(result.html);
        if (html.contains(QLatin1String("KEEP-ME")))
            QVERIFY2(inspection.text.contains(QLatin1String("KEEP-ME")), qPrintable(result.html));
        QCOMPARE(result.counts.removedScripts, scripts);
        QCOMPARE(result.counts.blockedRemoteResources, blocked);
        QCOMPARE(result.counts.removedActiveContent, active);
        QVERIFY(!result.shownAsText);
        QVERIFY(!result.html.contains(QLatin1String("shoal-badge x")));
        QVERIFY(!result.html.contains(QLatin1String("id=\"shoal-1\"")));
    }

    void cidImagesPointToShoalParts()
    {
        const SanitizedHtml result = sanitizeMailHtml(QStringLiteral("<img src=\"cid:logo@x.example\" alt=\"Logo\" width=\"120\">"
                                                                     "<div style=\"background:url('cid:bg 1@x')\">t</div>"
                                                                     "<img src=\"CID:Upper\">"));
        VERIFY_INERT(result.html);
        QVERIFY(result.html.contains(QLatin1String("<img src=\"shoal-part:logo%40x.example\" alt=\"Logo\" width=\"120\">")));
        QVERIFY(result.html.contains(QLatin1String("style=\"background:url(&quot;shoal-part:bg%201%40x&quot;)\"")));
        QVERIFY(result.html.contains(QLatin1String("<img src=\"shoal-part:Upper\">")));
        QCOMPARE(result.counts.inlineImages, 3);
        QCOMPARE(result.counts.blockedRemoteResources, 0);
    }

    void dataImages_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("kept");
        QTest::newRow("png") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=")
                             << QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
        QTest::newRow("jpg spelling, spaces") << QStringLiteral("DATA:image/JPG;base64, /9j/ 4AA=")
                                              << QStringLiteral("data:image/jpeg;base64,/9j/4AA=");
        QTest::newRow("gif with a parameter") << QStringLiteral("data:image/gif;name=x.gif;base64,R0lGODlh")
                                              << QStringLiteral("data:image/gif;base64,R0lGODlh");
        QTest::newRow("svg refused") << QStringLiteral("data:image/svg+xml;base64,PHN2Zz4=") << QString();
        QTest::newRow("not base64") << QStringLiteral("data:image/png,%89PNG") << QString();
        QTest::newRow("quote in payload") << QStringLiteral("data:image/png;base64,AAAA\"onerror=x") << QString();
        QTest::newRow("html") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << QString();
        QTest::newRow("over the size cap") << QStringLiteral("data:image/png;base64,") + QString(40, QLatin1Char('A')) << QString();
    }

    void dataImages()
    {
        QFETCH(QString, src);
        QFETCH(QString, kept);
        SanitizeOptions options;
        options.maxDataImageBytes = 24;
        const SanitizedHtml result = sanitizeMailHtml(QStringLiteral("<img src=\"%1\">").arg(src.toHtmlEscaped()), options);
        VERIFY_INERT(result.html);
        if (kept.isEmpty()) {
            QVERIFY(!result.html.contains(QLatin1String("<img")));
            QVERIFY(result.html.contains(QLatin1String("class=\"shoal-blocked-image\"")));
            QCOMPARE(result.counts.dataImages, 0);
            QCOMPARE(result.counts.blockedRemoteResources, 1);
        } else {
            QVERIFY2(result.html.contains(QStringLiteral("<img src=\"%1\">").arg(kept)), qPrintable(bodyOf(result.html)));
            QCOMPARE(result.counts.dataImages, 1);
            QCOMPARE(result.counts.blockedRemoteResources, 0);
        }
    }

    void remoteImagesBecomeDefangedPlaceholders()
    {
        const SanitizedHtml result = sanitizeMailHtml(QStringLiteral(
            "<img src=\"https://evil.example/x.png\"><img src=\"http://track.evil.example/p.gif?u=1\" alt=\"pixel\" width=1 height=1>"
            "<img src=\"https://evil.example/logo.png\" alt=\"Logo\" width=\"600\">"));
        VERIFY_INERT(result.html);
        QCOMPARE(bodyOf(result.html),
            QStringLiteral(
                "<span class=\"shoal-blocked-image\" title=\"Remote image, not loaded: hxxps://evil[.]example/x.png\">"
                "[image not loaded] hxxps://evil[.]example/x.png</span>"
                "<span class=\"shoal-blocked-image shoal-compact\" style=\"width:12px;height:12px\" title=\"Remote image, not loaded: "
                "hxxp://track.evil[.]example/p.gif?u=1\">hxxp://track.evil[.]example/p.gif?u=1</span>"
                "<span class=\"shoal-blocked-image\" title=\"Remote image, not loaded: hxxps://evil[.]example/logo.png\">"
                "[image \u201cLogo\u201d not loaded] hxxps://evil[.]example/logo.png</span>"));
        QCOMPARE(result.counts.blockedRemoteResources, 3);
    }

    void linksAreInert_data()
    {
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("badge"); // empty: the link is not misleading
        QTest::newRow("text shows another site")
            << QStringLiteral("<a href=\"https://evil.example/login\">paypal.com</a>") << QStringLiteral("hxxps://evil[.]example/login")
            << QStringLiteral("goes to evil[.]example");
        QTest::newRow("same site, other host") << QStringLiteral("<a href=\"https://paypal.com/x\">https://www.paypal.com/signin</a>")
                                               << QStringLiteral("hxxps://paypal[.]com/x") << QString();
        QTest::newRow("no site in the text") << QStringLiteral("<a href=\"https://evil.example/\">Click here</a>")
                                             << QStringLiteral("hxxps://evil[.]example/") << QString();
        QTest::newRow("e-mail text, other mailto")
            << QStringLiteral("<a href=\"mailto:help@evil.example\">support@paypal.com</a>")
            << QStringLiteral("mailto:help[@]evil[.]example") << QStringLiteral("goes to evil[.]example");
        QTest::newRow("lookalike suffix") << QStringLiteral("<a href=\"https://amazon.co.jp.evil.example/\">www.amazon.co.jp</a>")
                                          << QStringLiteral("hxxps://amazon.co.jp.evil[.]example/")
                                          << QStringLiteral("goes to amazon.co.jp.evil[.]example");
        QTest::newRow("text split over elements") << QStringLiteral("<a href=\"http://192.0.2.7/a\"><span><b>paypal</b>.com</span></a>")
                                                  << QStringLiteral("hxxp://192.0.2[.]7/a") << QStringLiteral("goes to 192.0.2[.]7");
        QTest::newRow("case only") << QStringLiteral("<a href=\"http://PAYPAL.COM/\">paypal.com</a>")
                                   << QStringLiteral("hxxp://PAYPAL[.]COM/") << QString();
        QTest::newRow("file name is no site") << QStringLiteral("<a href=\"https://evil.example/invoice.pdf\">invoice.pdf</a>")
                                              << QStringLiteral("hxxps://evil[.]example/invoice.pdf") << QString();
        QTest::newRow("backslashes") << QStringLiteral("<a href=\"https:\\\\evil.example\\x\">bank.example.com</a>")
                                     << QStringLiteral("hxxps://evil[.]example\\x") << QStringLiteral("goes to evil[.]example");
        QTest::newRow("script behind a site") << QStringLiteral("<a href=\"javascript:go()\">https://bank.example.com</a>")
                                              << QStringLiteral("(script removed)") << QStringLiteral("goes to (script removed)");
        QTest::newRow("URL inside the URL") << QStringLiteral(
            "<a href=\"https://r.example/u?to=https://evil.example/x&amp;b=http://a.evil.example\">Click</a>")
                                            << QStringLiteral("hxxps://r[.]example/u?to=hxxps://evil[.]example/x&b=hxxp://a.evil[.]example")
                                            << QString();
        QTest::newRow("IDN both forms") << QStringLiteral("<a href=\"https://xn--r8jz45g.jp/\">\u4f8b\u3048.jp</a>")
                                        << QStringLiteral("hxxps://xn--r8jz45g[.]jp/") << QString();
    }

    void linksAreInert()
    {
        QFETCH(QString, anchor);
        QFETCH(QString, shown);
        QFETCH(QString, badge);
        const SanitizedHtml result = sanitizeMailHtml(anchor);
        VERIFY_INERT(result.html);
        const QString body = bodyOf(result.html);
        QVERIFY2(body.contains(QStringLiteral("title=\"Link (not followed): %1\" data-shoal-href=\"%1\"").arg(shown.toHtmlEscaped())),
            qPrintable(body));
        QVERIFY(!body.contains(QLatin1String("href=\"http")));
        QCOMPARE(result.counts.links, 1);
        QCOMPARE(result.counts.mismatchedLinks, badge.isEmpty() ? 0 : 1);
        QCOMPARE(body.contains(QLatin1String("shoal-mismatch")), !badge.isEmpty());
        if (!badge.isEmpty())
            QVERIFY2(body.contains(QStringLiteral("\u26a0 %1</span>").arg(badge.toHtmlEscaped())), qPrintable(body));
    }

    void textAndStructureSurvive()
    {
        const QString html
            = QStringLiteral("<html><head><title>t</title><style>p.x{color:#c00;font-size:14px}</style></head>"
                             "<body bgcolor=\"#ffffff\" style=\"margin:0\"><table width=\"600\" cellpadding=\"4\"><tr><td align=\"center\">"
                             "<p class=\"x\">\u3053\u3093\u306b\u3061\u306f\u3001\u4e16\u754c</p><font face=\"MS Gothic\" "
                             "color=\"red\">\u8acb\u6c42\u66f8</font>"
                             "</td></tr></table></body></html>");
        const SanitizedHtml result = sanitizeMailHtml(html);
        VERIFY_INERT(result.html);
        QCOMPARE(bodyOf(result.html),
            QStringLiteral(
                "<style>p.x{color:#c00;font-size:14px}</style><table width=\"600\" cellpadding=\"4\"><tbody><tr><td align=\"center\">"
                "<p class=\"x\">\u3053\u3093\u306b\u3061\u306f\u3001\u4e16\u754c</p><font face=\"MS Gothic\" "
                "color=\"red\">\u8acb\u6c42\u66f8</font>"
                "</td></tr></tbody></table>"));
        QVERIFY(result.html.contains(QLatin1String("<body bgcolor=\"#ffffff\" style=\"margin:0\">")));
        QCOMPARE(result.counts.removedScripts + result.counts.blockedRemoteResources + result.counts.removedActiveContent, 0);
        QVERIFY(result.notes.isEmpty());
    }

    void documentCarriesThePolicy()
    {
        const SanitizedHtml result = sanitizeMailHtml(QStringLiteral("x"));
        QVERIFY(result.html.startsWith(QLatin1String(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
            "'none'; img-src shoal-part: data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'\">")));
        VERIFY_INERT(result.html);
    }

    void cssDecoding_data()
    {
        QTest::addColumn<QString>("css");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("short escape") << QStringLiteral("\\75 rl(") << QStringLiteral("url(");
        QTest::newRow("six digits") << QStringLiteral("\\000075rl(") << QStringLiteral("url(");
        QTest::newRow("literal escape") << QStringLiteral("u\\rl(") << QStringLiteral("url(");
        QTest::newRow("comment") << QStringLiteral("u/* x */rl(") << QStringLiteral("url(");
        QTest::newRow("escaped backslash") << QStringLiteral("\\\\75rl(") << QStringLiteral("75rl(");
        QTest::newRow("hex backslash") << QStringLiteral("\\5c 75rl(") << QStringLiteral("75rl(");
        QTest::newRow("nul and surrogate") << QStringLiteral("\\0 \\d800 x") << QStringLiteral("\ufffd\ufffdx");
        QTest::newRow("line continuation") << QStringLiteral("\"a\\\nb\"") << QStringLiteral("\"ab\"");
        QTest::newRow("unicode") << QStringLiteral("content:\"\\5b57\"") << QStringLiteral("content:\"\u5b57\"");
    }

    void cssDecoding()
    {
        QFETCH(QString, css);
        QFETCH(QString, decoded);
        QCOMPARE(safeview::decodeCss(css), decoded);
    }

    void plainTextIsEscaped()
    {
        const SanitizedHtml result
            = plainTextDocument(QStringLiteral("<script>x</script> & <img src=http://evil.example/a>\n\u65e5\u672c\u8a9e"));
        VERIFY_INERT(result.html);
        QCOMPARE(bodyOf(result.html),
            QStringLiteral("<div class=\"shoal-text\">&lt;script&gt;x&lt;/script&gt; &amp; &lt;img "
                           "src=http://evil.example/a&gt;\n\u65e5\u672c\u8a9e</div>"));
        QVERIFY(result.shownAsText);
    }

    // Hostile shapes: each must finish quickly, keep its text and say what was cut.
    void boundedShapes_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("note");
        const auto repeated = [](const char *piece, int times) { return QString::fromLatin1(piece).repeated(times); };
        QTest::newRow("100,000 nested divs") << repeated("<div>", 100000) + QStringLiteral("DEEP-TEXT")
                                             << QStringLiteral("nests deeper than 400");
        QTest::newRow("100,000 nested tables") << repeated("<table><tr><td>", 100000) + QStringLiteral("DEEP-TEXT")
                                               << QStringLiteral("nests deeper than 400");
        QTest::newRow("unmatched end tags") << repeated("<div></x>", 100000) + QStringLiteral("DEEP-TEXT")
                                            << QStringLiteral("nests deeper than 400");
        QTest::newRow("cells with unclosed divs")
            << repeated("<div><table><tr><td></div>", 30000) + QStringLiteral("DEEP-TEXT") << QStringLiteral("nests deeper than 400");
        QTest::newRow("reopened formatting") << QStringLiteral("<p>") + [] {
            QString html;
            for (int i = 0; i < 20000; ++i)
                html += QStringLiteral("<b id=%1>x</p><p>").arg(i);
            return html;
        }() + QStringLiteral("DEEP-TEXT") << QStringLiteral("more than 250000 elements");
        QTest::newRow("nested unclosed fonts") << repeated("<font>", 50000) + QStringLiteral("DEEP-TEXT")
                                               << QStringLiteral("nests deeper than 400");
        QTest::newRow("unclosed titles") << repeated("<title>", 100000) + QStringLiteral("DEEP-TEXT") << QString();
        QTest::newRow("unclosed comments") << repeated("<!--", 100000) + QStringLiteral("-->DEEP-TEXT") << QString();
        QTest::newRow("many paragraphs") << repeated("<p>a", 300000) + QStringLiteral("DEEP-TEXT")
                                         << QStringLiteral("more than 250000 elements");
    }

    void boundedShapes()
    {
        QFETCH(QString, html);
        QFETCH(QString, note);
        QElapsedTimer timer;
        timer.start();
        const SanitizedHtml result = sanitizeMailHtml(html);
        const qint64 elapsed = timer.elapsed();
        qInfo("%lld ms, %lld chars out", elapsed, qlonglong(result.html.size()));
        QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
        VERIFY_INERT(result.html);
        if (note.isEmpty()) {
            QVERIFY(result.notes.isEmpty());
        } else {
            QVERIFY2(result.notes.join(QLatin1Char(' ')).contains(note), qPrintable(result.notes.join(QLatin1Char('|'))));
        }
        if (!note.contains(QLatin1String("elements")))
            QVERIFY(inspect(result.html).text.contains(QLatin1String("DEEP-TEXT")) || html.contains(QLatin1String("<title>")));
        QVERIFY(result.html.count(QLatin1String("<div")) <= 450);
    }

    void guardKeepsOrdinaryNesting()
    {
        // Real mail nests tables a few dozen deep and leaves <p>, <li> and <td> unclosed: the
        // guard must not touch it.
        QString html;
        for (int i = 0; i < 60; ++i)
            html += QStringLiteral("<table><tr><td><font face=x>");
        for (int i = 0; i < 500; ++i)
            html += QStringLiteral("<p>para<li>item<td>cell<p><b>bold</b>");
        const safeview::GuardedMarkup guarded = safeview::guardMarkup(html, 400, 250000);
        QCOMPARE(guarded.ignoredStartTags, 0);
        QCOMPARE(guarded.html, html);
    }

    void nodeAndSizeCaps()
    {
        SanitizeOptions options;
        options.maxNodes = 100;
        const SanitizedHtml manyNodes = sanitizeMailHtml(QStringLiteral("<p>x</p>").repeated(1000), options);
        QVERIFY(manyNodes.html.count(QLatin1String("<p>")) <= 100);
        QVERIFY(!manyNodes.notes.isEmpty());
        VERIFY_INERT(manyNodes.html);

        options = {};
        options.maxInputChars = 1000;
        const SanitizedHtml longInput = sanitizeMailHtml(QStringLiteral("<p>abc</p>").repeated(1000) + QStringLiteral("TAIL"), options);
        QVERIFY(!longInput.html.contains(QLatin1String("TAIL")));
        QVERIFY(longInput.notes.join(QString()).contains(QLatin1String("longer than")));

        options = {};
        options.maxParserBytes = 64 * 1024;
        const SanitizedHtml overBudget
            = sanitizeMailHtml(QStringLiteral("<div><b>word</b> <img src=\"http://evil.example/x\"></div>").repeated(5000), options);
        QVERIFY(overBudget.shownAsText);
        QVERIFY(overBudget.notes.join(QString()).contains(QLatin1String("too much memory")));
        QCOMPARE(inspect(overBudget.html).text.count(QLatin1String("word")), 5000);
        VERIFY_INERT(overBudget.html);
    }

    // Every real phishing mail of the corpus: the output must be inert by the same reading, and
    // the sanitiser fast.
    void corpusIsInert()
    {
        SHOAL_REQUIRE_CORPUS();
        QDirIterator files(shoal::test::corpusDir() + QStringLiteral("/phishing_pot"), { QStringLiteral("*.eml") }, QDir::Files);
        int withHtml = 0;
        SanitizeCounts total;
        qint64 slowest = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Message message = mime::parseMessage(file.readAll());
            if (message.htmlBody.isEmpty())
                continue;
            ++withHtml;
            QElapsedTimer timer;
            timer.start();
            const SanitizedHtml result = sanitizeMailHtml(message.htmlBody);
            slowest = std::max(slowest, timer.elapsed());
            const Inspection inspection = inspect(result.html);
            QVERIFY2(inspection.problems.isEmpty(),
                qPrintable(file.fileName() + QLatin1String(": ") + inspection.problems.join(QLatin1String("; "))));
            total.removedScripts += result.counts.removedScripts;
            total.blockedRemoteResources += result.counts.blockedRemoteResources;
            total.mismatchedLinks += result.counts.mismatchedLinks;
            total.links += result.counts.links;
            total.inlineImages += result.counts.inlineImages;
        }
        qInfo(
            "%d HTML bodies: %d scripts removed, %d remote references blocked, %d links (%d misleading), %d inline images; slowest %lld ms",
            withHtml, total.removedScripts, total.blockedRemoteResources, total.links, total.mismatchedLinks, total.inlineImages, slowest);
        QVERIFY(withHtml > 1000);
        QVERIFY(total.blockedRemoteResources > 0 && total.mismatchedLinks > 0);
        QVERIFY(slowest < 5000);
    }
};

QTEST_GUILESS_MAIN(HtmlSanitizerTest)
#include "htmlsanitizer_test.moc"
