package org.newsgraph.extraction.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extraction.tokens.Token;
import org.newsgraph.extraction.tokens.Tokenizer;

/** Noun-phrase parsing alone: the naming read at the start of a text, as "KIND name / title". */
class NounPhraseParserTest {

    private static void check(String text, String expected) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        NounPhrase np = new NounPhraseParser(tokens, text, new PersonRegistry()).parse(0, tokens.size(), true);
        assertEquals(expected, np == null ? "none" : np.kind() + " " + np.name() + " / " + np.title());
    }

    @Test
    void titleThenName() {
        check("وزير الخارجية السعودي عادل الجبير", "PERSON عادل الجبير / وزير الخارجية السعودي");
    }

    @Test
    void nameThenTitleWithoutComma() {
        check("ألان روي الأمين العام للمجلس", "PERSON ألان روي / الأمين العام للمجلس");
    }

    @Test
    void aBodysMembersSpeakTogetherUnderTheBodysName() {
        check("أعضاء مجلس الأمن الدولي، اليوم", "INSTITUTION أعضاء مجلس الأمن / أعضاء مجلس الأمن الدولي");
        // members of no body the lexicon knows are nobody named
        check("أعضاء الوفد", "none");
    }

    @Test
    void aTitleAfterTheNameAndACommaEndsAtTheCuesPreposition() {
        check("سامي نعمان، وكيل الأمين العام للأمم المتحدة على ضرورة الدعم",
                "PERSON سامي نعمان / وكيل الأمين العام للأمم المتحدة");
        check("سامي نعمان، نائب رئيس المجلس الوطني، أن", "PERSON سامي نعمان / نائب رئيس المجلس الوطني");
    }

    @Test
    void theMonarchsIndefiniteTitleEndsHisNameAfterIt() {
        check("الملك سالم الثاني ابن الحسين عاهل المملكة", "PERSON سالم الثاني ابن الحسين / عاهل المملكة");
        check("عاهل البلاد الملك سالم الثاني", "PERSON سالم الثاني / عاهل البلاد");
    }

    @Test
    void aRepresentativesBlocOrProvinceAfterAnIsPartOfHisTitle() {
        check("النائب عن تحالف الفتح علي تركي إن", "PERSON علي تركي / النائب عن تحالف الفتح");
        check("النائبة عن محافظة نينوى هدى سالم إن", "PERSON هدى سالم / النائبة عن محافظة نينوى");
        check("النائب عن ائتلاف دولة القانون حسن سالم إن", "PERSON حسن سالم / النائب عن ائتلاف دولة القانون");
        // no name after the body: the title alone
        check("النائب عن الكتلة إن", "PERSON null / النائب");
    }

    @Test
    void aTopicOfTalksAfterTheTitleAndCommaIsNoName() {
        check("الوزير الإيراني، ملف المياه والحدود", "PERSON null / الوزير الإيراني");
        check("رئيس الحكومة، قضايا الهجرة", "PERSON null / رئيس الحكومة");
        check("الوزير الإيراني، حسين الصالح", "PERSON حسين الصالح / الوزير الإيراني");
    }

    @Test
    void honorificBeforeTheTitleIsLeftOut() {
        check("معالي وزير المالية سالم حداد", "PERSON سالم حداد / وزير المالية");
    }

    @Test
    void placeOfPostingBelongsToTheTitle() {
        check("السفير الأردني في لندن سامي نعمان", "PERSON سامي نعمان / السفير الأردني في لندن");
    }

    @Test
    void theGovernmentTheHolderServesInBelongsToTheTitle() {
        check("وزير الخارجية في حكومة الوفاق، كمال سيالة، إن", "PERSON كمال سيالة / وزير الخارجية في حكومة الوفاق");
        check("وزير الخارجية في حكومة الوفاق كمال سيالة إن", "PERSON كمال سيالة / وزير الخارجية في حكومة الوفاق");
        // without a holder after it, the body is no part of the naming
        check("وزير الخارجية في حكومة الوفاق إن", "PERSON null / وزير الخارجية");
    }

    @Test
    void aVerbalNounWithTheAccusativeEndingAfterATitleIsNoName() {
        check("الوزير انجازا للبلاد", "PERSON null / الوزير");
        check("الرئيس أوباما إن", "PERSON أوباما / الرئيس");
    }

    @Test
    void theNameOfABodyInMarksCompletesTheTitleWhenItsHolderFollows() {
        check("رئيس «حزب الأمة» سالم حداد إن", "PERSON سالم حداد / رئيس «حزب الأمة»");
        check("الأمين العام لـ«حزب الأمة» سالم حداد إن", "PERSON سالم حداد / الأمين العام لـ«حزب الأمة»");
    }

    @Test
    void aSecondComplementJoinedByWaMayEndLikeAnAdjectiveWithoutBeingAState() {
        check("وزير الشؤون الخارجية والجالية الوطنية بالخارج سالم حداد إن",
                "PERSON سالم حداد / وزير الشؤون الخارجية والجالية الوطنية بالخارج");
        check("وزير الاقتصاد والمالية سالم حداد إن", "PERSON سالم حداد / وزير الاقتصاد والمالية");
        // a state's adjective joined by و names a second holder's nation, no complement
        check("وزير الخارجية الأردني والمصري إن", "PERSON null / وزير الخارجية الأردني");
    }

    @Test
    void feminineTitlesAndGivenNamesWrittenWithTheArticleNameTheHolder() {
        check("المندوبة الأمريكية الدائمة لدى الأمم المتحدة هدى نصر إن", "PERSON هدى نصر / المندوبة الأمريكية الدائمة لدى الأمم المتحدة");
        check("وزير الخارجية الحبيب نصار إن", "PERSON الحبيب نصار / وزير الخارجية");
        // alone after the title it is the holder's family name, as any definite word
        check("الرئيس الحبيب إن", "PERSON الحبيب / الرئيس");
    }

    @Test
    void anOutletsNameRunsOnOverItsEndingAfterItsCorrespondent() {
        check("موفد الفجر نيوز إلى جدة إن", "ANONYMOUS موفد الفجر نيوز / null");
        check("مراسل الجزيرة نت في القاهرة إن", "ANONYMOUS مراسل الجزيرة نت / null");
        // a day after the outlet is no part of its name
        check("مراسل الجزيرة اليوم إن", "ANONYMOUS مراسل الجزيرة / null");
    }

    @Test
    void anotherTitleAfterABareLeadersTitleIsAnotherPerson() {
        check("الملك وزير الخارجية الألماني كارل مولر", "PERSON null / الملك");
        // two offices of one holder stay one title
        check("نائب رئيس الوزراء وزير الخارجية سالم حداد إن", "PERSON سالم حداد / نائب رئيس الوزراء وزير الخارجية");
    }

    @Test
    void aMilitaryRankRunsOnOverItsWordsBeforeTheName() {
        check("رئيس الأركان الفريق أول ركن سالم حداد إن", "PERSON سالم حداد / رئيس الأركان");
        check("قائد القوات البحرية اللواء البحري فادي منصور إن", "PERSON فادي منصور / قائد القوات البحرية");
        // a given name after a rank is the name
        check("قائد الجيش اللواء سالم حداد إن", "PERSON سالم حداد / قائد الجيش");
    }

    @Test
    void aSecondOnBehalfWordAfterTheTitlesComplementIsTheGivenName() {
        check("المتحدث باسم الحكومة باسم نصار إن", "PERSON باسم نصار / المتحدث باسم الحكومة");
        check("المتحدث باسم وزارة الخارجية فادي منصور إن", "PERSON فادي منصور / المتحدث باسم وزارة الخارجية");
    }

    @Test
    void aBodyWhoseOwnNameStandsInMarksAfterItsHeadBelongsToTheTitle() {
        check("رئيس حزب «النهضة» سالم حداد إن", "PERSON سالم حداد / رئيس حزب «النهضة»");
        check("المتحدث باسم حركة \"العدالة\" رامي نصار إن", "PERSON رامي نصار / المتحدث باسم حركة \"العدالة\"");
        check("عضو المكتب السياسي لحركة «الفجر الجديد» سالم حداد إن",
                "PERSON سالم حداد / عضو المكتب السياسي لحركة «الفجر الجديد»");
        check("عضو كتلة «التغيير» النائب هدى نصر إن", "PERSON هدى نصر / عضو كتلة «التغيير» النائب");
        check("القيادي في تيار «الغد» الدكتور رامي نصار إن", "PERSON رامي نصار / القيادي في تيار «الغد»");
        // marks that quote words, not a body's name, after an indefinite noun stay out of the naming
        check("رئيس حزب «لن نقبل بذلك» إن", "PERSON null / رئيس حزب");
        check("عضو المكتب السياسي «قرار خاطئ»", "PERSON null / عضو المكتب السياسي");
    }

    @Test
    void stateAfterAnIndefiniteWordCompletesTheTitle() {
        check("المندوب الدائم لدولة قطر لدى الأمم المتحدة", "PERSON null / المندوب الدائم لدولة قطر لدى الأمم المتحدة");
    }

    @Test
    void multiWordInstitution() {
        check("وزارة الخارجية الأردنية", "INSTITUTION وزارة الخارجية الأردنية / وزارة الخارجية الأردنية");
    }

    @Test
    void capitalSpeaksAsItsState() {
        check("عمان", "INSTITUTION الأردن / عمان");
    }

    @Test
    void unnamedOfficialWithNationality() {
        check("مسؤول أمريكي رفيع المستوى", "ANONYMOUS مسؤول أمريكي رفيع المستوى / null");
    }

    @Test
    void unnamedGroupFromSeveralPlaces() {
        check("دبلوماسيون من آسيا وأوروبا", "ANONYMOUS دبلوماسيون من آسيا وأوروبا / null");
    }

    @Test
    void hamzaAlefIsNoArticle() {
        check("أحمد إبراهيم", "PERSON أحمد إبراهيم / null");
    }

    @Test
    void verbalNounIsNoName() {
        check("التأكيد على الحوار", "none");
    }

    @Test
    void familyNameThatIsAlsoATitleClosesTheNameBeforeAComplementizer() {
        check("هالة السيد إن القانون ظالم", "PERSON هالة السيد / null");
        check("الباحث مروان الأمين، في حديث للصحيفة", "PERSON مروان الأمين / الباحث");
    }

    @Test
    void titleWithItsComplementAfterAGivenNameIsStillATitle() {
        check("يوسف الأمين العام للحزب إن", "PERSON يوسف / الأمين العام للحزب");
    }

    @Test
    void verbalNounAfterAGivenNameIsNoFamilyName() {
        check("سامي التأكيد أن", "PERSON سامي / null");
    }

    @Test
    void nisbaStartingWithTaIsAFamilyName() {
        check("الوزير سامي التميمي في كلمته", "PERSON سامي التميمي / الوزير");
        check("الدكتور حسن الترابي إن", "PERSON حسن الترابي / الدكتور");
    }

    @Test
    void definiteAdjectiveAfterATitleStaysInTheTitle() {
        check("الوزير السابق إن", "PERSON null / الوزير السابق");
    }

    @Test
    void verbAgreeingWithTheNameEndsIt() {
        check("فادي منصور بحثا العلاقات", "PERSON فادي منصور / null");
        check("نظيره كمال ناصر يبحثان التعاون", "PERSON كمال ناصر / نظيره");
    }

    @Test
    void nameEndingInAlefIsNoVerb() {
        check("باراك حسين أوباما إن", "PERSON باراك حسين أوباما / null");
    }

    @Test
    void twoWordNameAfterAConstructComplementIsTheHolderEvenOfAnUnknownPlace() {
        check("محافظ نينوى نوفل العاكوب إن", "PERSON نوفل العاكوب / محافظ نينوى");
        check("محافظ سوهاج عمرو حنفي أن", "PERSON عمرو حنفي / محافظ سوهاج");
    }

    @Test
    void nameAfterATwoWordComplementStaysTheHolder() {
        check("رئيس وزراء جزر المرجان توماس ريلي إن", "PERSON توماس ريلي / رئيس وزراء جزر المرجان");
    }

    @Test
    void secondTitleClosingTheNamingIsTheHoldersRole() {
        check("السفير كمال ناصر المتحدث باسم وزارة الخارجية أن",
                "PERSON كمال ناصر / المتحدث باسم وزارة الخارجية");
        check("السفير كمال ناصر المتحدث باسم وزارة الخارجية، في تصريح",
                "PERSON كمال ناصر / المتحدث باسم وزارة الخارجية");
    }

    @Test
    void secondTitleGoingOnIntoTheClauseIsNotTheHolders() {
        check("السفير كمال ناصر المتحدث باسم الوزارة زار المدينة", "PERSON كمال ناصر / السفير");
    }

    @Test
    void rankAndNameAfterATitleWithoutNameAreItsHolder() {
        check("المتحدث باسم قيادة الشرطة العقيد سامر زيد،", "PERSON سامر زيد / المتحدث باسم قيادة الشرطة");
        check("المتحدث باسم قيادة الشرطة", "PERSON null / المتحدث باسم قيادة الشرطة");
    }

    @Test
    void imperfectReportingOrMeetingVerbAfterAHeadlineTitleIsNoName() {
        check("وزير الصحة يعبر عن قلقه", "PERSON null / وزير الصحة");
        check("وزير الخارجية يبحث مع نظيره التونسي", "PERSON null / وزير الخارجية");
        check("رئيس الوزراء يستقبل السفير", "PERSON null / رئيس الوزراء");
        check("الوزير يوسف حداد", "PERSON يوسف حداد / الوزير");
    }

    @Test
    void sameOneAfterATitleIsNoName() {
        check("المتحدث نفسه", "PERSON null / المتحدث");
    }

    @Test
    void abbreviatedTitleBeforeTheHoldersName() {
        check("رئيس تحرير الصحيفة د. سامي نعمان", "PERSON سامي نعمان / رئيس تحرير الصحيفة");
    }

    @Test
    void unnamedSourceWorkingAtAnInstitutionWithAttachedBa() {
        check("مصدر مسؤول بوزارة الصحة", "ANONYMOUS مصدر مسؤول بوزارة الصحة / null");
        check("مسئول أمني", "ANONYMOUS مسئول أمني / null");
        check("مصدر بالغ الأهمية", "ANONYMOUS مصدر / null");
    }

    @Test
    void definiteObjectAfterABodyIsNoAdjectiveOfIt() {
        check("الوزارة المواطنين", "INSTITUTION الوزارة / الوزارة");
        check("وزارة المياه المواطنين", "INSTITUTION وزارة المياه / وزارة المياه");
        check("الهيئة العامة للاستثمار", "INSTITUTION الهيئة العامة للاستثمار / الهيئة العامة للاستثمار");
    }

    @Test
    void unnamedOfficialOfAnOfficeInConstruct() {
        check("مسؤول مركز الإعلام الأمني", "ANONYMOUS مسؤول مركز الإعلام الأمني / null");
        check("مسؤول كبير", "ANONYMOUS مسؤول كبير / null");
    }

    @Test
    void jointBodysAdjectiveContinuesTheTitle() {
        check("المتحدث باسم قيادة العمليات المشتركة اللواء رعد الجبوري،",
                "PERSON رعد الجبوري / المتحدث باسم قيادة العمليات المشتركة"); // the rank is no part of the role
        check("خلية الإعلام الأمني", "INSTITUTION خلية الإعلام الأمني / خلية الإعلام الأمني");
    }

    @Test
    void governmentTheMinisterServesInBelongsToTheTitle() {
        check("وزير الصناعة بحكومة الوحدة الوطنية أحمد سالم", "PERSON أحمد سالم / وزير الصناعة بحكومة الوحدة الوطنية");
        check("وزير الصناعة بنفسه", "PERSON null / وزير الصناعة");
    }

    @Test
    void thirdComplementJoinedByWaStaysInTheTitle() {
        check("وزير الإسكان والعمران والاستصلاح الترابي سامي نعمان إن",
                "PERSON سامي نعمان / وزير الإسكان والعمران والاستصلاح الترابي");
        check("وزير الإسكان والعمران والسفير سامي نعمان", "PERSON null / وزير الإسكان والعمران");
    }

    @Test
    void regnalOrdinalEndsTheName() {
        check("الملك فيصل الثاني إن", "PERSON فيصل الثاني / الملك");
        check("البابا بنديكت السادس عشر إن", "PERSON بنديكت السادس عشر / البابا");
        check("الأمير سالم الأول إن", "PERSON سالم / الأمير");
    }

    @Test
    void indefiniteSecretaryGeneralTakesItsComplementBeforeTheHolder() {
        check("أمين عام الجامعة العربية أحمد نور إن", "PERSON أحمد نور / أمين عام الجامعة العربية");
        check("أمين سر اللجنة التنفيذية سالم عواد إن", "PERSON سالم عواد / أمين سر اللجنة التنفيذية");
        check("أمينة سر الحزب هدى نصر إن", "PERSON هدى نصر / أمينة سر الحزب");
    }

    @Test
    void institutionAfterAttachedLaBelongsToTheTitle() {
        check("الأمين العام لحزب الله عادل نصري إن", "PERSON عادل نصري / الأمين العام لحزب الله");
        check("المتحدث باسم حركة حماس سامي قاسم إن", "PERSON سامي قاسم / المتحدث باسم حركة حماس");
    }

    @Test
    void theSameBeforeADefiniteHeadIsThatHead() {
        check("ذات المصدر", "ANONYMOUS المصدر / null");
        check("لنفس الوكالة", "null null / null"); // a head the parser reads as no naming: the one before
    }

    @Test
    void howItWasSaidAndEnumerationsAreNoName() {
        check("الرئيس سالم حداد بشدة", "PERSON سالم حداد / الرئيس");
        check("أولا", "none");
    }

    @Test
    void secondOfficeJoinedByWaBeforeTheNameIsTheSameHolders() {
        check("نائب رئيس الوزراء ووزير الخارجية سالم عياد إن",
                "PERSON سالم عياد / نائب رئيس الوزراء ووزير الخارجية");
        check("وزير الخارجية وشؤون المغتربين سالم عياد إن", "PERSON سالم عياد / وزير الخارجية وشؤون المغتربين");
        check("وزير الخارجية ووزير الدفاع إن", "PERSON null / وزير الخارجية");
    }

    @Test
    void familyNameAloneInTheSubjectsPlaceBeforeTheStatement() {
        check("الصفدي أن الوضع خطير", "PERSON الصفدي / null");
        check("الجبوري على ضرورة الحوار", "PERSON الجبوري / null");
        check("الدراسة أن الوضع خطير", "none");
        check("الوضع خطير", "none");
        // the occasion may stand between the family name and the words: "وأضاف النعيمي خلال لقائه الصحفيين أن"
        check("النعيمي خلال لقائه الصحفيين أن الوضع خطير", "PERSON النعيمي / null");
        check("الزبيدي في مؤتمر صحفي، أن الوضع خطير", "PERSON الزبيدي / null");
    }

    @Test
    void nameInParenthesesAfterATitleOrAlone() {
        check("الناطق باسم الحكومة الدكتور (سالم عياد) من بغداد", "PERSON سالم عياد / الناطق باسم الحكومة");
        check("(عياد ) في تصريح", "PERSON عياد / null");
    }

    @Test
    void aMilitaryRankBetweenTheRoleAndTheNameIsACourtesyTitle() {
        check("رئيس الجمهورية العماد فادي منصور", "PERSON فادي منصور / رئيس الجمهورية");
        check("قائد الجيش اللواء سالم حداد", "PERSON سالم حداد / قائد الجيش");
    }

    @Test
    void aMediumsOwnNameInMarksWithANationalityOrMediaAdjectiveAfterItIsTheWholeNaming() {
        check("وكالة أنباء «فارس» الإيرانية أن الوفد وصل",
                "INSTITUTION وكالة أنباء «فارس» الإيرانية / وكالة أنباء «فارس» الإيرانية");
        check("صحيفة \"الغد\" الأردنية عن مصدر", "INSTITUTION صحيفة \"الغد\" الأردنية / صحيفة \"الغد\" الأردنية");
        check("وكالة \"سبأ\" الرسمية إن الاجتماع", "INSTITUTION وكالة \"سبأ\" الرسمية / وكالة \"سبأ\" الرسمية");
        check("قناة «العربية» بأن الطائرات", "INSTITUTION قناة «العربية» / قناة «العربية»");
        // a word after the marks that is no adjective of the medium is no part of it
        check("صحيفة «الغد» تقريرا عن الموازنة", "INSTITUTION صحيفة «الغد» / صحيفة «الغد»");
        // without marks the medium is read as before
        check("وكالة الأنباء الرسمية أن الرئيس", "INSTITUTION وكالة الأنباء الرسمية / وكالة الأنباء الرسمية");
    }

    @Test
    void anOutletsCorrespondentIsAnUnnamedSpeakerKnownByTheOutlet() {
        check("مراسل الجزيرة بأن القصف استمر", "ANONYMOUS مراسل الجزيرة / null");
        check("موفد «النهار» إلى جنيف إن الجولة", "ANONYMOUS موفد «النهار» / null");
        check("مراسلة قناة الغد في القاهرة إن المتظاهرين", "ANONYMOUS مراسلة قناة الغد / null");
        check("مراسل kataeb.org بأن الجلسة أرجئت", "ANONYMOUS مراسل kataeb.org / null");
        // a named correspondent: the outlet is his title
        check("مراسل الجزيرة سالم حداد إن القصف استمر", "PERSON سالم حداد / مراسل الجزيرة");
        // no outlet after the word: the bare title as before
        check("مراسل إن القصف استمر", "PERSON null / مراسل");
    }

    @Test
    void aNameDoesNotRunOverAWordGluedToBiOrLiWithAPronoun() {
        check("الرئيس فادي منصور بفوزه في الانتخابات", "PERSON فادي منصور / الرئيس");
        check("الرئيس فادي منصور لمحاوره إن", "PERSON فادي منصور / الرئيس");
        // a family name starting with ب carries no pronoun
        check("الرئيس فادي بركات إن", "PERSON فادي بركات / الرئيس");
    }

    @Test
    void aNameDoesNotRunOverAVerbOfGoingAfterIt() {
        check("رئيس الحزب النائب سامي نصار توجّه إلى باريس", "PERSON سامي نصار / رئيس الحزب النائب");
        check("النائب سامي نصار تقدّم بطلب", "PERSON سامي نصار / النائب");
        check("النائب سامي نصار تسلّمت الرئاسة", "PERSON سامي نصار / النائب");
        check("النائب سامي نصار حداد إن", "PERSON سامي نصار حداد / النائب");
        // a shadda elsewhere in a third name is no verb's
        check("النائب سامي نصار تمّام إن", "PERSON سامي نصار تمّام / النائب");
    }

    @Test
    void liBeforeAnImperfectVerbIsNoName() {
        check("ليرد الوزير: لن نقبل", "none");
        check("ليعود ويؤكد أن المفاوضات مستمرة", "none");
        check("ليؤكد أن المفاوضات مستمرة", "none");
        // given names starting with لي are names
        check("لينا حداد إن المفاوضات مستمرة", "PERSON لينا حداد / null");
        check("ليث منصور إن المفاوضات مستمرة", "PERSON ليث منصور / null");
    }

    @Test
    void aGivenNameThatLooksLikeItCarriesTheArticleIsAGivenNameAfterATitle() {
        check("النائب الياس نصار إن الحكومة فشلت", "PERSON الياس نصار / النائب");
        check("النائبة الهام منصور إن القانون ظالم", "PERSON الهام منصور / النائبة");
        check("النائبة اليسا حداد إن القانون ظالم", "PERSON اليسا حداد / النائبة");
        // a definite word that is no such given name is still the holder's family name alone
        check("الوزير الحداد إن القانون ظالم", "PERSON الحداد / الوزير");
    }

    @Test
    void aFinalStatementIsNamedByItsWholeGenitiveChain() {
        check("البيان الختامي للدورة الثلاثين العادية للقمة العربية على ضرورة",
                "INSTITUTION البيان الختامي للدورة الثلاثين العادية للقمة العربية / البيان الختامي للدورة الثلاثين العادية للقمة العربية");
        check("البيان الختامي للقمة الخليجية الأربعين أن",
                "INSTITUTION البيان الختامي للقمة الخليجية الأربعين / البيان الختامي للقمة الخليجية الأربعين");
        check("البيان الختامي لاجتماع وزراء الخارجية العرب أن",
                "INSTITUTION البيان الختامي لاجتماع وزراء الخارجية العرب / البيان الختامي لاجتماع وزراء الخارجية العرب");
        check("البيان المشترك للقمة السعودية الصينية أن",
                "INSTITUTION البيان المشترك للقمة السعودية الصينية / البيان المشترك للقمة السعودية الصينية");
        check("البيان الختامي للدورة الحادية عشرة للمجلس الأعلى لمجلس التعاون الخليجي إن",
                "INSTITUTION البيان الختامي للدورة الحادية عشرة للمجلس الأعلى لمجلس التعاون الخليجي"
                        + " / البيان الختامي للدورة الحادية عشرة للمجلس الأعلى لمجلس التعاون الخليجي");
        check("البيان الختامي للدورة الثامنة والعشرين للقمة العربية الطارئة أن",
                "INSTITUTION البيان الختامي للدورة الثامنة والعشرين للقمة العربية الطارئة"
                        + " / البيان الختامي للدورة الثامنة والعشرين للقمة العربية الطارئة");
        check("البيان الختامي للقمة الـ40 أن", "INSTITUTION البيان الختامي للقمة الـ40 / البيان الختامي للقمة الـ40");
    }

    @Test
    void aFinalStatementsChainStopsBeforeDatesPlacesPrepositionsAndVerbs() {
        check("البيان الختامي للقمة العربية في الرياض يوم الأحد أن",
                "INSTITUTION البيان الختامي للقمة العربية / البيان الختامي للقمة العربية");
        check("البيان الختامي للقمة العربية أمس أن", "INSTITUTION البيان الختامي للقمة العربية / البيان الختامي للقمة العربية");
        check("البيان الختامي للقمة إلى أن", "INSTITUTION البيان الختامي للقمة / البيان الختامي للقمة");
        check("البيان الختامي لاجتماع عقده الوزراء أمس", "INSTITUTION البيان الختامي / البيان الختامي");
    }

    @Test
    void aStatementOfAKindWithNoAuthorIsTheGatheringsStatement() {
        check("البيان الختامي أيضا أهمية", "INSTITUTION البيان الختامي / البيان الختامي");
        check("البيان المشترك على رفض", "INSTITUTION البيان المشترك / البيان المشترك");
        // a bare statement still speaks for whoever issued it, resolved by the speaker stage
        check("البيان على رفض", "null null / null");
    }

    @Test
    void aDeclarationNamedByItsCityIsABodyOfItsOwn() {
        check("إعلان الرياض أن", "INSTITUTION إعلان الرياض / إعلان الرياض");
        check("بيان القاهرة الختامي على", "INSTITUTION بيان القاهرة الختامي / بيان القاهرة الختامي");
        // the verbal noun of أعلن, and a declaration of no city, are no naming
        check("إعلان له إن", "none");
        check("إعلان الحكومة أن", "none");
    }

    @Test
    void aGatheringInTheSubjectPlaceIsABodyNamedByThePhrase() {
        check("القمة العربية أن", "INSTITUTION القمة العربية / القمة العربية");
        check("قمة الرياض تدعو إلى", "INSTITUTION قمة الرياض / قمة الرياض");
        check("المؤتمر إلى حماية", "INSTITUTION المؤتمر / المؤتمر");
        check("القمة العربية الطارئة الثلاثين أن", "INSTITUTION القمة العربية الطارئة الثلاثين / القمة العربية الطارئة الثلاثين");
        // a press conference is an event of another kind; an indefinite head before a verb names nothing
        check("المؤتمر الصحفي للوزير أن", "none");
        check("قمة عقدت أمس", "none");
    }

    @Test
    void aFrequentNounWithItsArticleIsNoFamilyName() {
        check("الرئيس فادي منصور العلاقات الثنائية", "PERSON فادي منصور / الرئيس");
        // a definite family name after a title's holder closes the name
        check("الرئيس فادي منصور العلي", "PERSON فادي منصور العلي / الرئيس");
    }

    @Test
    void aPairsTitleIsFollowedByEachOfTheirNames() {
        List<Token> tokens = new Tokenizer().tokenize("بحث الرئيسان كريم منصور ورامي نصار العلاقات");
        NounPhraseParser parser = new NounPhraseParser(tokens, "بحث الرئيسان كريم منصور ورامي نصار العلاقات", new PersonRegistry());
        assertEquals(List.of("كريم منصور", "رامي نصار"), parser.namedByPairTitle(2, tokens.size()).stream().map(NounPhrase::name).toList());
        // one name and a body are no pair
        List<Token> other = new Tokenizer().tokenize("أكد الوزيران سالم حداد والوفد المرافق");
        assertEquals(List.of(), new NounPhraseParser(other, "أكد الوزيران سالم حداد والوفد المرافق", new PersonRegistry())
                .namedByPairTitle(2, other.size()));
    }

    @Test
    void aVerbalNounWithItsPronounAfterATitleIsNoName() {
        check("وزير الخارجية تفاؤله بالمشهد", "PERSON null / وزير الخارجية");
        check("الوزير استعداده للحوار", "PERSON null / الوزير");
        // a name after the title is read as before
        check("وزير الخارجية سالم حداد", "PERSON سالم حداد / وزير الخارجية");
    }

    @Test
    void aWordGluedToBiWithTheShapeOfAVerbalNounIsNoName() {
        check("قائد الجيش بإطلاع القيادة", "PERSON null / قائد الجيش");
        check("قائد الجيش سالم حداد بالقاهرة", "PERSON سالم حداد / قائد الجيش");
    }

    @Test
    void theMauritanianJoinerWaladKeepsTheNameWhole() {
        check("الوزير محمد سالم ولد مرزوك", "PERSON محمد سالم ولد مرزوك / الوزير");
        check("الرئيس محمد ولد الغزواني", "PERSON محمد ولد الغزواني / الرئيس");
    }

    @Test
    void theChannelAnUnnamedSourceToldIsNoPartOfItsName() {
        check("مصدر سوداني لفضائية الحدث", "ANONYMOUS مصدر سوداني / null");
        check("مصدر حكومي لقناة الجزيرة", "ANONYMOUS مصدر حكومي / null");
    }

    @Test
    void aPluralNationalityAfterAPluralComplementContinuesTheTitle() {
        check("وزير الخارجية وشؤون المغتربين الأردنيين سالم حداد",
                "PERSON سالم حداد / وزير الخارجية وشؤون المغتربين الأردنيين");
        // a plural that is no nationality ends the title: the name is not reached through it
        check("وزير الخارجية وشؤون المغتربين الكثيرين سالم حداد", "PERSON null / وزير الخارجية وشؤون المغتربين");
    }

    @Test
    void aVerbOfMeetingAfterATitleIsNoName() {
        check("الرئيس الروسي أجرى مكالمة", "PERSON null / الرئيس الروسي");
        check("نظيره التركي ناقشا فيها", "PERSON null / نظيره التركي");
        // a foreign name after the nationality is read as before
        check("الإيطالي روبرتو مانشيني", "PERSON روبرتو مانشيني / null");
    }

    @Test
    void aVerbOfMeetingEndsTheTitleBeforeIt() {
        check("المبعوث التقى بالسفير السعودي", "PERSON null / المبعوث");
        check("المبعوث الأممي بحث مع الوزير", "PERSON null / المبعوث الأممي");
    }

    @Test
    void theOfficeOfATitleRunsOverTheTitlesWholeHolder() {
        check("مكتب المبعوث الأممي إلى اليمن، في بيان", "INSTITUTION مكتب المبعوث الأممي إلى اليمن / مكتب المبعوث الأممي إلى اليمن");
        check("مكتب الرئيس في بيان", "INSTITUTION مكتب الرئيس / مكتب الرئيس");
    }

    @Test
    void aVerbalNounOfPurposeAfterLiEndsTheTitleAndIsNoName() {
        check("أمير الكويت للتهنئة بحلول العيد", "PERSON null / أمير الكويت");
        check("ملك المغرب لبحث العلاقات الثنائية", "PERSON null / ملك المغرب");
        check("الرئيس سامر هالي لكل من عمّان والقاهرة", "PERSON سامر هالي / الرئيس");
        // a portfolio after لـ is the title's complement still
        check("وزير الدولة للتعاون الدولي سالم حداد", "PERSON سالم حداد / وزير الدولة للتعاون الدولي");
        check("المبعوث الخاص لبحث الأزمة", "PERSON null / المبعوث الخاص");
    }

    @Test
    void aMediatorIsATitleAsAnEnvoyIs() {
        check("الوسيط الأمريكي كريم نصار", "PERSON كريم نصار / الوسيط الأمريكي");
        check("الوسيط القطري", "PERSON null / الوسيط القطري");
    }

    @Test
    void aThreeWordNameEndsBeforeTheObjectItsHolderPossesses() {
        check("الوزير سالم فادي حداد زيارته", "PERSON سالم فادي حداد / الوزير");
        check("الموفد الفرنسي جان إيف دوبوا جولته", "PERSON جان إيف دوبوا / الموفد الفرنسي");
    }

    @Test
    void anImperfectVerbAfterAHeadlinesSubjectIsNoSecondName() {
        check("الرئيس حداد ينشط ندوة صحفية", "PERSON حداد / الرئيس");
        // a name of that length carries a long vowel
        check("الرئيس سالم يوسف حداد", "PERSON سالم يوسف حداد / الرئيس");
    }

    @Test
    void anImperfectVerbAfterAThreeWordNameEndsItAfterItsLastWord() {
        check("الرئيس سالم فادي حداد يتوسط رئيسي البلدين", "PERSON سالم فادي حداد / الرئيس");
        check("الرئيس سالم فادي حداد يبحث", "PERSON سالم فادي حداد / الرئيس");
    }

    @Test
    void maghrebGivenNamesWithTheArticleStartAName() {
        check("السفير الطيب بنعلي أن", "PERSON الطيب بنعلي / السفير");
        check("الوزير المختار بنسعيد أن", "PERSON المختار بنسعيد / الوزير");
    }

    @Test
    void europeanParticlesJoinAFamilyName() {
        check("المبعوث الأممي كارل دي فيتو أن", "PERSON كارل دي فيتو / المبعوث الأممي");
        check("المستشارة آنا فون دير بيرغ أن", "PERSON آنا فون دير بيرغ / المستشارة");
    }

    @Test
    void aChainOfFamilyNamesEndsAtTheNounOfSayingItsVerbTakes() {
        // "جدد X التأكيد على": the verbal noun is the object, not a third family name
        check("الطيب الحسني الوزاني التأكيد على", "PERSON الطيب الحسني الوزاني / null");
    }

    @Test
    void aVerbTakingAClauseEndsTheNameBeforeIt() {
        check("الرئيس الأميركي جون ستيفنز قرر أن يسحب القوات", "PERSON جون ستيفنز / الرئيس الأميركي");
        check("الوزير سامي خالد يريد أن يزور", "PERSON سامي خالد / الوزير");
        // a three-word name before the complementizer stays whole
        check("الوزير سامي خالد منصور أن", "PERSON سامي خالد منصور / الوزير");
    }
}
