package org.newsgraph.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.kinds.PersonKind;

class SpeakerResolutionTest {

    @Test
    void appositionWithOrWithoutCommasGivesPersonAndRole() {
        for (String body : List.of("وقال رامي عادل، مستشار الرئيس للشؤون الاقتصادية، إن النمو سيتحسن.",
                "وأكد رامي عادل مستشار الرئيس للشؤون الاقتصادية أن النمو سيتحسن.")) {
            ExtractedArticle a = Articles.extract(body);
            ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
            assertEquals("رامي عادل", p.name());
            assertEquals("مستشار الرئيس للشؤون الاقتصادية", p.role());
            assertEquals("مستشار الرئيس للشؤون الاقتصادية", p.roleSource());
            assertEquals("النمو سيتحسن", a.quotes().get(0).text().text());
        }
    }

    @Test
    void aLineageNameRunsThroughEveryLinkAndItsShortFormIsTheSamePerson() {
        ExtractedArticle a = Articles.extract("وأكد صاحب السمو الأمير فيصل بن خالد بن عبدالله آل مقرن، ولي العهد، أن الاقتصاد قوي.\n"
                + "وأضاف الأمير فيصل بن خالد أن الاستثمار يتوسع.");
        ExtractedPerson prince = Articles.speaker(a, a.quotes().get(0));
        assertEquals("فيصل بن خالد بن عبدالله آل مقرن", prince.name());
        assertEquals(prince, Articles.speaker(a, a.quotes().get(1)));
        // two words after the given name are no lineage: another man who shares them stays another person
        a = Articles.extract("وقال الوزير فيصل خالد العمر إن الحل قريب.\nوقال النائب فيصل خالد الحسن إن الحل بعيد.");
        assertNotEquals(Articles.speaker(a, a.quotes().get(0)), Articles.speaker(a, a.quotes().get(1)));
    }

    @Test
    void twoOfficesJoinedByWaAfterTheNameAreOneHoldersRole() {
        ExtractedArticle a = Articles.extract(
                "وأكد الشيخ حمد بن راشد آل ماجد نائب رئيس الوزراء ووزير الداخلية أن الأمن مستتب.");
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
        assertEquals(List.of("حمد بن راشد آل ماجد", "نائب رئيس الوزراء ووزير الداخلية"), List.of(p.name(), p.role()));
        assertEquals("الأمن مستتب", a.quotes().get(0).text().text());
    }

    @Test
    void aMinistryOfNationalsAbroadIsPartOfTheTitle() {
        ExtractedArticle a = Articles.extract(
                "وقال وزير الشؤون الخارجية والمغاربة المقيمين بالخارج كريم العلمي إن الحدود آمنة.");
        assertEquals("كريم العلمي", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void biAfterATitleContinuesItOnlyBeforeABodyOrAPlace() {
        ExtractedArticle a = Articles.extract("وأشاد وزير الخارجية سامر حداد بالعلاقات بين البلدين، مؤكدا أهمية التنسيق.");
        assertEquals("سامر حداد", Articles.speaker(a, a.quotes().get(0)).name());
        a = Articles.extract("من جهته، أشاد ولي العهد بالعلاقات الوثيقة بين البلدين، مؤكدا أهمية التعاون.");
        assertEquals(List.of(), a.people().stream().map(ExtractedPerson::name).filter(n -> n.contains("بالعلاقات")).toList());
        a = Articles.extract("وقالت وزيرة الدولة بالداخلية هالة منصور إن الحدود آمنة.");
        assertEquals("وزيرة الدولة بالداخلية", Articles.speaker(a, a.quotes().get(0)).role());
    }

    @Test
    void aBodysAcronymInParenthesesBelongsToItsNamingNotToTheStatement() {
        ExtractedArticle a = Articles.extract("وذكرت وكالة الأنباء الكويتية (كونا) أن الوفد وصل إلى الرياض.");
        assertEquals("الوفد وصل إلى الرياض", a.quotes().get(0).text().text());
        a = Articles.extract("وقالت وزارة الخارجية (في بيان) إن الوفد وصل إلى الرياض.");
        assertEquals(1, a.quotes().size());
    }

    @Test
    void aBodyGlossedInParenthesesInsideATitleLeavesTheHolderAfterTheComma() {
        ExtractedArticle a = Articles.extract("وقال المتحدث باسم القصر (الرئاسة الأردنية)، سامي حداد، إن الزيارة ناجحة.");
        assertEquals(List.of("سامي حداد", "الزيارة ناجحة"),
                List.of(Articles.speaker(a, a.quotes().get(0)).name(), a.quotes().get(0).text().text()));
        a = Articles.extract("وأكد الناطق باسم الحكومة الدكتور (كريم سعيد) أن الوضع مستقر.");
        assertEquals("كريم سعيد", Articles.speaker(a, a.quotes().get(0)).name()); // a name in parentheses is no gloss
    }

    @Test
    void prepositionAlaAfterANameIsNoAliEvenWhenTheArticleNamesAnAli() {
        ExtractedArticle a = Articles.extract("وشدد وزير الدفاع نادر فهمي على عمق العلاقات بين البلدين.\n"
                + "وقال الناطق باسم الحكومة علي كامل إن الوضع مستقر.");
        assertEquals("نادر فهمي", Articles.speaker(a, a.quotes().get(0)).name());
        assertEquals("عمق العلاقات بين البلدين", a.quotes().get(0).text().text());
        a = Articles.extract("وقال رئيس الوزراء محمد علي إن الوضع مستقر.\nوأكد الوزير علي كامل أن الأمن مستتب.");
        assertEquals("محمد علي", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void alaSpelledWithAlifMaqsuraIsThePrepositionNotTheAliTheArticleNames() {
        ExtractedArticle a = Articles.extract("وأوضح رامي عادل أن الرياض على علم بالاجتماعات في القاهرة.\n"
                + "وأشار إلى أن استقبال عمان لممثلين عن الرئيس السابق علي منصور كان مفيدا.");
        assertEquals(List.of(), a.events().get(0).participantRefs()); // nobody named Ali is at the meetings
        a = Articles.extract("وقال الوزير علي حسن إن الحوار مستمر.\nوأكد على حسن أن الحكومة على علم بالمشاورات.");
        assertEquals(Articles.speaker(a, a.quotes().get(0)), Articles.speaker(a, a.quotes().get(1)));
    }

    @Test
    void aTitleWithItsNationalityThenACommaAndAnHonorificNamesTheHolder() {
        ExtractedArticle a = Articles.extract("وقال وزير الخارجية الأردني، الدكتور سامر حداد، إن الحل قريب.\n"
                + "وذكر ولي العهد، الأمير فيصل بن خالد، أن الاقتصاد قوي.");
        ExtractedPerson minister = Articles.speaker(a, a.quotes().get(0));
        assertEquals(List.of("سامر حداد", "وزير الخارجية الأردني"), List.of(minister.name(), minister.role()));
        assertEquals("فيصل بن خالد", Articles.speaker(a, a.quotes().get(1)).name());
        ExtractedArticle bare = Articles.extract("وقال الإيطالي إن الفريق سيفوز.\nوقال الوزير الصفدي إن الحل قريب.");
        assertEquals("الإيطالي", Articles.speaker(bare, bare.quotes().get(0)).name()); // after the cue: a person
        assertTrue(Articles.speaker(bare, bare.quotes().get(1)).name().endsWith("الصفدي")); // a nisba, no state's
    }

    @Test
    void aTimeOfDayWordThatIsAGivenNameGoesOnWithTheFamilyNameButNotWithADate() {
        ExtractedArticle a = Articles.extract("وأكد النائب الأول لرئيس الوزراء الشيخ ناصر صباح الأحمد أن العلاقات قوية.\n"
                + "وأكد الشيخ صباح الخالد أن الحوار مستمر.\nوقال الوزير سالم صباح اليوم إن الحدود ستفتح.\n"
                + "وقال الوزير فادي مساء الخميس إن الحدود ستفتح.");
        assertEquals(List.of("ناصر صباح الأحمد", "صباح الخالد", "سالم", "فادي"),
                a.quotes().stream().map(q -> Articles.speaker(a, q).name()).toList());
    }

    @Test
    void aGivenNameAloneIsTheOnePersonNamedInFullWithIt() {
        ExtractedArticle a = Articles.extract("قالت سلمى حداد، مراسلة القناة، إن الاجتماع انتهى.\nوأكدت سلمى أن الوزير غادر.");
        assertEquals(Articles.speaker(a, a.quotes().get(0)), Articles.speaker(a, a.quotes().get(1)));
        ExtractedArticle two = Articles.extract("قالت سلمى حداد إن الاجتماع انتهى.\nوقالت سلمى منصور إن الحوار مستمر.\n"
                + "وأكدت سلمى أن الوزير غادر.");
        assertEquals("سلمى", Articles.speaker(two, two.quotes().get(2)).name()); // two Salmas: neither of them
    }

    @Test
    void fatherGrandfatherAndFamilyNamesWithTheArticleCloseTheNameWhereTheClauseEnds() {
        ExtractedArticle emir = Articles.extract("عقد الأمير الشيخ نواف الأحمد الجابر الصباح والعاهل الأردني جلسة"
                + " مباحثات.\nوقال الشيخ سالم نواف الأحمد الصباح إن المباحثات مثمرة.");
        assertEquals(java.util.Set.of("نواف الأحمد الجابر الصباح", "سالم نواف الأحمد الصباح"), emir.people().stream()
                .map(ExtractedPerson::name).filter(n -> n.endsWith("الصباح")).collect(java.util.stream.Collectors.toSet()));
        ExtractedArticle a = Articles.extract("وأكد الشيخ نواف الأحمد الجابر الصباح أن العلاقات قوية.\n"
                + "وقال وزير الخارجية نبيل فارس الجديد إن الحوار مستمر.\nوقال الوزير سامر الحداد إن الحدود ستفتح.");
        assertEquals(List.of("نواف الأحمد الجابر الصباح", "نبيل فارس", "سامر الحداد"),
                a.quotes().stream().map(q -> Articles.speaker(a, q).name()).toList());
    }

    @Test
    void kingBetweenTheRoleAndTheNameIsACourtesyTitleNotPartOfTheRole() {
        ExtractedArticle a = Articles.extract("وقال العاهل الأردني الملك فيصل الثاني إن الوضع خطير.\n"
                + "وأكد الملك أن الأمن مستتب.");
        ExtractedPerson king = Articles.speaker(a, a.quotes().get(1)); // the bare courtesy title finds him
        assertEquals(List.of("فيصل الثاني", "العاهل الأردني"), List.of(king.name(), king.role()));
        assertTrue(king.aliases().contains("الملك فيصل الثاني"));
        assertEquals(king, Articles.speaker(a, a.quotes().get(0)));
    }

    @Test
    void aDroppedSubjectGoesOnWithTheSubjectAfterTheDatelineOfThePreviousSentence() {
        ExtractedArticle a = Articles.extract("أخبار\n\nعمان / وكالة الأنباء / تسلم وزير المالية سالم حداد التقرير "
                + "السنوي. وقال خلال إفادته أمام اللجنة انه راض عن النتائج.");
        assertEquals("سالم حداد", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void givenNameAminIsStillANameWhereNoComplementFollows() {
        ExtractedArticle a = Articles.extract("وقال أمين حداد إن الوضع مستقر.");
        assertEquals("أمين حداد", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void aRoyalOrCourtesyTitleBeforeANameIsAnAliasWithTheNameNeverAlone() {
        ExtractedArticle a = Articles.extract("وأعلن الملك فيصل انتهاء القمة، مثنيا على أهمية الاجتماعات.\n"
                + "وقال الشيخ سالم حداد إن التنسيق مستمر.");
        ExtractedPerson king = Articles.speaker(a, a.quotes().get(0));
        ExtractedPerson sheikh = Articles.speaker(a, a.quotes().get(a.quotes().size() - 1));
        assertTrue(king.aliases().contains("الملك فيصل"), king.toString());
        assertTrue(sheikh.aliases().contains("الشيخ سالم حداد"), sheikh.toString());
        for (ExtractedPerson p : a.people()) {
            assertTrue(p.aliases().stream().noneMatch(x -> x.equals("الملك") || x.equals("الشيخ")), p.toString());
        }
    }

    @Test
    void titleRefersToThePersonNamedWithIt() {
        ExtractedArticle a = Articles.extract("التقى الرئيس البرازيلي لويس سانتوس وزير التجارة.\n"
                + "وقال الرئيس البرازيلي إن التبادل التجاري سيتضاعف.");
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
        assertEquals("لويس سانتوس", p.name());
        assertTrue(p.aliases().contains("الرئيس البرازيلي"));
    }

    @Test
    void counterpartTitleFindsTheLeaderOfThatNation() {
        ExtractedArticle a = Articles.extract("استقبل الرئيس الكيني جون موانغي نظيره الأوغندي صامويل أوكيلو.\n"
                + "وأكد الرئيس الأوغندي أن البلدين سيعززان التعاون.");
        assertEquals("صامويل أوكيلو", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void pronounAndAddedSentenceContinueThePreviousSubject() {
        ExtractedArticle a = Articles.extract("وقال وزير النقل حسام الدين فهمي إن المشروع سيكتمل.\n"
                + "وأضاف أن التمويل متوفر.");
        assertEquals(a.quotes().get(0).speakerRef(), a.quotes().get(1).speakerRef());
        assertEquals("previous-sentence-subject", a.quotes().get(1).speakerRule());
    }

    @Test
    void unnamedOfficialsOfOneSideAreOneSource() {
        ExtractedArticle a = Articles.extract("وقال مسؤول أمريكي كبير إن الاجتماع تأجل.\nوأوضح المسؤول أن السبب فني.");
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
        assertEquals(PersonKind.ANONYMOUS, p.kind());
        assertEquals(a.quotes().get(0).speakerRef(), a.quotes().get(1).speakerRef());
    }

    @Test
    void capitalSpeakingAsStateIsThatStateInstitution() {
        ExtractedArticle a = Articles.extract("وقالت موسكو إن العقوبات لن تغير موقفها.");
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
        assertEquals(PersonKind.INSTITUTION, p.kind());
        assertEquals("روسيا", p.name());
        assertTrue(p.aliases().contains("موسكو"));
    }

    @Test
    void outerReporterIsTheSpeakerOfANestedReport() {
        ExtractedArticle a = Articles.extract("وقالت المتحدثة باسم الوزارة منى رشيد إن الوزير أبلغ ضيفه أن الباب مفتوح.");
        assertEquals("منى رشيد", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void speakerBeforeAccordingToKeepsTheStatement() {
        ExtractedArticle a = Articles.extract("وحذر الرئيس التشادي إدريس ماهر من فرض قيود جديدة، وفق ما أعلنت الرئاسة.");
        ExtractedQuote q = a.quotes().get(0);
        assertEquals("إدريس ماهر", Articles.speaker(a, q).name());
        assertEquals("فرض قيود جديدة", q.text().text());
    }

    @Test
    void aliasesDropProcliticsAndBareTitles() {
        ExtractedArticle a = Articles.extract("اتصل الرئيس الأمريكي جو ريد بنظيره البولندي آدم نوفاك.\n"
                + "وقال الرئيس إن لنظيره البولندي «دورا مهما».");
        for (ExtractedPerson p : a.people()) {
            assertTrue(p.aliases().stream().noneMatch(x -> x.equals("الرئيس") || x.startsWith("لنظيره")), p.toString());
        }
    }

    @Test
    void reportedThroughAnAgencyTheSpeakerIsThePersonQuoted() {
        ExtractedArticle a = Articles.extract("ونقلت وكالة الأنباء الرسمية عن وزير الداخلية فهد السالم قوله إن الأمن مستتب.");
        ExtractedQuote q = a.quotes().get(0);
        assertEquals("فهد السالم", Articles.speaker(a, q).name());
        assertEquals("الأمن مستتب", q.text().text());
    }

    @Test
    void newspaperSpeaksAsAnInstitution() {
        ExtractedArticle a = Articles.extract("وكشفت صحيفة «الوطن» أن الوفد سيصل غدا.");
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
        assertEquals(PersonKind.INSTITUTION, p.kind());
        assertTrue(p.aliases().contains("صحيفة الوطن"));
    }

    @Test
    void unnamedSpokesmanIsNotTheLastSpeaker() {
        ExtractedArticle a = Articles.extract("وأكد رئيس الوزراء حيدر ناصر أن الإصلاحات ستستمر.\n"
                + "وأوضح المتحدث في تصريح صحفي أن المفاوضات ستستأنف.");
        assertTrue(!a.quotes().get(0).speakerRef().equals(a.quotes().get(1).speakerRef()));
    }

    @Test
    void theNameAliIsNotThePrepositionAla() {
        ExtractedArticle a = Articles.extract("وحذر المرشد الإيراني علي خامنئي من محاولات التفريق بين الحلفاء.");
        assertEquals("علي خامنئي", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void professionalDescriptionIsATitle() {
        ExtractedArticle a = Articles.extract("ورأى المحلل السياسي ماجد الشمري أن الخطوة جاءت في توقيت حساس.");
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(0));
        assertEquals("ماجد الشمري", p.name());
        assertEquals("المحلل السياسي", p.role());
    }

    @Test
    void rulersNamedByTheirStateTakeNoVerbAsName() {
        ExtractedArticle a = Articles.extract("وتلقى أمير الكويت اتصالا هاتفيا من ملك البحرين تناول العلاقات الأخوية.");
        assertTrue(a.people().stream().anyMatch(p -> p.name().equals("ملك البحرين")));
        assertEquals(2, a.events().get(0).participantRefs().size());
    }

    @Test
    void rulerWordInsideANameIsAGivenName() {
        ExtractedArticle a = Articles.extract("وأكد مساعد وزير الخارجية حسين أمير عبد الكريم أن بلاده مستعدة للحوار.");
        assertEquals("حسين أمير عبد الكريم", Articles.speaker(a, a.quotes().get(0)).name());
    }

    @Test
    void aBareTitleOnlyRefersBackToSomeoneNamedBeforeIt() {
        ExtractedArticle a = Articles.extract("ونشرت الرئاسة صورة للرئيس وهو يتحدث إلى وزير المالية.\n"
                + "وفي شأن آخر، التقى الرئيس التشيلي رافائيل سوتو وفدا تجاريا.\n"
                + "وقال الوزير إن الميزانية متوازنة.");
        ExtractedEvent talk = a.events().get(0);
        assertTrue(talk.participantRefs().stream().noneMatch(r -> a.people().get(r).name().equals("رافائيل سوتو")),
                "the president of the first sentence is not the one named later");
    }

    private static String speakerName(ExtractedArticle a, int quote) {
        ExtractedPerson p = Articles.speaker(a, a.quotes().get(quote));
        return p == null ? null : p.name();
    }

    @Test
    void aTitleOpeningWithWawIsStillATitle() {
        ExtractedArticle a = Articles.extract("لكن وزير المالية المغربي كريم العلوي أكد أن العجز تراجع.\n"
                + "وقال العلوي في مؤتمر صحفي إن الإصلاحات مستمرة.");
        assertEquals("كريم العلوي", speakerName(a, 1));
        assertEquals("named-name", a.quotes().get(1).speakerRule());
    }

    @Test
    void aShortenedTitleFindsTheOnePersonItFits() {
        ExtractedArticle a = Articles.extract("وقال وزير التجارة الكندي جون ميلر إن الصادرات زادت.\n"
                + "وأكد الوزير الكندي أن الاتفاق سيوقع قريبا.\n"
                + "وقال المبعوث الأممي الخاص إلى ليبيا هانز كولر إن الهدنة صامدة.\n"
                + "وأضاف المبعوث الأممي أن الانتخابات ممكنة.");
        assertEquals("جون ميلر", speakerName(a, 1));
        assertEquals("هانز كولر", speakerName(a, 3));
    }

    @Test
    void aBareTitleIsTheHolderNamedLast() {
        ExtractedArticle a = Articles.extract("وقال وزير الزراعة سامي نصار إن المحصول وفير.\n"
                + "وقال وزير الري هشام الخطيب إن السدود ممتلئة.\n"
                + "وأضاف الوزير أن المياه تكفي الصيف.");
        assertEquals("هشام الخطيب", speakerName(a, 2));
    }

    @Test
    void aFeminineVerbStandsForAStateNotForAMan() {
        ExtractedArticle a = Articles.extract("وتمسكت فرنسا بموقفها من الرئيس الروسي بوريس غرانين وتقول إن الحوار هو الحل.");
        assertEquals(PersonKind.INSTITUTION, Articles.speaker(a, a.quotes().get(0)).kind());
        ExtractedArticle b = Articles.extract("وقال المرشد الأعلى رضا كاظمي إن البلاد قوية.\n"
                + "وأكدت أن الانتخابات ستجرى في موعدها.");
        assertNull(b.quotes().get(1).speakerRef(), "a feminine verb does not go on with a man");
    }

    @Test
    void aStatementWithoutItsAuthorIsTheOneTheInstitutionIssued() {
        ExtractedArticle a = Articles.extract("ناقش الرئيسان الأزمة، حسب ما أعلن البيت الأبيض، وجاء في بيان: أن الأمن أولوية.");
        assertEquals(PersonKind.INSTITUTION, Articles.speaker(a, a.quotes().get(0)).kind());
        assertEquals("statement-issuer", a.quotes().get(0).speakerRule());
    }

    @Test
    void comingIsNoSaying() {
        ExtractedArticle a = Articles.extract("وجاء تحرك الحكومة بعد ساعات من تصريحات للمعارضة إن الانتخابات ستؤجل.");
        assertTrue(a.quotes().stream().noneMatch(q -> "جاء".equals(q.cue())), a.quotes().toString());
    }

    @Test
    void theOfficialOfANationIsTheNamedOneWhenNoUnnamedSourceCame() {
        ExtractedArticle a = Articles.extract("أكد مساعد وزير الخارجية الإيراني رضا نوري أن بلاده تعد مبادرة.\n"
                + "ودعا المسؤول الإيراني الدول المجاورة إلى الحوار.");
        assertEquals(a.quotes().get(0).speakerRef(), a.quotes().get(1).speakerRef());
    }

    @Test
    void unionsAndOfficesNamedAfterTheirHeadSpeakAsInstitutions() {
        ExtractedArticle a = Articles.extract("وذكر بيان لنقابة الصحفيين أن الأجور تأخرت.\n"
                + "وكان مكتب رئيس الوزراء الإيطالي ماركو روسي قال: إن الحكومة ستدفع الأجور.");
        assertEquals("نقابة الصحفيين", speakerName(a, 0));
        assertEquals(PersonKind.INSTITUTION, Articles.speaker(a, a.quotes().get(1)).kind());
    }

    @Test
    void aNameBetweenDashesAfterItsTitleIsTheName() {
        ExtractedArticle a = Articles.extract("وقال المنسق الخاص -بيتر هانسن-: «إن المساعدات ستصل غدا».");
        assertEquals("بيتر هانسن", speakerName(a, 0));
    }
    @Test
    void aCourtesyTitleBeforeTheNameIsNoPartOfTheRole() {
        ExtractedArticle emir = Articles.extract("وأكد أمير البلاد الشيخ فهد الجاسم أن الانتخابات ستجرى في موعدها.\n"
                + "وقال أمير البلاد إن الدستور واضح.");
        assertEquals(List.of("فهد الجاسم", "أمير البلاد", "فهد الجاسم"), List.of(speakerName(emir, 0),
                Articles.speaker(emir, emir.quotes().get(0)).role(), speakerName(emir, 1)), "the bare role finds its holder");
        ExtractedArticle minister = Articles.extract("وقال وزير الصحة الدكتور سالم عيسى إن الوباء انحسر.");
        assertEquals("وزير الصحة", Articles.speaker(minister, minister.quotes().get(0)).role());
        assertEquals("سالم عيسى", speakerName(Articles.extract("وقال الشيخ سالم عيسى إن الوباء انحسر."), 0),
                "a courtesy title alone still opens the naming");
    }
    @Test
    void aNameCompletingAnIndefiniteTitleBeforeACourtesyTitleIsNotTheHolder() {
        ExtractedArticle a = Articles.extract("وقال مستشار نصار الدكتور سامي عيد إن النمو جيد.");
        assertEquals("سامي عيد", speakerName(a, 0));
        assertEquals("مستشار نصار", Articles.speaker(a, a.quotes().get(0)).role());
        assertEquals("سامي عيد", speakerName(Articles.extract("وقال مستشار سامي عيد إن النمو جيد."), 0),
                "with no courtesy title after it the name is the holder's");
    }
}
