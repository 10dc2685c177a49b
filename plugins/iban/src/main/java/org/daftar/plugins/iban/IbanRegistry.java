package org.daftar.plugins.iban;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The countries that use IBANs, with their lengths and layouts: the SWIFT IBAN registry
 * (ISO 13616), release 102 (2026). Countries that only use another country's IBANs (Åland uses
 * FI, Jersey GB, Réunion FR, ...) have no entry of their own.
 */
final class IbanRegistry {

    private static final Map<String, IbanCountry> COUNTRIES = Stream.of(
            IbanCountry.of("AD", 24, "4!n4!n12!c", "an Andorran", "أندورا"),
            IbanCountry.of("AE", 23, "3!n16!n", "an Emirati", "الإمارات"),
            IbanCountry.of("AL", 28, "8!n16!c", "an Albanian", "ألبانيا"),
            IbanCountry.of("AT", 20, "5!n11!n", "an Austrian", "النمسا"),
            IbanCountry.of("AZ", 28, "4!a20!c", "an Azerbaijani", "أذربيجان"),
            IbanCountry.of("BA", 20, "3!n3!n8!n2!n", "a Bosnian", "البوسنة والهرسك"),
            IbanCountry.of("BE", 16, "3!n7!n2!n", "a Belgian", "بلجيكا"),
            IbanCountry.of("BG", 22, "4!a4!n2!n8!c", "a Bulgarian", "بلغاريا"),
            IbanCountry.of("BH", 22, "4!a14!c", "a Bahraini", "البحرين"),
            IbanCountry.of("BI", 27, "5!n5!n11!n2!n", "a Burundian", "بوروندي"),
            IbanCountry.of("BR", 29, "8!n5!n10!n1!a1!c", "a Brazilian", "البرازيل"),
            IbanCountry.of("BY", 28, "4!c4!n16!c", "a Belarusian", "بيلاروسيا"),
            IbanCountry.of("CH", 21, "5!n12!c", "a Swiss", "سويسرا"),
            IbanCountry.of("CR", 22, "4!n14!n", "a Costa Rican", "كوستاريكا"),
            IbanCountry.of("CY", 28, "3!n5!n16!c", "a Cypriot", "قبرص"),
            IbanCountry.of("CZ", 24, "4!n6!n10!n", "a Czech", "التشيك"),
            IbanCountry.of("DE", 22, "8!n10!n", "a German", "ألمانيا"),
            IbanCountry.of("DJ", 27, "5!n5!n11!n2!n", "a Djiboutian", "جيبوتي"),
            IbanCountry.of("DK", 18, "4!n9!n1!n", "a Danish", "الدنمارك"),
            IbanCountry.of("DO", 28, "4!c20!n", "a Dominican", "جمهورية الدومينيكان"),
            IbanCountry.of("EE", 20, "2!n2!n11!n1!n", "an Estonian", "إستونيا"),
            IbanCountry.of("EG", 29, "4!n4!n17!n", "an Egyptian", "مصر"),
            IbanCountry.of("ES", 24, "4!n4!n1!n1!n10!n", "a Spanish", "إسبانيا"),
            IbanCountry.of("FI", 18, "3!n11!n", "a Finnish", "فنلندا"),
            IbanCountry.of("FK", 18, "2!a12!n", "a Falkland Islands", "جزر فوكلاند"),
            IbanCountry.of("FO", 18, "4!n9!n1!n", "a Faroese", "جزر فارو"),
            IbanCountry.of("FR", 27, "5!n5!n11!c2!n", "a French", "فرنسا"),
            IbanCountry.of("GB", 22, "4!a6!n8!n", "a British", "المملكة المتحدة"),
            IbanCountry.of("GE", 22, "2!a16!n", "a Georgian", "جورجيا"),
            IbanCountry.of("GI", 23, "4!a15!c", "a Gibraltar", "جبل طارق"),
            IbanCountry.of("GL", 18, "4!n9!n1!n", "a Greenlandic", "غرينلاند"),
            IbanCountry.of("GR", 27, "3!n4!n16!c", "a Greek", "اليونان"),
            IbanCountry.of("GT", 28, "4!c20!c", "a Guatemalan", "غواتيمالا"),
            IbanCountry.of("HN", 28, "4!a20!n", "a Honduran", "هندوراس"),
            IbanCountry.of("HR", 21, "7!n10!n", "a Croatian", "كرواتيا"),
            IbanCountry.of("HU", 28, "3!n4!n1!n15!n1!n", "a Hungarian", "المجر"),
            IbanCountry.of("IE", 22, "4!a6!n8!n", "an Irish", "أيرلندا"),
            IbanCountry.of("IL", 23, "3!n3!n13!n", "an Israeli", "إسرائيل"),
            IbanCountry.of("IQ", 23, "4!a3!n12!n", "an Iraqi", "العراق"),
            IbanCountry.of("IS", 26, "4!n2!n6!n10!n", "an Icelandic", "آيسلندا"),
            IbanCountry.of("IT", 27, "1!a5!n5!n12!c", "an Italian", "إيطاليا"),
            IbanCountry.of("JO", 30, "4!a4!n18!c", "a Jordanian", "الأردن"),
            IbanCountry.of("KW", 30, "4!a22!c", "a Kuwaiti", "الكويت"),
            IbanCountry.of("KZ", 20, "3!n13!c", "a Kazakh", "كازاخستان"),
            IbanCountry.of("LB", 28, "4!n20!c", "a Lebanese", "لبنان"),
            IbanCountry.of("LC", 32, "4!a24!c", "a Saint Lucian", "سانت لوسيا"),
            IbanCountry.of("LI", 21, "5!n12!c", "a Liechtenstein", "ليختنشتاين"),
            IbanCountry.of("LT", 20, "5!n11!n", "a Lithuanian", "ليتوانيا"),
            IbanCountry.of("LU", 20, "3!n13!c", "a Luxembourg", "لوكسمبورغ"),
            IbanCountry.of("LV", 21, "4!a13!c", "a Latvian", "لاتفيا"),
            IbanCountry.of("LY", 25, "3!n3!n15!n", "a Libyan", "ليبيا"),
            IbanCountry.of("MC", 27, "5!n5!n11!c2!n", "a Monegasque", "موناكو"),
            IbanCountry.of("MD", 24, "2!c18!c", "a Moldovan", "مولدوفا"),
            IbanCountry.of("ME", 22, "3!n13!n2!n", "a Montenegrin", "الجبل الأسود"),
            IbanCountry.of("MK", 19, "3!n10!c2!n", "a North Macedonian", "مقدونيا الشمالية"),
            IbanCountry.of("MN", 20, "4!n12!n", "a Mongolian", "منغوليا"),
            IbanCountry.of("MR", 27, "5!n5!n11!n2!n", "a Mauritanian", "موريتانيا"),
            IbanCountry.of("MT", 31, "4!a5!n18!c", "a Maltese", "مالطا"),
            IbanCountry.of("MU", 30, "4!a2!n2!n12!n3!n3!a", "a Mauritian", "موريشيوس"),
            IbanCountry.of("NI", 28, "4!a20!n", "a Nicaraguan", "نيكاراغوا"),
            IbanCountry.of("NL", 18, "4!a10!n", "a Dutch", "هولندا"),
            IbanCountry.of("NO", 15, "4!n6!n1!n", "a Norwegian", "النرويج"),
            IbanCountry.of("OM", 23, "3!n16!c", "an Omani", "عُمان"),
            IbanCountry.of("PK", 24, "4!a16!c", "a Pakistani", "باكستان"),
            IbanCountry.of("PL", 28, "8!n16!n", "a Polish", "بولندا"),
            IbanCountry.of("PS", 29, "4!a21!c", "a Palestinian", "فلسطين"),
            IbanCountry.of("PT", 25, "4!n4!n11!n2!n", "a Portuguese", "البرتغال"),
            IbanCountry.of("QA", 29, "4!a21!c", "a Qatari", "قطر"),
            IbanCountry.of("RO", 24, "4!a16!c", "a Romanian", "رومانيا"),
            IbanCountry.of("RS", 22, "3!n13!n2!n", "a Serbian", "صربيا"),
            IbanCountry.of("RU", 33, "9!n5!n15!c", "a Russian", "روسيا"),
            IbanCountry.of("SA", 24, "2!n18!c", "a Saudi", "السعودية"),
            IbanCountry.of("SC", 31, "4!a2!n2!n16!n3!a", "a Seychellois", "سيشل"),
            IbanCountry.of("SD", 18, "2!n12!n", "a Sudanese", "السودان"),
            IbanCountry.of("SE", 24, "3!n16!n1!n", "a Swedish", "السويد"),
            IbanCountry.of("SI", 19, "5!n8!n2!n", "a Slovenian", "سلوفينيا"),
            IbanCountry.of("SK", 24, "4!n6!n10!n", "a Slovak", "سلوفاكيا"),
            IbanCountry.of("SM", 27, "1!a5!n5!n12!c", "a San Marino", "سان مارينو"),
            IbanCountry.of("SO", 23, "4!n3!n12!n", "a Somali", "الصومال"),
            IbanCountry.of("ST", 25, "4!n4!n11!n2!n", "a São Tomé and Príncipe", "ساو تومي وبرينسيب"),
            IbanCountry.of("SV", 28, "4!a20!n", "a Salvadoran", "السلفادور"),
            IbanCountry.of("TL", 23, "3!n14!n2!n", "a Timorese", "تيمور الشرقية"),
            IbanCountry.of("TN", 24, "2!n3!n13!n2!n", "a Tunisian", "تونس"),
            IbanCountry.of("TR", 26, "5!n1!n16!c", "a Turkish", "تركيا"),
            IbanCountry.of("UA", 29, "6!n19!c", "a Ukrainian", "أوكرانيا"),
            IbanCountry.of("VA", 22, "3!n15!n", "a Vatican", "الفاتيكان"),
            IbanCountry.of("VG", 24, "4!a16!n", "a British Virgin Islands", "جزر العذراء البريطانية"),
            IbanCountry.of("XK", 20, "4!n10!n2!n", "a Kosovo", "كوسوفو"),
            IbanCountry.of("YE", 30, "4!a4!n18!c", "a Yemeni", "اليمن"))
            .collect(Collectors.toUnmodifiableMap(IbanCountry::code, Function.identity()));

    private IbanRegistry() {
    }

    /** The country whose IBANs start with {@code code}, if it uses IBANs. */
    static Optional<IbanCountry> country(String code) {
        return Optional.ofNullable(COUNTRIES.get(code));
    }

    static Collection<IbanCountry> countries() {
        return COUNTRIES.values();
    }
}
