package org.sitrep.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;

/** Small sentences, one construction or modality each, coded by the real pipeline. */
class ConstructionsTest {

    private static List<Event> code(String sentence) {
        return ArticleCoder.shared().code(new Article("t", "test", null, sentence, LocalDate.of(2021, 2, 27))).events();
    }

    private static String summary(Event e) {
        return (e.source() == null ? "-" : e.source().code()) + " " + e.cameo().code() + " "
                + (e.target() == null ? "-" : e.target().code()) + " " + e.modality().label();
    }

    @Test
    void subjectVerbObject() {
        assertThat(code("Iraq condemned Iran.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQ 111 IRN asserted");
    }

    @Test
    void negationIsMarkedNotEmittedAsFact() {
        assertThat(code("Iraq did not condemn Iran.")).extracting(Event::modality).containsOnly(Modality.NEGATED);
    }

    @Test
    void futureAndPlansAreIntended() {
        assertThat(code("Iran will attack Israel.")).extracting(Event::modality).containsOnly(Modality.INTENDED);
        assertThat(code("Sudan was ready to cooperate with the African Union.")).extracting(Event::modality)
                .containsOnly(Modality.INTENDED).isNotEmpty();
        List<Event> plan = code("Russia plans to attack Ukraine.");
        assertThat(plan).extracting(ConstructionsTest::summary).containsExactly("RUS 190 UKR intended");
    }

    @Test
    void conditionalsAreHypothetical() {
        assertThat(code("If Iran attacks Israel, the region will suffer.")).filteredOn(e -> e.cameo().root().equals("19"))
                .extracting(Event::modality).containsOnly(Modality.HYPOTHETICAL);
    }

    @Test
    void reportedSpeechNamesItsSpeakerAsAttribution() {
        Event e = code("Kirby said that Iran attacked Iraq.").stream()
                .filter(x -> x.cameo().root().equals("19")).findFirst().orElseThrow();
        assertThat(summary(e)).isEqualTo("IRN 190 IRQ reported");
        assertThat(e.attribution().code()).isEqualTo("USAMIL");
        assertThat(e.attribution().text()).isEqualTo("Kirby");
        Event reuters = code("According to Reuters, Iran attacked Iraq.").get(0);
        assertThat(reuters.modality()).isEqualTo(Modality.REPORTED);
        assertThat(reuters.attribution().code()).isEqualTo("GBRMED");
    }

    @Test
    void aDenialIsMarkedDenied() {
        assertThat(code("Iran denied attacking Iraq.")).filteredOn(e -> e.cameo().root().equals("19"))
                .extracting(Event::modality).containsOnly(Modality.DENIED).isNotEmpty();
    }

    @Test
    void theSentenceRefinesThePloverMode() {
        assertThat(code("Israeli warplanes attacked Syria.")).extracting(e -> e.plover().type() + "/" + e.plover().mode())
                .contains("ASSAULT/aerial");
        assertThat(code("Turkey carried out a drone attack on Syria.")).extracting(e -> e.plover().mode())
                .contains("drone");
    }

    @Test
    void passiveAgentIsTheSource() {
        assertThat(code("Syria was attacked by Turkey.")).extracting(ConstructionsTest::summary)
                .contains("TUR 190 SYR asserted");
    }

    @Test
    void countryPlusAgentComposes() {
        assertThat(code("Iraqi officials condemned US troops.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQGOV 111 USAMIL asserted");
    }

    @Test
    void nothingMatchedMeansNoEventAndNoInventedCode() {
        assertThat(code("Iraq blorfed Iran yesterday.")).isEmpty();
        assertThat(code("The weather in Baghdad was pleasant.")).isEmpty();
    }

    @Test
    void datedRolesFollowTheEventDate() {
        Event before = code("In March 2018, Trump condemned Iran.").get(0);
        Event after = code("In March 2022, Trump condemned Iran.").get(0);
        assertThat(before.source().code()).isEqualTo("USAGOV");
        assertThat(after.source().code()).isEqualTo("USAELI");
    }

    @Test
    void joinedPatternWordsMustStandTogether() {
        // CONFER's "* air_strike => 014": "air defence strike" is not an air strike.
        assertThat(code("Iran spoke to Iraq about the air strike.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRN 014 IRQ asserted");
        assertThat(code("Iran spoke to Iraq about the air defence strike.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRN 010 IRQ asserted");
    }

    @Test
    void aRoleNounNamingNoOneHasItsPlaceAsTarget() {
        assertThat(code("Jordan criticized the violence in Syria.")).extracting(ConstructionsTest::summary)
                .containsExactly("JOR 111 SYR asserted");
        // A gathering's "in" phrase is its venue: Libya hosts the conference, it is no party to postponing it.
        assertThat(code("Egypt postponed its conference in Libya.")).extracting(ConstructionsTest::summary)
                .containsExactly("EGY 160 - asserted");
        // Its forces, NATO's own, are not Iraq's forces.
        assertThat(code("NATO plans to increase the number of its forces in Iraq.")).extracting(ConstructionsTest::summary)
                .containsExactly("IGOWSTNAT 060 - intended");
    }

    @Test
    void aThatClauseWithoutAnEventGivesItsSubjectAsTarget() {
        assertThat(code("Iraq acknowledged that Iran has been a reliable partner.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQ 015 IRN asserted");
        // The clause is an event of its own: the hope is its modality, not an event toward Iran.
        assertThat(code("Iraq hopes that Iran will help.")).extracting(ConstructionsTest::summary)
                .doesNotContain("IRQ 020 IRN asserted").contains("IRN 070 - intended");
        // Speech verbs report their clause: the statement has no target.
        assertThat(code("Iraq said that Iran is a reliable partner.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQ 010 - asserted");
    }

    @Test
    void aWordBeforeThePatternsTargetMarkerLocatesTheTarget() {
        // MOVE's "* troop toward + => 154": Belarus came along, Ukraine is the target.
        assertThat(code("Russia moved troops toward Ukraine with Belarus.")).extracting(ConstructionsTest::summary)
                .containsExactly("RUS 154 UKR asserted");
    }

    @Test
    void aPurposeThatIsNoEventSaysWhomTheActIsAimedAt() {
        assertThat(code("Iran pledged money to rebuild Syria.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRN 0331 SYR asserted");
    }

    @Test
    void theSituationAVerbHappensInNamesItsParties() {
        assertThat(code("Turkey retreated in the clashes with Syria.")).extracting(ConstructionsTest::summary)
                .containsExactly("TUR 080 SYR asserted");
        // A place is where, not whom.
        assertThat(code("Turkey retreated in Syria.")).extracting(ConstructionsTest::summary)
                .doesNotContain("TUR 080 SYR asserted");
    }

    @Test
    void anUnknownActorKeepsTheNameSetAfterItsTitle() {
        Event e = code("Hogwarts' headmaster Albus Dumbledore condemned Iran.").get(0);
        assertThat(e.source().code()).isNull();
        assertThat(e.source().text()).isEqualTo("Hogwarts' headmaster Albus Dumbledore");
    }

    @Test
    void unresolvedSubjectsOfOneVerbAreKeptApart() {
        assertThat(code("Clerics and lawmakers condemned Iran.")).extracting(e -> e.source().text() + " " + summary(e))
                .containsExactlyInAnyOrder("Clerics null 111 IRN asserted", "lawmakers null 111 IRN asserted");
    }

    /** A verb without an object takes the party in its other phrases: "withdrew from", "with respect to". */
    @Test
    void aVerbWithoutAnObjectTakesItsPhraseAsTarget() {
        assertThat(code("Iraq withdrew from Kuwait.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQ 0874 KWT asserted");
        // Where it happens is no party, unless the code pairs a visit with its host.
        assertThat(code("The Iraqi president arrived in Iran on Monday.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQGOV 040 null asserted");
    }

    /** The subject pronoun of a reported clause is the reporter: "it" for a country, "he" for a person or role. */
    @Test
    void theSubjectOfAReportedClauseIsItsReporter() {
        assertThat(code("Egypt said it condemned Israel.")).extracting(ConstructionsTest::summary)
                .contains("EGY 111 ISR reported");
        assertThat(code("Egypt's president said he condemned Israel.")).extracting(ConstructionsTest::summary)
                .contains("EGYGOV 111 ISR reported");
        assertThat(code("Egypt said he condemned Israel.")).extracting(ConstructionsTest::summary)
                .doesNotContain("EGY 111 ISR reported");
    }

    /** "expressed hope that Israel would be drawn in": whom the hope is about is the target. */
    @Test
    void anObjectsThatClauseNamesTheTarget() {
        assertThat(code("Egypt expressed hope that Israel would be drawn into the talks.")).extracting(ConstructionsTest::summary)
                .contains("EGY 013 ISR asserted");
    }

    /** "Iraqi and Syrian leaders": each coordinated modifier names its own party. */
    @Test
    void coordinatedModifiersEachNameAParty() {
        assertThat(code("Russia condemned Iraqi and Syrian leaders.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("RUS 111 IRQ asserted", "RUS 111 SYR asserted");
    }

    /** "rejected the proposal made by Iran": the maker of the object is the party dealt with. */
    @Test
    void theMakerOfTheObjectIsTheTarget() {
        assertThat(code("Iraq rejected the proposal made by Iran.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQ 120 IRN asserted");
    }

    /** "Former officials in Iraq" are Iraq's elite, not its government. */
    @Test
    void formerOfficialsOfACountryAreElite() {
        assertThat(code("Former officials in Iraq condemned Iran.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQELI 111 IRN asserted");
    }

    /** "Iraqi officials and lawmakers": a role coordinated with a country's role is that country's too. */
    @Test
    void aRoleCoordinatedWithACountrysRoleSharesTheCountry() {
        assertThat(code("Iraqi officials and lawmakers condemned Iran.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IRQGOV 111 IRN asserted", "IRQLEG 111 IRN asserted");
    }

    /** "cordoned off the roads leading into Gaza": a phrasal verb parsed as a preposition, aimed where its object leads. */
    @Test
    void aPhrasalVerbsObjectLeadsToItsTarget() {
        assertThat(code("Israeli troops cordoned off the roads leading into Gaza.")).extracting(ConstructionsTest::summary)
                .contains("ISRMIL 144 PSEGZA asserted");
    }

    /** "Iran said an embargo against Iraq would not work": a statement about the parties its clause names. */
    @Test
    void aStatementWithoutAnEventIsAboutThePartiesOfItsClause() {
        assertThat(code("Iran said an embargo against Iraq would not work.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRN 010 IRQ asserted");
        assertThat(code("He said an embargo against Iraq would not work.")).isEmpty();
    }

    /** "The raid took place in a village on the Kenyan side": where something happened is no seizure. */
    @Test
    void takingPlaceIsNoSeizure() {
        assertThat(code("The raid took place on Sunday in a village on the Kenyan side of the border.")).isEmpty();
    }

    /** "against X", "with Y", "to Z": a verb's prepositional phrases name its target. */
    @Test
    void prepositionalPhrasesNameTheTarget() {
        assertThat(code("Iran protested against Israel.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRN 114 ISR asserted"); // a state protesting complains officially
        assertThat(code("Iraq cooperated with Jordan on border security.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRQ 050 JOR asserted");
        assertThat(code("Iran sent weapons to Syria.")).extracting(ConstructionsTest::summary)
                .containsExactly("IRN 072 SYR asserted");
    }

    /** "The US and Britain condemned Iran" states two events, one per subject. */
    @Test
    void coordinatedSubjectsEachActOnTheTarget() {
        assertThat(code("The US and Britain condemned Iran.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("USA 111 IRN asserted", "GBR 111 IRN asserted");
    }

    /** "Israel, which attacked Syria": a relative clause's pronoun stands for the noun it follows. */
    @Test
    void aRelativeClauseActsThroughItsNoun() {
        assertThat(code("Iran condemned Israel, which attacked Syria.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IRN 111 ISR asserted", "ISR 190 SYR asserted");
    }

    /** "Iraq agreed to withdraw": the controlling verb's subject withdraws. */
    @Test
    void aControlledVerbTakesItsControllersSubject() {
        assertThat(code("Iraq agreed to withdraw its troops from Kuwait.")).extracting(ConstructionsTest::summary)
                .contains("IRQ 0874 IRQMIL intended");
        assertThat(code("NATO would increase its troops in Iraq.")).extracting(ConstructionsTest::summary)
                .containsExactly("IGOWSTNAT 154 - intended");
    }

    /**
     * "the American attack that killed Iraqi soldiers": an event noun's modifier is its source, and only a light
     * verb's subject does what its object names ("carried out an attack", not "condemned the attack").
     */
    @Test
    void anEventNounsSourceIsItsModifierOrALightVerbsSubject() {
        assertThat(code("Turkey condemned the American attack that killed Iraqi soldiers."))
                .extracting(ConstructionsTest::summary)
                .contains("TUR 111 USA asserted", "USA 190 IRQMIL asserted").doesNotContain("TUR 190 - asserted");
        assertThat(code("Turkey carried out an attack on Syria.")).extracting(ConstructionsTest::summary)
                .containsExactly("TUR 190 SYR asserted");
        assertThat(code("Turkey condemned the attack on Syria.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("TUR 112 SYR asserted", "- 190 SYR asserted");
    }

    /** "Iraq demanded that Turkey halt": the demand is made of Turkey, and the halt is asked for, not done. */
    @Test
    void aDemandIsMadeOfWhoIsAskedAndItsEventIsNotDone() {
        assertThat(code("Iraq demanded that Turkey halt its military operations.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IRQ 100 TUR asserted", "TUR 080 - hypothetical");
    }

    /** "India and Pakistan accused each other": coordinated subjects of a reciprocal act act on each other. */
    @Test
    void coordinatedSubjectsOfAReciprocalActActOnEachOther() {
        assertThat(code("India and Pakistan accused each other on Tuesday of violating the ceasefire."))
                .extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IND 112 PAK asserted", "PAK 112 IND asserted");
        assertThat(code("Iran and Iraq agreed on Thursday to open a border crossing.")).extracting(ConstructionsTest::summary)
                .contains("IRN 050 IRQ asserted", "IRQ 050 IRN asserted");
        assertThat(code("The US and Britain condemned the attack on Thursday.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("USA 112 null asserted", "GBR 112 null asserted"); // "the attack", uncoded
    }

    /** "hosted talks on Thursday": a day is no party, and a reply (043:042) needs a party on each side. */
    @Test
    void aDayIsNoPartyAndAReplyNeedsTwoParties() {
        List<Event> hosted = code("Iran hosted talks on Thursday.");
        assertThat(hosted).extracting(ConstructionsTest::summary).containsExactly("IRN 043 null asserted");
        assertThat(hosted.get(0).target().text()).isEqualTo("talks");
    }

    /** "urged Iran to release", "called on Israel to allow": an appeal to its object, whose act is only asked for. */
    @Test
    void anAppealIsMadeToItsObjectAndItsActIsOnlyAskedFor() {
        assertThat(code("The European Union urged Iran to release the prisoners.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IGOEUREEC 020 IRN asserted", "IRN 0841 null hypothetical");
        assertThat(code("The statement called on Israel to allow the school to be rebuilt."))
                .extracting(ConstructionsTest::summary).contains("null 020 ISR asserted"); // "The statement", uncoded
        assertThat(code("Russia called the accusations absurd.")).isEmpty();
    }

    /** '"...," said an Indian official': the speaker after the quote is the source, even parsed as the object. */
    @Test
    void theSpeakerAfterAQuoteIsTheSource() {
        assertThat(code("\"Both sides have agreed to strengthen communication at all levels so that incidents do not "
                + "escalate,\" said an Indian official familiar with the talks.")).extracting(ConstructionsTest::summary)
                .containsExactly("INDGOV 010 - asserted");
    }

    /** "groups linked to Iran", "leaflets containing messages": a participle describing a noun is no event. */
    @Test
    void aParticipleDescribingANounIsNoEvent() {
        String jordan = "Jordan accused groups linked to Iran of smuggling weapons.";
        assertThat(code(jordan)).extracting(e -> e.trigger().of(jordan)).doesNotContain("linked");
        String leaflets = "Police seized leaflets containing messages against Iran.";
        assertThat(code(leaflets)).extracting(e -> e.trigger().of(leaflets)).doesNotContain("containing");
    }

    /** A denial or negation covers what it governs and conjuncts sharing it, not a conjunct standing alone. */
    @Test
    void negationAndDenialDoNotLeakIntoAConjunctOfItsOwn() {
        assertThat(code("Iraq did not attack or invade Kuwait.")).extracting(Event::modality)
                .containsOnly(Modality.NEGATED).hasSize(2);
        assertThat(code("Qatar denies the accusations and says Saudi Arabia wants to undermine its sovereignty."))
                .filteredOn(e -> e.cameo().code().equals("010")).extracting(Event::modality)
                .containsExactly(Modality.ASSERTED);
        assertThat(code("Iraq declined to comment on the report.")).filteredOn(e -> e.cameo().code().equals("010"))
                .extracting(Event::modality).containsExactly(Modality.NEGATED);
        assertThat(code("Neither Malta nor Italy has allowed the migrants to land.")).extracting(Event::modality)
                .containsOnly(Modality.NEGATED).hasSize(2);
    }

    /** Everyday senses of "take", "lead", "face", "need" are no events; their patterns still code. */
    @Test
    void everydaySensesOfCommonVerbsAreNoEvents() {
        assertThat(code("The new mayor is expected to take office in Baghdad.")).isEmpty();
        assertThat(code("Haiti is facing a political crisis.")).isEmpty();
        assertThat(code("Somalia took the case to the International Court of Justice."))
                .extracting(ConstructionsTest::summary).containsExactly("SOM 115 IGOUNOJUDICJ asserted");
        assertThat(code("Russia carried out strikes on Syria.")).extracting(e -> e.cameo().root()).containsOnly("19");
    }

    /** "The UN special envoy for Yemen" is the UN's; "analysts in Nairobi", "a Western diplomat in Vienna" no country's. */
    @Test
    void whereSomeoneIsOrWhatTheyAreForIsNotWhoseTheyAre() {
        assertThat(code("The UN special envoy for Yemen visited Riyadh.")).extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IGOUNO 042 SAU asserted", "SAU 043 IGOUNO asserted");
        assertThat(code("Analysts in Nairobi said the dispute would continue.")).isEmpty();
        assertThat(code("A Western diplomat in Vienna said the talks failed.")).extracting(e -> e.source().code())
                .doesNotContain("AUTGOV");
    }

    /** "said Athens would not negotiate": what one says is about someone, but "said" is not aimed at them. */
    @Test
    void theSubjectOfWhatIsSaidIsNotTheTargetOfSaying() {
        assertThat(code("They say Tanzania has ignored the dispute.")).isEmpty();
        assertThat(code("Iran warned Iraq.")).extracting(ConstructionsTest::summary).containsExactly("IRN 130 IRQ asserted");
    }

    /** "Iran accused Israel of killing its scientist": the accused did it, as the accuser claims, to the accuser's own. */
    @Test
    void anAccusationChargesTheAccusedWithTheActAsTheAccusersClaim() {
        Event killing = code("Iran accused Israel of killing its nuclear scientist.").stream()
                .filter(e -> e.cameo().root().equals("19")).findFirst().orElseThrow();
        assertThat(summary(killing)).isEqualTo("ISR 190 IRNCVL reported");
        assertThat(killing.attribution().code()).isEqualTo("IRN");
    }

    /** "the agency" is the International Atomic Energy Agency named earlier, not the last organisation mentioned. */
    @Test
    void aDescriptionPrefersTheActorNamedWithItsWord() {
        List<Event> events = code("The International Atomic Energy Agency and Iran agreed on a schedule. The European "
                + "Union welcomed the deal. Israel called for the agency to investigate reports of undeclared activity.");
        Event investigate = events.stream().filter(e -> e.cameo().root().equals("09")).findFirst().orElseThrow();
        assertThat(investigate.source().code()).isEqualTo("IGOUNOIAE");
        assertThat(investigate.modality()).isEqualTo(Modality.HYPOTHETICAL);
    }

    /** "said in a joint statement": several speakers speak together, not to each other. */
    @Test
    void aJointStatementIsNoStatementToEachOther() {
        assertThat(code("The United States, Britain and Norway said in a joint statement that the talks must resume."))
                .extracting(e -> e.target() == null ? null : e.target().code()).containsOnlyNulls();
    }

    /** "engage with" consults, "declared a state of emergency" imposes it. */
    @Test
    void engagingWithIsContactAndDeclaringAnEmergencyImposesIt() {
        assertThat(code("Pakistan will continue to engage with the Afghan government."))
                .extracting(e -> e.cameo().root()).containsOnly("04");
        assertThat(code("Peru's government declared a state of emergency.")).extracting(e -> e.cameo().code())
                .containsExactly("1724");
    }

    /** "Hamas, which controls Gaza", "a shooting that left one fisherman dead": states and everyday senses. */
    @Test
    void standingStatesAndEverydayMotionAreNoEvents() {
        String hamas = "Hamas, which controls Gaza, called on Egypt to open the crossing.";
        assertThat(code(hamas)).extracting(e -> e.trigger().of(hamas)).doesNotContain("controls");
        assertThat(code("A shooting left one Bangladeshi fisherman dead.")).isEmpty();
        assertThat(code("The International Court of Justice ruled that Nicaragua had violated the border.")).isEmpty();
    }

    /** "Foreign Minister Amal Haddad" is a person, not the Amal movement, and "Germán Restrepo" is not Germany. */
    @Test
    void theStartOfAPersonsNameNamesNoOtherActor() {
        assertThat(code("Foreign Minister Amal Haddad condemned Israel.")).extracting(e -> e.source() == null ? null
                : e.source().code()).doesNotContain("LBNREB");
        assertThat(code("Defence Minister Germán Restrepo condemned Venezuela.")).extracting(e -> e.source() == null
                ? null : e.source().code()).doesNotContain("DEU");
    }

    /** "called on Baghdad and Ankara to resolve the dispute": those called on are asked to act, not the caller. */
    @Test
    void thoseCalledOnAreAskedToAct() {
        assertThat(code("The Kurdistan Regional Government called on Iraq and Turkey to resolve the dispute through "
                + "dialogue.")).filteredOn(e -> e.cameo().root().equals("03"))
                .extracting(ConstructionsTest::summary)
                .containsExactlyInAnyOrder("IRQ 039 TUR hypothetical", "TUR 039 IRQ hypothetical");
    }

    /** Organisations the converted dictionaries lack or mis-code: the AU, the Houthis, the SDF. */
    @Test
    void theAfricanUnionTheHouthisAndTheSdfAreKnown() {
        assertThat(code("The Houthis condemned Saudi Arabia.")).extracting(ConstructionsTest::summary)
                .containsExactly("YEMREB 111 SAU asserted");
        assertThat(code("The African Union's Peace and Security Council condemned the SDF."))
                .extracting(ConstructionsTest::summary).containsExactly("IGOAFRAFU 111 SYRREB asserted");
    }

    /** A spokesperson speaks for whom they serve: "a NATO spokeswoman in Brussels" is NATO's, not the media's. */
    @Test
    void aSpokespersonSpeaksForWhomTheyServe() {
        assertThat(code("A NATO spokeswoman in Brussels welcomed the agreement.")).extracting(e -> e.source().code())
                .containsExactly("IGOWSTNAT");
        assertThat(code("A foreign ministry spokesman in Tehran condemned the strike."))
                .extracting(e -> e.source().code()).contains("IRNGOV");
    }

    /** "discussed the war in Ukraine": a topic is not whom the talk is with; "discussed ... with Iraq" is. */
    @Test
    void aTopicIsNotWhomATalkIsWith() {
        assertThat(code("Turkey discussed the war in Ukraine.")).extracting(ConstructionsTest::summary)
                .containsExactly("TUR 040 - asserted");
    }

    /** A state's protest is an official complaint (114); people protesting is dissent (14). */
    @Test
    void aStatesProtestIsAnOfficialComplaint() {
        assertThat(code("Belarus protested to Poland on Thursday.")).extracting(ConstructionsTest::summary)
                .containsExactly("BLR 114 POL asserted");
        assertThat(code("Iraqi students protested against the government.")).extracting(e -> e.cameo().root())
                .containsOnly("14");
    }

    /** "An air strike by the Saudi-led coalition": a two-word event noun, and the leader of a coalition. */
    @Test
    void anAirStrikeByTheSaudiLedCoalition() {
        assertThat(code("An air strike by the Saudi-led coalition hit a market.")).extracting(ConstructionsTest::summary)
                .contains("SAU 190 - asserted");
    }
}
