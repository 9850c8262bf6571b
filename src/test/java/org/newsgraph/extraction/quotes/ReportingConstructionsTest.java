package org.newsgraph.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.Articles;
import org.newsgraph.extraction.ExtractedArticle;
import org.newsgraph.extraction.ExtractedPerson;
import org.newsgraph.extraction.ExtractedQuote;

/**
 * The quote stage, one construction of Arabic news style per test, on sentences written for the test: {@code check}
 * gives the statements found, " | " between them, each as "speaker: words".
 */
class ReportingConstructionsTest {

    private static void check(String body, String expected) {
        ExtractedArticle a = Articles.extract(body);
        assertEquals(expected, a.quotes().stream().map(q -> {
            ExtractedPerson p = Articles.speaker(a, q);
            return (p == null ? "?" : p.name()) + ": " + q.text().text();
        }).collect(Collectors.joining(" | ")));
    }

    private static List<ExtractedQuote> quotes(String body) {
        return Articles.extract(body).quotes();
    }

    @Test
    void generatedFeminineDualAndPluralFormsAreCues() {
        check("وأوضحت الوزيرة سلمى راشد أن الخطة جاهزة.", "سلمى راشد: الخطة جاهزة");
        check("وترى الحكومة الأردنية أن السوق ستتعافى.", "الحكومة الأردنية: السوق ستتعافى");
    }

    @Test
    void showedSpelledLikeBetweenIsACueOnlyOpeningASentenceWithWa() {
        check("أخبار\n\nوبين محافظ المدينة سالم عياد أن المشاريع ستنجز.", "سالم عياد: المشاريع ستنجز");
        check("أخبار\n\nوبين البلدين علاقات متينة منذ عقود.", "");
        check("أخبار\n\nوقال الوزير سالم عياد إن الخلاف بين الحكومة وبين المعارضة أن يتفاقم قديم.",
                "سالم عياد: الخلاف بين الحكومة وبين المعارضة أن يتفاقم قديم");
    }

    @Test
    void thePrepositionTheCueGovernsRightAfterItOpensTheObjectNotTheSubject() {
        check("أخبار\n\nوقال الوزير سالم عياد إن الوضع مستقر. وأشاد بعمق العلاقات.",
                "سالم عياد: الوضع مستقر | سالم عياد: بعمق العلاقات");
        check("أخبار\n\nورحب سامي بالاتفاق الجديد.", "سامي: بالاتفاق الجديد");
    }

    @Test
    void anAsideOnTheTopicBeforeTheCommaAndComplementizerIsNoPartOfTheStatement() {
        check("وأكد الوزير سالم حداد، اليوم، بشأن التحضيرات للقمة المقبلة في عمان، أن العمل سيكون صعبا.",
                "سالم حداد: العمل سيكون صعبا");
        // with no complementizer after the aside, what follows the preposition is the statement's object
        check("وتحدث الوزير سالم حداد حول التحضيرات للقمة المقبلة في عمان.", "");
    }

    @Test
    void addresseeWithLaBeforeTheComplementizerIsNoPartOfTheStatement() {
        check("أخبار\n\nوأكدت مصادر مطلعة لـ«الأنباء» أن الزيارة تأجلت.", "مصادر مطلعة: الزيارة تأجلت");
        check("أخبار\n\nوأكد الوزير سالم عياد للصحفيين أن الحدود مفتوحة.", "سالم عياد: الحدود مفتوحة");
        check("أخبار\n\nوأكد الوزير سالم عياد لنظيره التونسي كمال الهادي أن الحدود مفتوحة.",
                "سالم عياد: الحدود مفتوحة");
        check("أخبار\n\nوأكد الوزير سالم عياد لجوء الحكومة إلى القضاء.", "سالم عياد: لجوء الحكومة إلى القضاء");
        check("أخبار\n\nوأعلن الوزير سالم عياد من مدينة البصرة أن المشاريع ستنجز.", "سالم عياد: المشاريع ستنجز");
        check("أخبار\n\nوحذر الوزير سالم عياد من أن الوضع خطير.", "سالم عياد: الوضع خطير");
    }

    @Test
    void participleCarriesTheSameSpeakersSecondStatement() {
        check("وقال الوزير نبيل سعد إن الطريق مفتوح، منوها إلى أن العمل بدأ.",
                "نبيل سعد: الطريق مفتوح | نبيل سعد: العمل بدأ");
    }

    @Test
    void prepositionGovernedByTheCueStartsTheStatement() {
        check("وحث وزير الصحة عمر ناجي المواطنين على الالتزام بالتعليمات.", "عمر ناجي: الالتزام بالتعليمات");
    }

    @Test
    void aPrepositionAfterAnObjectBelongsToTheObject() {
        check("وأكد الوزير سامر حلمي أهمية التعاون مع الجيران على أسس ثابتة.",
                "سامر حلمي: أهمية التعاون مع الجيران على أسس ثابتة");
    }

    @Test
    void evaluativeVerbIsAStatementWithLowerConfidence() {
        List<ExtractedQuote> qs = quotes("ورحب الرئيس كريم جابر بالاتفاق الجديد بين البلدين.");
        assertEquals("بالاتفاق الجديد بين البلدين", qs.get(0).text().text());
        assertTrue(qs.get(0).confidence() < 0.7, "evaluative: " + qs.get(0).confidence());
    }

    @Test
    void evaluativeVerbWithoutItsPrepositionIsNoCue() {
        check("وندد الجمهور طويلا في الملعب.", "");
    }

    @Test
    void prepositionAfterAnAsideStillGovernsTheStatement() {
        check("وعبر المسؤول الأوروبي، خلال لقائه الوفد أمس، عن قلقه من التصعيد.",
                "المسؤول الأوروبي: قلقه من التصعيد");
    }

    @Test
    void verbalNounWithItsAgentIsAStatement() {
        check("وجاء القرار غداة تحذير المبعوث الأممي من أن الهدنة مهددة.", "المبعوث الأممي: الهدنة مهددة");
    }

    @Test
    void verbalNounAfterWithStartsASecondStatement() {
        check("ودعا الوزير فادي نصر إلى الهدوء، مع التأكيد على أن الحوار هو الحل.",
                "فادي نصر: الهدوء | فادي نصر: الحوار هو الحل");
    }

    @Test
    void cueWithoutComplementizerBeforeANegation() {
        check("وقال المتحدث باسم الحكومة لا توجد نية لرفع الأسعار.", "المتحدث باسم الحكومة: لا توجد نية لرفع الأسعار");
    }

    @Test
    void complementizerFarAfterAnAddressee() {
        check("وأبلغ الوزير حسام عيد نظراءه العرب أمس خلال اجتماع مغلق استمر ساعات في مقر الجامعة بالعاصمة إن بلاده "
                + "لن تنسحب.", "حسام عيد: بلاده لن تنسحب");
    }

    @Test
    void impersonalPassiveIsTheJournalistsBackground() {
        check("يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.", "");
    }

    @Test
    void sourceNamedAfterTheContent() {
        check("والتقى الوزير نظيره الأردني في عمان، كما ذكر مصدر دبلوماسي.",
                "مصدر دبلوماسي: والتقى الوزير نظيره الأردني في عمان");
    }

    @Test
    void jointSubjectsGiveOneStatementEach() {
        check("وحذرت مصر والأردن من خطورة التصعيد.", "مصر: خطورة التصعيد | الأردن: خطورة التصعيد");
    }

    @Test
    void subjectsPutAfterTheContentWithKullMin() {
        check("وتطالب بالسيادة على الجزيرة كل من قطر والبحرين.",
                "قطر: بالسيادة على الجزيرة | البحرين: بالسيادة على الجزيرة");
    }

    @Test
    void ownVerbInsideAStatementDoesNotNestTheNextParticiple() {
        check("وقال الوزير جاد فارس إنه يتوقع نقاشا صعبا، مضيفا أن بلاده مستعدة.",
                "جاد فارس: إنه يتوقع نقاشا صعبا | جاد فارس: بلاده مستعدة");
    }

    @Test
    void negatedCueIsNoStatement() {
        check("ولم يكشف الوزير عن أسباب القرار.", "");
    }

    @Test
    void colonIntertitleIsAStatementOfItsSpeaker() {
        check("قال وزير المالية سالم حداد إن العجز سينخفض.\nحداد: لا ضرائب جديدة\nوأضاف أن الإنفاق سيستمر.",
                "سالم حداد: العجز سينخفض | سالم حداد: لا ضرائب جديدة | سالم حداد: الإنفاق سيستمر");
    }

    @Test
    void quotedTitleAfterACueIsNotTheStatement() {
        check("وقال المحلل جميل سعد في مقال بعنوان «الطريق الثالث» إن الحل سياسي.", "جميل سعد: الحل سياسي");
    }

    @Test
    void strayMarkDoesNotSwallowTheParagraph() {
        check("وقال الوزير رائد حسن: «لن نتراجع. وزار الوزير المعرض بعد ذلك.", "رائد حسن: لن نتراجع");
    }

    @Test
    void statementEndsBeforeTheJournalistsCircumstantialParticiple() {
        check("وقال الوزير عماد سالم إن الاتفاق سيصمد، حسبما أفادت وكالة الأنباء.", "عماد سالم: الاتفاق سيصمد");
    }

    @Test
    void subjectBeforeAPluralVerbAndItsObject() {
        check("ولم يعرف سبب التأخير، غير أن مسؤولين توقعوا تأجيل الاجتماع.", "مسؤولين: تأجيل الاجتماع");
    }

    @Test
    void statementEndsBeforeTheVehicleItWasMadeIn() {
        check("وأعربت الهيئة الوطنية للبيئة عن قلقها من التلوث، في بيان أصدرته أمس.",
                "الهيئة الوطنية للبيئة: قلقها من التلوث");
    }

    @Test
    void vehicleWithoutACommaStaysInTheStatement() {
        check("وقال الوزير سالم حداد إن الحكومة ستنشر الأرقام في بيان رسمي.",
                "سالم حداد: الحكومة ستنشر الأرقام في بيان رسمي");
    }

    @Test
    void maghrebReportingVerbsTakeAComplementizer() {
        check("وأبرز الوزير كريم العلوي أن الموسم جيد.", "كريم العلوي: الموسم جيد");
        check("وسجل التقرير السنوي للهيئة أن الصادرات تراجعت.", "التقرير السنوي للهيئة: الصادرات تراجعت");
    }

    @Test
    void verbThatRecordsWithoutAComplementizerIsNoCue() {
        check("وسجل الاقتصاد نموا كبيرا هذا العام.", "");
    }

    @Test
    void unprefixedPerfectOfCondemnIsACue() {
        check("ودان الاتحاد الأوروبي الهجوم على القافلة.", "الاتحاد الأوروبي: الهجوم على القافلة");
    }

    @Test
    void honorificWithAPronounIsThePersonNamedBefore() {
        check("أكد سمو الأمير فيصل بن خالد أن المشروع اكتمل.\nوثمن سموه دور الشباب.",
                "فيصل بن خالد: المشروع اكتمل | فيصل بن خالد: دور الشباب");
        check("أكد الرئيس سليم داود أن الحوار مستمر.\nوقال سيادته: \"لن نتراجع\".",
                "سليم داود: الحوار مستمر | سليم داود: لن نتراجع");
    }

    @Test
    void theOtherSidesOpenerInEveryPersonIsNoName() {
        for (String opener : List.of("وبدورهم", "ومن جهتهم", "ومن جانبهما")) {
            ExtractedArticle a = Articles.extract("التقت الوزيرة هدى سالم وفد النقابة.\n" + opener + "، أكد الوفد أن الإضراب مستمر.");
            ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
            assertTrue(p == null || !p.name().contains(opener.substring(1)), opener + " is no name: " + p);
        }
    }

    @Test
    void titleBetweenCommasAfterATitledNameBelongsToTheSpeaker() {
        check("وانتقد النائب سمير داود، عضو لجنة المالية، ارتفاع الأسعار.", "سمير داود: ارتفاع الأسعار");
        check("أكد سمو الشيخ راشد بن سعيد، ولي عهد الإمارة، أن الميناء سيتوسع.", "راشد بن سعيد: الميناء سيتوسع");
    }

    @Test
    void unnamedGroupsOfOrganisationsSpeak() {
        check("وقالت منظمات حقوقية إن المعتقلين محرومون من المحامين.",
                "منظمات حقوقية: المعتقلين محرومون من المحامين");
    }

    @Test
    void participleOfAnotherGenderThanTheInnerSubjectIsTheOuterSpeakers() {
        check("وذكر مسؤول أممي أن المنظمة طلبت فتح ممرات، مضيفا أن المخيمات ممتلئة.",
                "مسؤول أممي: المنظمة طلبت فتح ممرات | مسؤول أممي: المخيمات ممتلئة");
    }

    @Test
    void subjectsAfterKullMinRightAfterTheVerb() {
        check("ودان كل من الاتحاد الأوروبي والجامعة العربية استهداف المدنيين.",
                "الاتحاد الأوروبي: استهداف المدنيين | الجامعة العربية: استهداف المدنيين");
        check("وأكد كل من الأردن ومصر أن الحل سياسي.", "الأردن: الحل سياسي | مصر: الحل سياسي");
    }

    @Test
    void subjectBetweenKanaAndQadBeforeAGovernedPreposition() {
        check("وكانت لجنة المعلمين قد حذرت من انهيار العام الدراسي.", "لجنة المعلمين: انهيار العام الدراسي");
    }

    @Test
    void topicAfterAmmaIsTheSubjectOfTheVerbAfterFa() {
        check("أما الحكومة فاعتبرت أن المبادرة متأخرة.", "الحكومة: المبادرة متأخرة");
        check("أما حزب التجدد فقد اعتبر في بيان أن المبادرة فرصة أخيرة.", "حزب التجدد: المبادرة فرصة أخيرة");
    }

    @Test
    void accordingToMaPassesOverItsVerb() {
        check("وبحسب ما أعلنته وزارة الصحة، فإن المرحلة الأولى تشمل ألف شخص.",
                "وزارة الصحة: المرحلة الأولى تشمل ألف شخص");
        check("وبحسب ما ذكر مصدر مطلع، فإن الاجتماع تأجل.", "مصدر مطلع: الاجتماع تأجل");
    }

    @Test
    void figuresSpeakForWhoeverPublishedThem() {
        check("وحسب معطيات المندوبية السامية للتخطيط، فإن نسبة البطالة بلغت سبعة في المئة.",
                "المندوبية السامية للتخطيط: نسبة البطالة بلغت سبعة في المئة");
    }

    @Test
    void aGroupOfStatesSpeaks() {
        check("وطالبت مجموعة العشرين بإصلاح النظام المالي.", "مجموعة العشرين: بإصلاح النظام المالي");
    }

    @Test
    void anonymityClauseAfterTheSpeakerIsNoName() {
        check("\"الأسعار سترتفع\"، قال تاجر طلب عدم نشر اسمه، \"لكن الطلب قوي\".",
                "تاجر: الأسعار سترتفع | تاجر: لكن الطلب قوي");
    }

    @Test
    void sayingOfANamedSourceClosingTheSentenceMakesItTheSource() {
        check("والحوار هو الطريق الوحيد للحل، على حد قول الوزير سالم حداد.",
                "سالم حداد: والحوار هو الطريق الوحيد للحل");
        check("ويرى الخبراء أن الأسعار سترتفع، على حد تعبير الباحثة هدى نصر.",
                "هدى نصر: ويرى الخبراء أن الأسعار سترتفع");
    }

    @Test
    void sayingWithItsOwnPronounGoesOnWithTheLastSpeaker() {
        check("وقال الوزير سالم حداد إن الخطة جاهزة.\nوالحوار هو الطريق الوحيد، على حد تعبيره.",
                "سالم حداد: الخطة جاهزة | سالم حداد: والحوار هو الطريق الوحيد");
    }

    @Test
    void limitWithoutASayingIsNoSource() {
        check("ووصلت الأزمة إلى حد لا يطاق.", "");
        check("وارتفعت الأسعار إلى حد كبير، حسب وزارة التجارة.", "وزارة التجارة: وارتفعت الأسعار إلى حد كبير");
    }

    @Test
    void agencyAfterAStatementWithItsOwnSpeakerLeavesTheSpeaker() {
        check("وقال الوزير سالم حداد إن الأسعار سترتفع، حسب وكالة الأنباء الرسمية.", "سالم حداد: الأسعار سترتفع");
    }

    @Test
    void longAsideOnTheProgrammeEndsAtItsCommaBeforeTheComplementizer() {
        check("وأضاف الوزير سالم حداد خلال مداخلة هاتفية ببرنامج «صباح الخير» الذي تقدمه المذيعة هدى نصر على فضائية «الأفق»، مساء الأحد، أن الأسعار ستنخفض.",
                "سالم حداد: الأسعار ستنخفض");
    }

    @Test
    void programmeNameInMarksIsNoQuotation() {
        check("وقال الوزير سالم حداد في برنامج «ساعة حوار» إن الأسعار ستنخفض.", "سالم حداد: الأسعار ستنخفض");
        check("وقال الوزير سالم حداد عبر منصة «إكس» إن الأسعار ستنخفض.", "سالم حداد: الأسعار ستنخفض");
    }

    @Test
    void feminineParticipleWithTanweenOrComplementizerIsAnAdverbial() {
        check("واستنكرت نقابة المعلمين قرار الإدارة مؤكدةً أنها ستلجأ إلى القضاء.",
                "نقابة المعلمين: قرار الإدارة | نقابة المعلمين: أنها ستلجأ إلى القضاء");
        check("وأكدت نقابة المعلمين في بيان أن الإضراب مستمر. مؤكدة أنها لن تتراجع.",
                "نقابة المعلمين: الإضراب مستمر | نقابة المعلمين: أنها لن تتراجع");
        check("وسلمت نقابة المعلمين مذكرة احتجاج إلى الإدارة.", "");
    }

    @Test
    void denyingAsFalseIsAStatement() {
        check("وكذبت وزارة الصحة ما تداولته مواقع التواصل عن رفع الأسعار.",
                "وزارة الصحة: ما تداولته مواقع التواصل عن رفع الأسعار");
        check("ولم يكذب الوزير سالم حداد الخبر.", "");
    }

    @Test
    void placeOfTheSpeakerRightAfterItIsNoPartOfTheObject() {
        check("ونفت وزارة العمل في رام الله صدور أي قرار بوقف الإعانات.", "وزارة العمل: صدور أي قرار بوقف الإعانات");
        check("وأكد الوزير سالم حداد أهمية الاستثمار في القاهرة.", "سالم حداد: أهمية الاستثمار في القاهرة");
        check("ونفت وزارة الداخلية في بنغازي صدور أي قرار بإغلاق المعابر.", "وزارة الداخلية: صدور أي قرار بإغلاق المعابر");
    }

    @Test
    void placeCarryingBiBeforeTheComplementizerIsWhereNotWhat() {
        check("وأعلن الوزير سالم حداد بنواكشوط أن الخطة جاهزة.", "سالم حداد: الخطة جاهزة");
        check("وأعلن الوزير سالم حداد بشرم الشيخ أن الخطة جاهزة.", "سالم حداد: الخطة جاهزة");
        // before anything but a complementizer it is the object of a cue governing بـ
        check("وأشاد الوزير سالم حداد بنواكشوط التي استضافت القمة.", "سالم حداد: بنواكشوط التي استضافت القمة");
    }

    @Test
    void anOccasionNamedAfterTheSpeakerWithItsDayIsPassedOverBeforeTheObject() {
        check("دعا رئيس البرلمان سالم حداد في لقاء الخميس الأسبوعي اليوم إلى الحذر من الفوضى.",
                "سالم حداد: الحذر من الفوضى");
        check("وأكد الوزير سالم حداد خلال اجتماع المجلس الدوري أن الموازنة جاهزة.", "سالم حداد: الموازنة جاهزة");
        // inside the statement such words are what is said
        check("وأكد الوزير سالم حداد أن في لقاء الخميس الأسبوعي مصلحة للجميع.", "سالم حداد: في لقاء الخميس الأسبوعي مصلحة للجميع");
    }

    @Test
    void anOccasionSetOffByCommasAfterTheSpeakerIsPassedOverBeforeTheObject() {
        check("أكد الرئيس سالم حداد، لدى لقائه اليوم بمكتبه الوزير فادي منصور، حرص الحكومة على السلام.",
                "سالم حداد: حرص الحكومة على السلام");
        check("وجدد الملك سالم حداد، خلال استقباله وفد البرلمان، دعم بلاده للحوار.", "سالم حداد: دعم بلاده للحوار");
        // an aside that is no occasion stays in the statement
        check("وأكد الوزير سالم حداد، رغم الانتقادات، التزامه بالإصلاح.", "سالم حداد: رغم الانتقادات، التزامه بالإصلاح");
    }

    @Test
    void aClauseDescribingAnUnnamedSourceIsPartOfItsNamingNotAStatement() {
        check("وقالت مصادر مطلعة تحدثت لـ\"الأيام\" إن الاجتماع ألغي.", "مصادر مطلعة: الاجتماع ألغي");
        check("وحسب مصادر دبلوماسية تحدثت للصحيفة، فإن الوفد سيصل غدا.", "مصادر دبلوماسية: الوفد سيصل غدا");
        check("وقال مسؤول في الوزارة طلب عدم ذكر اسمه إن الخطة جاهزة.", "مسؤول في الوزارة: الخطة جاهزة");
        // a source as the subject of its own verb still speaks with it
        check("مصادر دبلوماسية تحدثت عن تقدم في المفاوضات.", "مصادر دبلوماسية: تقدم في المفاوضات");
    }

    @Test
    void afterAnHonorificPronounTheOccasionIsPassedOverBeforeTheObject() {
        check("وأجرى الملك سالم الثاني اتصالا هاتفيا مع الرئيس فادي منصور. وأكد جلالته، خلال الاتصال، أهمية التنسيق.",
                "سالم الثاني: أهمية التنسيق");
        check("وثمن سموه جهود الحكومة.", "?: جهود الحكومة");
    }

    @Test
    void aReportedVerbalNounKeepsItsLemmasObjectAndPreposition() {
        check("ونقل المكتب الإعلامي عن السفير كمال ناصر تأكيده دعم الاتحاد للمصالحة.", "كمال ناصر: دعم الاتحاد للمصالحة");
        check("ونقلت الصحيفة عن مصدر مطلع تحذيره من تصعيد وشيك.", "مصدر مطلع: تصعيد وشيك");
        // a lemma that takes no object still needs its clause
        check("ونقلت الوكالة عن الوزير سالم حداد قوله الحقيقة.", "");
    }

    @Test
    void aParticipleShapedNounWithItsDefiniteGenitiveIsNoCue() {
        check("وشهد الجانبان توقيع عدد من الاتفاقيات ومذكرات التفاهم بين البلدين.", "");
        // after a comma it is the speaker's participle
        check("وأكد الوزير سالم حداد أن الزيارة ناجحة، مؤكدا الموقف الثابت لبلاده.",
                "سالم حداد: الزيارة ناجحة | سالم حداد: الموقف الثابت لبلاده");
    }

    @Test
    void whomOneCongratulatesOrThanksIsTheAddresseeNotTheStatement() {
        check("وهنأ الرئيس سالم حداد نظيره فادي منصور بفوزه في الانتخابات.", "سالم حداد: بفوزه في الانتخابات");
        check("وشكر الوزير سالم حداد الحكومة الأردنية على دعمها المستمر.", "سالم حداد: دعمها المستمر");
        check("وهنأ الرئيس سالم حداد نظيره فادي منصور.", "");
    }

    @Test
    void placeWithAttachedBiAfterTheDayIsWhereItWasSaid() {
        check("أكد وزير الخارجية سالم حداد، يوم الأحد بعمان، أن المحادثات مثمرة.", "سالم حداد: المحادثات مثمرة");
        check("وقال سالم حداد أمس بمدينة القاهرة إن الوفد وصل.", "سالم حداد: الوفد وصل");
        // a ب phrase that is no place is the object of the cue
        check("وأشاد الوزير سالم حداد بالجهود المبذولة.", "سالم حداد: بالجهود المبذولة");
    }

    @Test
    void pronounOwningTheVehicleIsPassedOverWithIt() {
        check("ونفت وزارة الداخلية في بلاغ لها ما تداولته الصفحات عن الهجوم.",
                "وزارة الداخلية: ما تداولته الصفحات عن الهجوم");
        check("ونفت وزارة الداخلية في بلاغ لهيئة الإعلام ما تداولته الصفحات عن الهجوم.",
                "وزارة الداخلية: لهيئة الإعلام ما تداولته الصفحات عن الهجوم");
    }

    @Test
    void disavowingAndSpeakingAboutAreStatements() {
        check("وتنصلت الحكومة الليبية من تصريحات أدلى بها أحد نوابها.",
                "الحكومة الليبية: تصريحات أدلى بها أحد نوابها");
        check("وتحدث الوزير حسان عيسى عن خطة لإصلاح المدارس.", "حسان عيسى: خطة لإصلاح المدارس");
        // "بناء على طلب من": the noun, so "طلب من" is no frame of طلب
        check("وجرى الاتصال بناء على طلب من الوزير حسان عيسى.", "");
        // talking as a noun: no statement
        check("وكان حديث الوزير حسان عيسى طويلا.", "");
    }
    @Test
    void afterInWhichTheNamingIsTheAddresseeOfACueThatTakesOneAndTheSubjectOfOthers() {
        check("ونشرت صحف عربية مقالا لوزير الخارجية سالم عيد يحث فيه الدول المجاورة على الحوار.",
                "سالم عيد: الحوار");
        check("وعقد المجلس اجتماعا أكد فيه الوزير سالم عيد أن الموسم جيد.", "سالم عيد: الموسم جيد");
    }

    @Test
    void cueInARelativeClauseStaysInTheStatement() {
        check("ودعا النائب فراس يونس البلدية إلى وقف ما وصفه بالعبث في أموال المشاريع.",
                "فراس يونس: وقف ما وصفه بالعبث في أموال المشاريع");
        check("وحذرت الوزيرة ريم سعادة من الأزمة التي وصفتها بأنها الأخطر منذ عقد.",
                "ريم سعادة: الأزمة التي وصفتها بأنها الأخطر منذ عقد");
        // a conjoined cue still starts a second statement
        check("وطالب النائب فراس يونس بوقف المشروع، ووصف القرار بالمتسرع.",
                "فراس يونس: بوقف المشروع | فراس يونس: القرار بالمتسرع");
    }

    @Test
    void whatIsDescribedIsPartOfTheDescription() {
        check("ووصف الوزير كمال ناصر المحادثات بالبناءة.", "كمال ناصر: المحادثات بالبناءة");
        check("ووصفت الوزيرة ريم سعادة الإضراب بأنه حق مشروع.", "ريم سعادة: الإضراب بأنه حق مشروع");
    }

    @Test
    void quoteOnlyCueBeforeAColon() {
        check("وقال الوزير هاني سليم: الأسعار مستقرة، وزاد: لا نقص في الطحين.",
                "هاني سليم: الأسعار مستقرة | هاني سليم: لا نقص في الطحين");
        check("وزاد الطين بلة أن الأمطار تأخرت.", "");
        check("وزاد من حدة التوتر أن الجيش أغلق الطريق.", "");
    }

    @Test
    void speakerInMarksBeforeAnAside() {
        check("وأشار \"الخطيب\"، خلال مداخلة هاتفية مع إذاعة محلية، إلى أن المعبر سيفتح.", "الخطيب: المعبر سيفتح");
        check("وشددت \"شركة الرافدين للنقل\"، بعد ساعات من الحادث، على سلامة أسطولها.",
                "شركة الرافدين للنقل: سلامة أسطولها");
        check("وكشف المبعوث الأممي \"ماركو بيلي\"، عن خطة لتبادل الأسرى.", "ماركو بيلي: خطة لتبادل الأسرى");
        // a one-word answer in marks before the journalist's clause is the statement
        check("وعندما سئل الوزير سالم عيد عن الموعد أجاب \"سنرى\"، إلا أنه لم يستبعد التأجيل.",
                "سالم عيد: سنرى | سالم عيد: التأجيل");
    }

    @Test
    void speakerInMarksThenAnAsideWithoutCommaThenAQuotation() {
        check("أخبار\n\nوأضاف «النعيمي» في مؤتمر صحفي عقده أمس، «الحكومة لن ترفع الأسعار هذا العام».",
                "النعيمي: الحكومة لن ترفع الأسعار هذا العام");
        check("أخبار\n\nوقال «الزبيدي» في كلمته أمام المؤتمر، «نحن نمد أيدينا لكل الأطراف».",
                "الزبيدي: نحن نمد أيدينا لكل الأطراف");
        // a term in marks after the aside is no quotation of the speaker
        check("أخبار\n\nوأضاف «النعيمي» في حديثه، «داعش» ما زال ينشط قرب الحدود.", "");
    }

    @Test
    void aVerbSpelledAsACueThatStatesNothingLeavesTheWordsWhole() {
        // "تتابع" (follows, monitors) is the form of "وتابع" (went on): here it states nothing and the clause goes on
        check("أخبار\n\nوأكد المتحدث سالم حداد، أن الأردن وهي تتابع التطورات باهتمام، تطالب بخفض التصعيد.",
                "سالم حداد: الأردن وهي تتابع التطورات باهتمام، تطالب بخفض التصعيد");
        // a second cue that states something still ends the words before it
        check("أخبار\n\nوأكد المتحدث سالم حداد أن الحدود آمنة، وأضاف أن المعابر مفتوحة.",
                "سالم حداد: الحدود آمنة | سالم حداد: المعابر مفتوحة");
        // what the speaker did not say is still the journalist's
        check("أخبار\n\nوقال الوزير سالم حداد إن المفاوضات تقدمت ولكنه لم يذكر موعد الجولة المقبلة.",
                "سالم حداد: المفاوضات تقدمت");
    }

    @Test
    void familyNameAloneBeforeTheOccasionIsTheSpeaker() {
        check("أخبار\n\nوأضاف النعيمي خلال لقائه الصحفيين أن الحكومة لن ترفع الأسعار.",
                "النعيمي: الحكومة لن ترفع الأسعار");
        // a document before the occasion is no person
        check("أخبار\n\nوأوضح التقرير في صفحته الأولى أن الأسعار سترتفع.", "?: الأسعار سترتفع");
    }

    @Test
    void quotationAfterTheCommaClosingALongAsideWithoutColon() {
        check("أخبار\n\nوقال الوزير كريم الساعدي، في مؤتمر صحفي عقده اليوم بمقر الوزارة في العاصمة بغداد، ردا على سؤال حول الحدود الغربية، \"لن نسمح بأي خرق لأراضينا\".",
                "كريم الساعدي: لن نسمح بأي خرق لأراضينا");
        // a name in marks after such an aside stays narration; the complementizer after it gives the words
        check("أخبار\n\nوقال الوزير كريم الساعدي، في مؤتمر صحفي عقده اليوم بمقر الوزارة في العاصمة بغداد بحضور ممثلي الصحف المحلية والعربية والأجنبية، \"الحشد\"، إن القوات جاهزة.",
                "كريم الساعدي: القوات جاهزة");
    }

    @Test
    void whatTheSpeakerDidNotSayAfterAConnectorEndsTheStatement() {
        check("وقال الوزير سامي عطا إن المفاوضات تقدمت ولكنه لم يذكر موعد الجولة المقبلة.",
                "سامي عطا: المفاوضات تقدمت");
        // a negation inside the words, after no connector, stays in them
        check("وقال الوزير سامي عطا إن الوفد لم يذكر موعد الجولة المقبلة.",
                "سامي عطا: الوفد لم يذكر موعد الجولة المقبلة");
    }

    @Test
    void mannerOfSayingIsPassedOverBeforeTheObject() {
        check("ونفى الرئيس سالم حداد بشدة وجود أي خلاف مع الحكومة.", "سالم حداد: وجود أي خلاف مع الحكومة");
    }

    @Test
    void theArabicSemicolonIsAComma() {
        check("وقال المسؤول؛ في تصريح صحفي، إن الطريق سيفتح غدا.", "المسؤول: الطريق سيفتح غدا");
        check("وقال الوزير سالم عيد إن الحل، إذا توفرت الإرادة؛ لن يكون إلا سلميا.",
                "سالم عيد: الحل، إذا توفرت الإرادة؛ لن يكون إلا سلميا");
    }

    @Test
    void subjectsJoinedBeforeADualVerbGiveOneStatementEach() {
        check("سالم حداد وفادي منصور يؤكدان أهمية التعاون الاقتصادي\n\nوالتقى الرئيس سالم حداد نظيره فادي منصور أمس.",
                "سالم حداد: أهمية التعاون الاقتصادي | فادي منصور: أهمية التعاون الاقتصادي");
        // a singular verb after two namings has the second for its subject, not both
        check("في عهد سالم حداد وفادي منصور يؤكد الوزير أهمية التعاون.", "الوزير: أهمية التعاون");
    }

    @Test
    void headlineSpeakerAndWhomHeToldIt() {
        check("حداد لـ«الشرق الأوسط»: لا ضرائب جديدة هذا العام\n\nوقال الوزير سالم حداد إن الموازنة جاهزة.",
                "سالم حداد: لا ضرائب جديدة هذا العام | سالم حداد: الموازنة جاهزة");
        check("حداد لن يترشح: الانتخابات بعد شهرين\n\nوقال الوزير سالم حداد إن الموازنة جاهزة.",
                "سالم حداد: الموازنة جاهزة");
    }

    @Test
    void aStatementInWhichItIsSaidSpeaksForWhoeverIssuedIt() {
        check("وأصدرت نقابة المعلمين بيانا جاء فيه أن الإضراب سيستمر.", "نقابة المعلمين: الإضراب سيستمر");
        check("صدر عن وزير الزراعة سالم حداد بيان جاء فيه: الموسم سيكون جيدا.", "سالم حداد: الموسم سيكون جيدا");
        // "in which" after another word than the statement noun is not this construction
        check("وزار الوزير سالم حداد مصنعا جاء فيه العمال من كل المدن.", "");
    }

    @Test
    void theFrontedNounsWordsEndAtTheMainVerb() {
        check("وردا على دعوة الوزير سالم حداد إلى تجميد الأسعار، أكد رئيس النقابة كمال ناصر أن التجميد غير ممكن.",
                "سالم حداد: تجميد الأسعار | كمال ناصر: التجميد غير ممكن");
        // a verb after a comma inside a verb's words stays in them
        check("وقال الوزير سالم حداد إن الحكومة، أكد رئيسها مرارا، لن تتراجع.",
                "سالم حداد: الحكومة، أكد رئيسها مرارا، لن تتراجع");
    }

    @Test
    void anObjectEndsWhereTheNarrationResumesWithKana() {
        check("واستبعد الوزير سالم حداد أي تعديل على الموازنة وكان النائب فراس يونس قد طالب بزيادة الرواتب.",
                "سالم حداد: أي تعديل على الموازنة | فراس يونس: بزيادة الرواتب");
        // after a complementizer the clause with كان may be the speaker's
        check("وأكد الوزير سالم حداد أن الموازنة جاهزة وكانت الحكومة قد أقرتها.",
                "سالم حداد: الموازنة جاهزة وكانت الحكومة قد أقرتها");
    }

    @Test
    void aVerbalNounAfterBeforeOrAfterDatesTheClauseAndStatesNothing() {
        check("أخبار\n\nعقد البرلمان جلسة طارئة بعد الاعتراف الفرنسي بالحكومة الجديدة.", "");
        check("أخبار\n\nوغادر الوفد قبل الإعلان عن النتائج.", "");
        // the noun of the sentence's subject with its content right after it is a statement
        check("أخبار\n\nواكتفى الوزير سالم حداد بالقول إن الاتفاق جاهز.", "سالم حداد: الاتفاق جاهز");
    }

    @Test
    void informingSomeoneOfSomethingIsAStatementOfWhatHeWasToldAndSplitsTheOneBefore() {
        check("أخبار\n\nوأحاط الوزير سالم حداد نظيره علما بدعوة الحكومة إلى الحوار.",
                "سالم حداد: بدعوة الحكومة إلى الحوار");
        check("أخبار\n\nوأكد الوزير سالم حداد لنظيره تضامن بلاده الكامل، وأحاطه علما بدعوة الحكومة إلى الحوار.",
                "سالم حداد: لنظيره تضامن بلاده الكامل | سالم حداد: بدعوة الحكومة إلى الحوار");
        // surrounding a place is no saying
        check("أخبار\n\nوأحاط الجنود بالمبنى من كل الجهات.", "");
    }

    @Test
    void castingDoubtStatesWhatFollowsFiAtOnce() {
        check("أخبار\n\nوشكك الوزير سالم حداد في قدرة الحكومة على الوفاء بوعودها.",
                "سالم حداد: قدرة الحكومة على الوفاء بوعودها");
        check("أخبار\n\nوقال الوزير سالم حداد إن المفاوضات متعثرة، مشككا في جدوى الجولة المقبلة.",
                "سالم حداد: المفاوضات متعثرة | سالم حداد: جدوى الجولة المقبلة");
        // في further on is a circumstance, not what is doubted
        check("أخبار\n\nوشكك الوزير سالم حداد أمس في مؤتمر صحفي بالأرقام المعلنة.", "");
    }

    @Test
    void welcomingAGuestNamedByHisTitleStatesNothing() {
        check("أخبار\n\nورحب الرئيس كريم جابر بالوزير الضيف والوفد المرافق له.", "");
        check("أخبار\n\nورحب الرئيس كريم جابر بالسيد وزير الخارجية، معربا عن تقديره لدور بلاده.",
                "كريم جابر: تقديره لدور بلاده");
        // welcoming a decision or a step is a stance
        check("أخبار\n\nورحب الرئيس كريم جابر بالقرار الأممي الأخير.", "كريم جابر: بالقرار الأممي الأخير");
    }

    @Test
    void aNameStartingWithBaThatTheArticleUsedIsTheSubjectNotThePreposition() {
        check("أخبار\n\nوقال وزير الخارجية البلجيكي مارك بلانشار إن الحوار مستمر. ورحب بلانشار، في اتصال مع نظيره "
                + "الهولندي، بما تحقق من تقدم.", "مارك بلانشار: الحوار مستمر | مارك بلانشار: بما تحقق من تقدم");
        check("أخبار\n\nوقال الوزير مارك بلانشار إن الحوار مستمر. وصرح بلانشار للصحفيين، السبت، أن الطريق طويل.",
                "مارك بلانشار: الحوار مستمر | مارك بلانشار: الطريق طويل");
        // a word glued to بـ that names nobody of the article stays the preposition and its object
        check("أخبار\n\nوقال الوزير مارك بلانشار إن الحوار مستمر. وأشاد ببراعة المفاوضين.",
                "مارك بلانشار: الحوار مستمر | مارك بلانشار: ببراعة المفاوضين");
    }

    @Test
    void aNounOfSayingAfterDuringOrInIsWhereItWasSaid() {
        check("أخبار\n\nوقال الوزير سالم حداد خلال إفادته أمام لجنة المالية انه يتحمل المسؤولية.",
                "سالم حداد: انه يتحمل المسؤولية");
        check("أخبار\n\nوأوضح الوزير سالم حداد في حديثه للقناة الأولى أن القرار سليم.", "سالم حداد: القرار سليم");
    }

    @Test
    void aLongAsideWithProgrammeAndChannelBeforeTheGovernedPreposition() {
        check("أخبار\n\nوأشار الوزير سالم حداد في مداخلة هاتفية لبرنامج «مساء الخير» على قناة «النهار»، أمس "
                + "الأربعاء، إلى أن الموازنة جاهزة.", "سالم حداد: الموازنة جاهزة");
    }

    @Test
    void aShortTitleInMarksInsideTheCircumstanceIsNoQuotation() {
        check("أخبار\n\nوأضاف الوزير سالم حداد في كلمة بمؤتمر \"طريق المستقبل\"، بحضور المحافظ، أنه لا تراجع عن "
                + "الإصلاح.", "سالم حداد: أنه لا تراجع عن الإصلاح");
        // right after the cue the marks still quote
        check("أخبار\n\nوأضاف الوزير سالم حداد \"لا تراجع\"، مؤكدا أن الإصلاح مستمر.",
                "سالم حداد: لا تراجع | سالم حداد: الإصلاح مستمر");
    }

    @Test
    void comparingXToYIsAStatementWhenItsPrepositionFollows() {
        check("أخبار\n\nمن جهته شبه وزير الداخلية كارلوس مورينو تدفق المهاجرين بفيضان نهر جارف.",
                "كارلوس مورينو: تدفق المهاجرين بفيضان نهر جارف");
        // unvocalized شبه is also the noun "quasi"
        check("أخبار\n\nوتقع شبه الجزيرة الكورية بين الصين واليابان.", "");
    }

    @Test
    void reviewingTakesItsObjectAsTheStatement() {
        check("أخبار\n\nواستعرض وزير الخارجية سالم حداد الجهود المبذولة لوقف إطلاق النار.",
                "سالم حداد: الجهود المبذولة لوقف إطلاق النار");
    }

    @Test
    void congratulatingSomeoneOnSomething() {
        check("أخبار\n\nوهنأ الوزير سالم حداد نظيره كمال ناصر على نجاح الانتخابات.", "سالم حداد: نجاح الانتخابات");
    }

    @Test
    void theOpinionOfXLeadsTheStatementAfterFa() {
        check("أخبار\n\nوبرأي وزير المالية سالم حداد فإن الأزمة ستنتهي قريبا.", "سالم حداد: الأزمة ستنتهي قريبا");
    }

    @Test
    void aNounOfSayingRightAfterTheCueOnlyRepeatsIt() {
        check("أخبار\n\nوقال الوزير سالم حداد إن الحوار مستمر. وتابع قوله: \"لدينا مصالح مشتركة\".",
                "سالم حداد: الحوار مستمر | سالم حداد: لدينا مصالح مشتركة");
    }

    @Test
    void anAnnouncedActAfterATitleIsNoName() {
        check("أخبار\n\nوأعلن وزير الداخلية سالم حداد أمس بدء الحملة. وأعلن وزير الداخلية إعادة الضباط إلى الخدمة.",
                "سالم حداد: بدء الحملة | سالم حداد: إعادة الضباط إلى الخدمة");
    }

    @Test
    void twoQuotationsOfTwoCuesInOneSentenceEvenGluedToTheWords() {
        check("أخبار\n\nوقال الوزير سالم حداد إن الحوار مستمر. وقال \"الأمر لا يحتمل التأجيل\" وأضاف \"سنواصل العمل\".",
                "سالم حداد: الحوار مستمر | سالم حداد: الأمر لا يحتمل التأجيل | سالم حداد: سنواصل العمل");
        check("أخبار\n\nوقال الوزير سالم حداد إن الحوار مستمر. وقال\"الأمر لا يحتمل التأجيل\"وأضاف\"سنواصل العمل\".",
                "سالم حداد: الحوار مستمر | سالم حداد: الأمر لا يحتمل التأجيل | سالم حداد: سنواصل العمل");
        // a quoted term inside the narration, no cue after it, is not the statement
        check("أخبار\n\nووصف الوزير سالم حداد \"الخطة الخضراء\" بأنها طموحة.", "سالم حداد: \"الخطة الخضراء\" بأنها طموحة");
    }

    @Test
    void holdingSomeoneResponsibleNeedsTheWordResponsibility() {
        check("أخبار\n\nوحمل الوزير سالم حداد الحكومة السابقة مسؤولية تدهور الأوضاع.",
                "سالم حداد: الحكومة السابقة مسؤولية تدهور الأوضاع");
        check("أخبار\n\nوحمل المتظاهرون لافتات كتبت عليها شعارات.", "");
    }

    @Test
    void aCircumstanceAfterAlaIsNoObjectOfTheCue() {
        check("أخبار\n\nويأتي تأكيد الوزير سالم حداد، على خلفية تقارير نشرتها الصحف.", "");
        check("أخبار\n\nوأكد الوزير سالم حداد، على هامش المؤتمر، على أن الحوار مستمر.", "سالم حداد: الحوار مستمر");
    }

    @Test
    void goingOnIsACueOnlyBeforeAColonOrAQuotation() {
        check("أخبار\n\nوقال الوزير سالم حداد إن الحوار مستمر. وواصل حداد: \"لن نتراجع\".",
                "سالم حداد: الحوار مستمر | سالم حداد: لن نتراجع");
        check("أخبار\n\nوأكد الوزير سالم حداد تواصل دعم بلاده للمبادرة.", "سالم حداد: تواصل دعم بلاده للمبادرة");
        check("أخبار\n\nوقال الوزير سالم حداد حيث يمضي عطلته، بأن الاتصال \"بدأ مبكرا\".",
                "سالم حداد: الاتصال \"بدأ مبكرا\"");
    }

    @Test
    void aRightQuotationMarkGluedToTheCueOpensTheQuotation() {
        check("أخبار\n\nوقال الوزير سالم حداد إن الحوار مستمر. وزاد” لن نتراجع عن الإصلاح حتى “آخر يوم”.",
                "سالم حداد: الحوار مستمر | سالم حداد: لن نتراجع عن الإصلاح حتى “آخر يوم”");
    }

    @Test
    void aSpeakersNameInMarksThenAnAsideThenAColonAndTheQuotation() {
        check("أخبار\n\nوقال الوزير سالم حداد إن الحوار مستمر. وأضاف \"حداد\"، خلال حديثه للصحفيين في المطار: "
                + "\"لن نتراجع\".", "سالم حداد: الحوار مستمر | سالم حداد: لن نتراجع");
    }

    @Test
    void anAdjectiveOfTheTitleBeforeTheName() {
        check("أخبار\n\nوأكد النائب المستقيل سالم حداد، أن \"الموازنة صعبة\".", "سالم حداد: الموازنة صعبة");
    }

    @Test
    void theComplementizerLeftOutBeforeANegationAfterALongAside() {
        check("أخبار\n\nوقال الوزير سالم حداد خلال مؤتمر صحفي عقده مع نظيره أمس، في إطار الحوار بين البلدين، لا شك في "
                + "أن الاتفاق سيصمد.", "سالم حداد: لا شك في أن الاتفاق سيصمد");
        // a negation of the narration after the aside of another cue's object is not this construction
        check("أخبار\n\nوأعلن الوزير سالم حداد، في بيان أمس، عن خطة جديدة.", "سالم حداد: خطة جديدة");
    }

    @Test
    void aSecondSubjectJoinedWithSome() {
        check("أخبار\n\nوحذرت الحكومة الأردنية وبعض دول المنطقة من تزايد الخطر.",
                "الحكومة الأردنية: تزايد الخطر | دول المنطقة: تزايد الخطر");
    }

    @Test
    void aQuotedConditionThenItsAnswerWithFaInna() {
        check("أخبار\n\nوقال الوزير سالم حداد خلال مؤتمر صحفي “إن لم نتفق هذا الأسبوع” فإنه واثق من الاتفاق لاحقا.",
                "سالم حداد: “إن لم نتفق هذا الأسبوع” فإنه واثق من الاتفاق لاحقا");
    }

    @Test
    void theOccasionBeforeTheObjectIsPassedOver() {
        check("أخبار\n\nوثمن الوزير سالم حداد، خلال المقابلة، دور الشباب في الحملة.", "سالم حداد: دور الشباب في الحملة");
        check("أخبار\n\nوأدان الوزير سالم حداد في مداخلته خلال الاجتماع العدوان على المدينة.",
                "سالم حداد: العدوان على المدينة");
    }

    @Test
    void aVerbCarryingItsObjectsPronoun() {
        check("أخبار\n\nوقال الوزير سالم حداد إن الأزمة طويلة. ووصفها حداد بأنها أصبحت كارثية.",
                "سالم حداد: الأزمة طويلة | سالم حداد: بأنها أصبحت كارثية");
        check("أخبار\n\nوقال الوزير سالم حداد إن القرار صدر. واعتبره حداد انجازا للبلاد.",
                "سالم حداد: القرار صدر | سالم حداد: انجازا للبلاد");
        // a verb of saying without an object frame does not take one
        check("أخبار\n\nوقال الوزير سالم حداد إن القرار صدر. وكتبه الوزير بخط يده.", "سالم حداد: القرار صدر");
    }

    @Test
    void theContextAfterFiAndADemonstrativeIsPassedOver() {
        check("أخبار\n\nواستعرض الوزير سالم حداد في هذا الإطار آخر مستجدات الأوضاع.",
                "سالم حداد: آخر مستجدات الأوضاع");
    }

    @Test
    void aBodyTheLexiconDoesNotListNamedWholeInMarks() {
        check("أخبار\n\nوشددت \"الشركة الوطنية لنقل النفط والغاز\"، بعد ساعات من الحادث، على متانة العلاقات.",
                "الشركة الوطنية لنقل النفط والغاز: متانة العلاقات");
    }

    @Test
    void aNamingOpeningTheHeadlineBeforeAnImperfectVerbIsItsSubject() {
        check("الأردن يستنكر اقتحام المسجد\n\nوقال الوزير سالم حداد إن الوضع خطير.",
                "الأردن: اقتحام المسجد | سالم حداد: الوضع خطير");
    }

    @Test
    void aNounOfSayingWithItsPronounIsTheObjectNotAnotherCue() {
        check("أخبار\n\nوأعربت الحكومة الأردنية عن إدانتها واستنكارها الشديدين لاقتحام المسجد.",
                "الحكومة الأردنية: إدانتها واستنكارها الشديدين لاقتحام المسجد");
        check("أخبار\n\nوأعرب الوزير سالم حداد عن إدانته للهجوم.", "سالم حداد: إدانته للهجوم");
    }

    @Test
    void anAsideBetweenDashesAfterTheSpeaker() {
        check("أخبار\n\nوأكدت وزارة الخارجية الأردنية - في بيان أوردته وكالة الأنباء - رفض المملكة للانتهاكات.",
                "وزارة الخارجية الأردنية: رفض المملكة للانتهاكات");
        check("أخبار\n\nوأضاف حداد - في مؤتمر صحفي مشترك مع كمال ناصر الممثل السامي للمنتدى الذي اختتم أعماله، اليوم"
                + " الأربعاء، بمدينة فاس المغربية - أن العالم يحتاج إلى الحكمة.", "حداد: العالم يحتاج إلى الحكمة");
    }

    @Test
    void theOtherSideAfterMinJihatihiInsideTheSameSentence() {
        check("أخبار\n\nوقال الوزير سالم حداد إنه يجب وقف التصعيد، من جهته أكد الوزير كمال ناصر أن الحل سياسي.",
                "سالم حداد: إنه يجب وقف التصعيد | كمال ناصر: الحل سياسي");
    }

    @Test
    void theWordsOfADualTitleStartAfterItsComplementAndTheOccasion() {
        check("أخبار\n\nوجرى اتصال هاتفي بين الوزير سالم عياد والوزير كمال الهادي.\nوأعرب وزيرا الخارجية عن ارتياحهما.",
                "سالم عياد: ارتياحهما | كمال الهادي: ارتياحهما");
        check("أخبار\n\nوجرى اتصال هاتفي بين الوزير سالم عياد والوزير كمال الهادي.\nوأكد وزيرا خارجية تونس والجزائر "
                + "أن الحدود آمنة.", "سالم عياد: الحدود آمنة | كمال الهادي: الحدود آمنة");
        check("أخبار\n\nوجرى اتصال هاتفي بين الوزير سالم عياد والوزير كمال الهادي.\nوأكد الوزيران خلال الاتصال "
                + "متانة العلاقات.", "سالم عياد: متانة العلاقات | كمال الهادي: متانة العلاقات");
    }

    @Test
    void theComplementOfAnUnnamedSourcesQualifierIsWhereItStandsNotItsWords() {
        check("أخبار\n\nوأكد مصدر مطلع على سير المحادثات بين الحكومة و\"جبهة الإنقاذ\"، أن الاتفاق قريب.",
                "مصدر مطلع: الاتفاق قريب");
        check("أخبار\n\nوأكدت مصادر مقربة من الرئاسة أن الزيارة تأجلت.", "مصادر مقربة: الزيارة تأجلت");
        check("أخبار\n\nوقالت مصادر على صلة بالملف إن الجولة المقبلة ستعقد في مسقط.",
                "مصادر: الجولة المقبلة ستعقد في مسقط");
        // without a comma or complementizer closing it, "على" is the cue's own preposition
        check("أخبار\n\nوشدد مصدر مطلع على ضرورة التهدئة.", "مصدر مطلع: ضرورة التهدئة");
    }

    @Test
    void liBeforeTheImperfectOfAReportingVerbIsACue() {
        check("وانتهت الجلسة مساء أمس.\nليرد الوزير سالم حداد: \"الخطة جاهزة\".", "سالم حداد: الخطة جاهزة");
        check("وعاد الوزير سالم حداد إلى عمان أمس، ليؤكد أن المفاوضات مستمرة.", "سالم حداد: المفاوضات مستمرة");
        // ل before a word that is no reporting verb is no cue
        check("وقال الوزير سالم حداد لليلى إن المفاوضات مستمرة.", "سالم حداد: المفاوضات مستمرة");
    }

    @Test
    void theWordsOfAFinalStatementStartAfterItsWholeNamingNotInsideIt() {
        check("وأكد البيان الختامي للدورة الثلاثين العادية للقمة العربية على ضرورة دعم الاستقرار.",
                "البيان الختامي للدورة الثلاثين العادية للقمة العربية: ضرورة دعم الاستقرار");
        check("وأكد البيان الختامي للقمة الـ40 في الرياض أن الوحدة ضرورية.", "البيان الختامي للقمة الـ40: الوحدة ضرورية");
        check("وشدد بيان القاهرة الختامي على أهمية الحوار.", "بيان القاهرة الختامي: أهمية الحوار");
    }

    @Test
    void concludingWithAClause() {
        check("أخبار\n\nوختم الوزير سالم حداد أن القضية الفلسطينية في المقدمة.",
                "سالم حداد: القضية الفلسطينية في المقدمة");
        // the seal of a document states nothing
        check("أخبار\n\nوحمل البيان ختم الوزارة الرسمي.", "");
    }

    @Test
    void aCueStatingThroughItsPrepositionAfterANameAndADaySetOffByCommas() {
        check("أخبار\n\nندد الرئيس الروسي، فلاديمير بوتين، اليوم الإثنين، بسياسات كييف.",
                "فلاديمير بوتين: بسياسات كييف");
        // no preposition after the asides: the welcome states nothing
        check("أخبار\n\nرحب الرئيس الروسي، فلاديمير بوتين، اليوم الإثنين، في الكرملين.", "");
    }

    @Test
    void aTitleOpeningTheSentenceBeforeAVerbWithAnAddresseeSpeaks() {
        check("رئيس البرلمان الجديد يدعو الحكومة إلى العودة إلى العاصمة\n\nوصل الوفد إلى المدينة.",
                "رئيس البرلمان الجديد: العودة إلى العاصمة");
        // a body opening the sentence speaks as before, the naming after the verb addressed
        check("الخارجية تدعو المواطنين إلى الحذر\n\nوصل الوفد إلى المدينة.", "وزارة الخارجية: الحذر");
    }

    @Test
    void aQuotationInTheParagraphAfterACueAndItsColonIsTheCuesStatement() {
        check("أخبار\n\nوبعد اللقاء، تحدث المبعوث الأمريكي فادي حداد للإعلاميين :\n\n“لقد أجريت لقاء مثمرا مع الرئيس”.\n\n"
                + "وأضاف: ”ولكن القرار يبقى قرار الأطراف”.",
                "فادي حداد: لقد أجريت لقاء مثمرا مع الرئيس | فادي حداد: ولكن القرار يبقى قرار الأطراف");
    }

    @Test
    void theAdverbialParticipleOfExpressingStartsWordsOfItsOwnButTheCrossingIsNoCue() {
        check("أخبار\n\nوشدد الوزير رامي نصار على أن الحوار هو المخرج، معبرا عن شكره للشركاء على دعمهم.",
                "رامي نصار: الحوار هو المخرج | رامي نصار: شكره للشركاء على دعمهم");
        check("أخبار\n\nوقال الوزير رامي نصار إن معبر الحدود سيفتح غدا أمام المسافرين.",
                "رامي نصار: معبر الحدود سيفتح غدا أمام المسافرين");
    }

    @Test
    void aSourceAfterAccordingToWhatItReportedSpeaksTheWordsOnTheOtherSideOfTheComma() {
        check("أخبار\n\nبحث الجانبان التطورات الأخيرة في المنطقة، وفق ما ذكرته وزارة الخارجية في بيان.",
                "وزارة الخارجية: بحث الجانبان التطورات الأخيرة في المنطقة");
        check("أخبار\n\nووفقا لما ذكرته وزارة الخارجية في بيان لها، بحث الجانبان التطورات الأخيرة في المنطقة.",
                "وزارة الخارجية: بحث الجانبان التطورات الأخيرة في المنطقة");
        // what a paper reported, as the subject of a sentence, is no report of its own
        check("أخبار\n\nما ذكرته الصحيفة غير صحيح.", "");
    }

    @Test
    void aHopeIsNoStatement() {
        check("أخبار\n\nوأعرب الوزير سالم حداد عن أمله في أن تتوج الأيام المقبلة باتفاق نهائي.", "");
        check("أخبار\n\nوأكد الوزير سالم حداد أن الحوار مستمر، معربا عن أمله في التوصل إلى حل.",
                "سالم حداد: الحوار مستمر");
        // the hope of others, said by the speaker, is his statement
        check("أخبار\n\nوقال الوزير سالم حداد إن أمل الشعوب كبير.", "سالم حداد: أمل الشعوب كبير");
    }

    @Test
    void theRequestNotToBeNamedIsNoStatementAndTheWordsFollowTheComplementizer() {
        check("وأكد مصدر في الحوار طلب عدم ذكر اسمه أن الاتفاق شامل.", "مصدر: الاتفاق شامل");
        // a request that something not be done, with no complementizer after it, is the statement
        check("وطالب الوزير سالم حداد بعدم التصعيد.", "سالم حداد: بعدم التصعيد");
    }

    @Test
    void theWordACueNeedsAheadMayFollowTheSubjectsAppositionAndDay() {
        check("حمّل وزير الخارجية الأردني، سالم حداد، اليوم الأربعاء، الاحتلال مسؤولية التصعيد.",
                "سالم حداد: الاحتلال مسؤولية التصعيد");
        check("وحمل المتظاهرون لافتات، وهتفوا ضد الحكومة.", "");
    }

    @Test
    void notingAdmittingAndPromisingAreStatements() {
        check("ولاحظ الرئيس سالم حداد أن المشاريع الثقافية كثيرة.", "سالم حداد: المشاريع الثقافية كثيرة");
        check("ووعد الوزير سالم حداد بأن المساعدات ستصل.", "سالم حداد: المساعدات ستصل");
        check("وأقر الوزير سالم حداد بأن الأزمة عميقة.", "سالم حداد: الأزمة عميقة");
        // the promise as a noun is no cue
        check("وأكد الوزير سالم حداد أن وعد الحكومة قائم.", "سالم حداد: وعد الحكومة قائم");
    }

    @Test
    void theWordsMayFollowALongOccasionAndItsPeopleAfterTheCue() {
        check("وقال الرئيس سالم حداد في مؤتمر صحفي مساء اليوم الأربعاء مع نظيره الأردني فادي منصور ورئيس الوزراء العراقي"
                + " كريم نصار \"اتفقنا على مذكرة تفاهم مشتركة\".", "سالم حداد: اتفقنا على مذكرة تفاهم مشتركة");
    }

    @Test
    void theWordsOfWhileOpenTheNextClauseAndItsStatement() {
        check("وأعلن الوزير سالم حداد أن الهدنة صامدة، في حين أكد المتحدث فادي منصور أن الخروقات مستمرة.",
                "سالم حداد: الهدنة صامدة | فادي منصور: الخروقات مستمرة");
        check("وأعلن الوزير سالم حداد أن الهدنة صامدة، في وقت كشفت فيه مصادر مطلعة عن خروقات.",
                "سالم حداد: الهدنة صامدة | مصادر مطلعة: خروقات");
        // "الوقت" in the words is no connector
        check("وقال الوزير سالم حداد إن الوقت حان للحوار.", "سالم حداد: الوقت حان للحوار");
    }

    @Test
    void aReportingVerbWithItsOwnSubjectAfterACommaIsTheMainVerb() {
        // "وفي ندوة أعلن خلالها X عن Y، أوضح Z أن": the fronted clause's words end at the comma
        check("أخبار\n\nوفي ندوة صحفية أعلن خلالها الوزير سالم حداد عن فتح المعبر، أوضح رئيس الحكومة فادي منصور أن القرار نهائي.",
                "سالم حداد: فتح المعبر | فادي منصور: القرار نهائي");
        // a verb after a comma without a subject of its own continues the words
        check("أخبار\n\nوأعلن الوزير سالم حداد عن فتح المعبر، وأوضح أن القرار نهائي.",
                "سالم حداد: فتح المعبر | سالم حداد: القرار نهائي");
    }

    @Test
    void theNounOfSayingAfterAVerbOfComingLeadsNoStatement() {
        // "وجاء الإعلان عن ... خلال مؤتمر صحفي": where the words already reported were said
        check("أخبار\n\nأعلن الوزير سالم حداد أن المعبر سيفتح غدا.\nوجاء الإعلان عن هذه الخطوة خلال مؤتمر صحفي.",
                "سالم حداد: المعبر سيفتح غدا");
        check("أخبار\n\nأعلن الوزير سالم حداد أن المعبر سيفتح غدا.\nوجاءت الدعوة إلى الحوار خلال لقاء مع الصحفيين.",
                "سالم حداد: المعبر سيفتح غدا");
    }

    @Test
    void expressingTheHopeIsNoStatement() {
        check("أخبار\n\nوأكد الوزير سالم حداد أن المعبر سيفتح، معبرا عن الأمل في أن يتوسع التبادل.",
                "سالم حداد: المعبر سيفتح");
    }

    @Test
    void theComplementizerAfterTheAsidesOpensTheWords() {
        // an apposition and a time between commas before أن are asides, not the object of the cue
        check("أخبار\n\nوشدد الوزير سالم حداد، في لقاء صحفي مع نظيره الأمريكي، جون براون، عقب محادثات أجرياها، أن الحل قريب.",
                "سالم حداد: الحل قريب");
        check("أخبار\n\nوأكد الوزير سالم حداد، العاصمة السورية دمشق، أن الحل قريب.", "سالم حداد: الحل قريب");
        // a conjoined أن after a comma continues an object already stated
        check("أخبار\n\nوأكد الوزير سالم حداد دعم بلاده للحوار، وأن الحل قريب.",
                "سالم حداد: دعم بلاده للحوار، وأن الحل قريب");
    }

    @Test
    void anAdverbialParticipleOpeningASentenceContinuesTheSpeaker() {
        // outlets that close the clause with a point before "مشيرا"
        check("أخبار\n\nورحب الوزير سالم حداد بالضيوف. مشيرا إلى أن هذا الاجتماع هو الثالث.",
                "سالم حداد: بالضيوف | سالم حداد: هذا الاجتماع هو الثالث");
        // a noun of the same shape opening a sentence is no cue
        check("أخبار\n\nورحب الوزير سالم حداد بالضيوف. مدير المكتب حاضر.", "سالم حداد: بالضيوف");
    }
}
