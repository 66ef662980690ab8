#include "metadata/vocabulary.h"

namespace shoal {

const QList<VocabularyEntry> &verdicts()
{
    static const QList<VocabularyEntry> list = {
        {QStringLiteral("bec-1"), QStringLiteral("ビジネスメール詐欺 タイプ1（取引先との請求書の偽装）"),
         QStringLiteral("BEC type 1 (fake invoice from a business partner)")},
        {QStringLiteral("bec-2"), QStringLiteral("ビジネスメール詐欺 タイプ2（経営者等へのなりすまし）"),
         QStringLiteral("BEC type 2 (impersonating an executive)")},
        {QStringLiteral("bec-3"), QStringLiteral("ビジネスメール詐欺 タイプ3（窃取メールアカウントの悪用）"),
         QStringLiteral("BEC type 3 (abuse of a stolen mail account)")},
        {QStringLiteral("bec-4"), QStringLiteral("ビジネスメール詐欺 タイプ4（社外の権威ある第三者へのなりすまし）"),
         QStringLiteral("BEC type 4 (impersonating an outside authority)")},
        {QStringLiteral("bec-5"), QStringLiteral("ビジネスメール詐欺 タイプ5（詐欺の準備行為と思われる情報の詐取）"),
         QStringLiteral("BEC type 5 (theft of information preparing a fraud)")},
        {QStringLiteral("phishing"), QStringLiteral("フィッシング"), QStringLiteral("Phishing")},
        {QStringLiteral("malware"), QStringLiteral("マルウェア"), QStringLiteral("Malware")},
        {QStringLiteral("spam"), QStringLiteral("スパム"), QStringLiteral("Spam")},
        {QStringLiteral("benign"), QStringLiteral("問題なし"), QStringLiteral("Benign")},
        {QStringLiteral("unknown"), QStringLiteral("未判定"), QStringLiteral("Unknown")},
    };
    return list;
}

const QList<VocabularyEntry> &industries()
{
    static const QList<VocabularyEntry> list = {
        {QStringLiteral("A"), QStringLiteral("農業，林業"), QStringLiteral("Agriculture and forestry")},
        {QStringLiteral("B"), QStringLiteral("漁業"), QStringLiteral("Fisheries")},
        {QStringLiteral("C"), QStringLiteral("鉱業，採石業，砂利採取業"), QStringLiteral("Mining and quarrying of stone and gravel")},
        {QStringLiteral("D"), QStringLiteral("建設業"), QStringLiteral("Construction")},
        {QStringLiteral("E"), QStringLiteral("製造業"), QStringLiteral("Manufacturing")},
        {QStringLiteral("F"), QStringLiteral("電気・ガス・熱供給・水道業"), QStringLiteral("Electricity, gas, heat supply and water")},
        {QStringLiteral("G"), QStringLiteral("情報通信業"), QStringLiteral("Information and communications")},
        {QStringLiteral("H"), QStringLiteral("運輸業，郵便業"), QStringLiteral("Transport and postal activities")},
        {QStringLiteral("I"), QStringLiteral("卸売業，小売業"), QStringLiteral("Wholesale and retail trade")},
        {QStringLiteral("J"), QStringLiteral("金融業，保険業"), QStringLiteral("Finance and insurance")},
        {QStringLiteral("K"), QStringLiteral("不動産業，物品賃貸業"), QStringLiteral("Real estate and goods rental and leasing")},
        {QStringLiteral("L"), QStringLiteral("学術研究，専門・技術サービス業"), QStringLiteral("Scientific research, professional and technical services")},
        {QStringLiteral("M"), QStringLiteral("宿泊業，飲食サービス業"), QStringLiteral("Accommodations, eating and drinking services")},
        {QStringLiteral("N"), QStringLiteral("生活関連サービス業，娯楽業"), QStringLiteral("Living-related and personal services and amusement services")},
        {QStringLiteral("O"), QStringLiteral("教育，学習支援業"), QStringLiteral("Education, learning support")},
        {QStringLiteral("P"), QStringLiteral("医療，福祉"), QStringLiteral("Medical, health care and welfare")},
        {QStringLiteral("Q"), QStringLiteral("複合サービス事業"), QStringLiteral("Compound services")},
        {QStringLiteral("R"), QStringLiteral("サービス業（他に分類されないもの）"), QStringLiteral("Services, not elsewhere classified")},
        {QStringLiteral("S"), QStringLiteral("公務（他に分類されるものを除く）"), QStringLiteral("Government, except elsewhere classified")},
        {QStringLiteral("T"), QStringLiteral("分類不能の産業"), QStringLiteral("Industries unable to classify")},
    };
    return list;
}

const VocabularyEntry *findEntry(const QList<VocabularyEntry> &list, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const VocabularyEntry &entry : list) {
        if (entry.key.compare(wanted, Qt::CaseInsensitive) == 0 || entry.japanese == wanted
            || entry.english.compare(wanted, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace shoal
