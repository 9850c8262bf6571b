package org.newsgraph.extraction.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.Articles;
import org.newsgraph.extraction.ExtractedPerson;

/** The people an invented article names, one construction per test. */
class NameCollectorTest {

    private static void check(String body, String... names) {
        List<String> got = Articles.extract(body).people().stream().map(ExtractedPerson::name).sorted().toList();
        assertEquals(List.of(names).stream().sorted().toList(), got, body);
    }

    @Test
    void aTitleWordAfterADefiniteNounIsItsAdjectiveNotAPerson() {
        check("وختم الوزير كريم سعيد المؤتمر الصحفي بالحديث عن الاقتصاد.", "كريم سعيد");
        check("وغادر الوفد الإعلامي القاعة بعد الجلسة.");
        // an event noun is definite by its possessive pronoun too
        check("وقال المتحدث سامي نعمان في مؤتمره الصحفي الأسبوعي إن الزيارة ناجحة.", "سامي نعمان");
    }

    @Test
    void aHoldersFamilyNameAfterATitleAndGivenNameHoldsBeforeAVerb() {
        check("وقال الوزير حسن عادل إن الرئيس كريم النعيمي استقبلنا بحفاوة في عمان.", "حسن عادل", "كريم النعيمي");
        check("وقال الرئيس كريم العام الماضي إن الاقتصاد نما.", "كريم"); // a time word, no family name
    }

    @Test
    void aTitleAfterACommaThatNamesItsOwnHolderIsNoAppositionOfTheWordBefore() {
        check("واستقبل الوزير حسن عادل في القصر، رئيس الحكومة الأسبق كريم منصور.", "حسن عادل", "كريم منصور");
        check("وقال أنتوني بلينكن، وزير الخارجية الأمريكي، إن الحل قريب.", "أنتوني بلينكن");
    }

    @Test
    void aTitleAfterAVerbStillNamesItsHolder() {
        check("وقال الصحفي عمر داود إن الطريق مغلق.", "عمر داود");
    }

    @Test
    void theObjectOfAnImperfectVerbAfterItsSubjectIsNoName() {
        check("ولي العهد يشيد بعمق العلاقات مع الأردن\n\nأشاد ولي العهد الأمير سالم بن فهد بعمق العلاقات بين البلدين.",
                "سالم بن فهد");
        check("الرئيس يؤكد متانة الروابط\n\nأكد الرئيس سامي نعمان متانة الروابط بين البلدين.", "سامي نعمان");
        check("ويؤكد الوزير كريم سعيد أن الطريق مغلق.", "كريم سعيد");
        check("ولا يستبعد الوزير كريم سعيد تأجيل الانتخابات.", "كريم سعيد");
    }

    @Test
    void theObjectCarryingThePrepositionTheCueGovernsIsNoName() {
        check("وقال الوزير سالم عياد إن الوضع مستقر، وأشاد بعمق العلاقات بين البلدين.", "سالم عياد");
        check("وأشاد الوزير سالم عياد بعمق العلاقات بين البلدين.", "سالم عياد");
    }

    @Test
    void aTenthFormVerbAfterABareTitleIsNoName() {
        check("استقبل الرئيس كريم منصور نظيره البرتغالي.\nوقال حسن عادل إن الرئيس استهل اللقاء بالترحيب بضيفه.",
                "كريم منصور", "حسن عادل", "نظيره البرتغالي");
        check("وقال الرئيس استيفان دوبري إن الحوار مستمر.", "استيفان دوبري"); // a name in است with a vowel
    }

    @Test
    void anEventAfterFiEndsTheTitle() {
        check("وأكد وزير خارجية النرويج في لقائه رئيس الوزراء أن بلاده تدعم الحوار.", "وزير خارجية النرويج", "رئيس الوزراء");
    }

    @Test
    void aForeignGivenNameEndingInYehHehIsAName() {
        check("وقال المتحدث باسم الرئاسة خوسيه لوبيز إن الحوار مستمر.", "خوسيه لوبيز");
        check("وقال الوزير أندريه مارتان إن الحوار مستمر.", "أندريه مارتان");
        // written with ة it is an abstract noun, no name
        check("وقال الوزير تنمية البلاد أولوية.");
    }

    @Test
    void aTitleWordAfterAnEventNounIsItsAdjectiveNoPerson() {
        check("عقدت الوزيرة هدى نصر مؤتمرها الصحفي التقليدي المعروف في عمان وتحدثت عن ملفات مهمة.", "هدى نصر");
        check("وفي الموعد المحدد للمؤتمر الصحفي الصيفي جلست الوزيرة هدى نصر في مواجهة الصحفيين.", "هدى نصر");
        // a journalist named after a verb is someone
        check("وقال الصحفي سامر خليل إن الخطة جاهزة.", "سامر خليل");
    }

    @Test
    void aTourAPhotoCreditOrACountIsNoPerson() {
        check("وقال الوزير سالم حداد إنه سيختتم جولته غدا.", "سالم حداد");
        check("وقال الوزير سالم حداد إن عليه أن يزور عددا من البلدان.", "سالم حداد");
        // a name after a title is read as before
        check("وقال الوزير سالم حداد إن الوزير نادر الخطيب سيزور عمان.", "سالم حداد", "نادر الخطيب");
    }

    @Test
    void twoWordsBeforeATitleInAppositionAreANameWhereverTheyStand() {
        check("ويعقد مجلس الأمن اليوم جلسة خاصة، بمشاركة كريم ناصر وزير الخارجية.", "كريم ناصر");
        // a verb with its object, or an event's adjective, before a title is no name
        check("وجاء الإعلان خلال مؤتمر صحفي نظمه وزير الخارجية.", "وزير الخارجية");
    }

    @Test
    void anImperfectWithItsObjectPronounIsNoName() {
        check("ويعقد المجلس جلسة خاصة، وتترأسها فرنسا هذا الشهر.");
    }
}
