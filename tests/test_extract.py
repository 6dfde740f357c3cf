"""Extraction on small hand-written articles: the cases users meet in real releases."""
from __future__ import annotations

import pytest

from kg.extract.article import extract
from kg.extract.lexicon import load_lexicon
from kg.extract.names import NameIndex, skeleton
from kg.extract.text import sentences, slug
from kg.model import Article
from kg.resolve import resolve


def facts_of(text: str, *, title: str = "", date: str = "2025-03-01", aid: str = "a1", outlet: str = "",
             url: str = ""):
    """The facts of one article; ``outlet`` and ``url`` say who published it."""
    return extract(Article(id=aid, text=text, title=title, date=date, source=f"{aid}.txt", outlet=outlet, url=url),
                   load_lexicon())


def people(facts) -> dict[str, str]:
    return {e.label: k for k, e in facts.entities.items() if e.type == "Person"}


def rels(facts, kind: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in facts.relations if r.kind == kind}


def signed(facts) -> set[tuple[str, str]]:
    """(signer, the document's label): a document's key also names the signers' states when its name does not."""
    return {(who, facts.entities[doc].label) for who, doc in rels(facts, "signed")}


def met(facts, a: str, b: str) -> bool:
    p = people(facts)
    pairs = rels(facts, "metWith")
    return (p[a], p[b]) in pairs or (p[b], p[a]) in pairs


@pytest.mark.parametrize("text, name, state", [
    ("Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan Erbol Tulegenov met "
     "with the delegation.", "Erbol Tulegenov", "state:kz"),
    ("Ambassador Extraordinary and Plenipotentiary of Ghana to the Republic of Kazakhstan Kofi Mensah-Boateng "
     "presented his credentials.", "Kofi Mensah-Boateng", "state:gh"),
    ("Permanent Delegate of Kazakhstan to International Organizations in Paris Nurlan Sadykov met the director.",
     "Nurlan Sadykov", "state:kz"),
    ("The talks were held with Ivan Petrovsky, Russia's Foreign Minister, in Moscow.", "Ivan Petrovsky", "state:ru"),
    ("Chinese Ambassador to the Kyrgyz Republic Zhou Minghai attended.", "Zhou Minghai", "state:cn"),
    ("The Seychelles' Minister for Foreign Affairs and Tourism Marie-Claire Payet arrived.", "Marie-Claire Payet",
     "state:sc"),
])
def test_extract_title_before_or_after_name_gives_represents(text, name, state):
    f = facts_of(text)
    assert name in people(f), people(f)
    assert (people(f)[name], state) in rels(f, "represents")


def test_extract_ambassador_represents_sending_state_not_host():
    f = facts_of("Ambassador of Kazakhstan to Belgium Daulet Amanov met with officials.")
    reps = {o for s, o in rels(f, "represents")}
    assert "state:kz" in reps and "state:be" not in reps


@pytest.mark.parametrize("sentence", [
    "Minister of Foreign Affairs of Kazakhstan Aidos Serikov met with Minister of Foreign Affairs of Chile Ana Rojas.",
    "Minister of Foreign Affairs of Kazakhstan Aidos Serikov held talks with Minister of Foreign Affairs of Chile Ana Rojas.",
    "Minister of Foreign Affairs of Kazakhstan Aidos Serikov received Minister of Foreign Affairs of Chile Ana Rojas.",
    "Minister of Foreign Affairs of Kazakhstan Aidos Serikov held a telephone conversation with Minister of Foreign Affairs of Chile Ana Rojas.",
    "Political consultations were chaired by Deputy Minister of Foreign Affairs of Kazakhstan Aidos Serikov and Vice Minister of Foreign Affairs of Chile Ana Rojas.",
])
def test_extract_meeting_said_many_ways(sentence):
    f = facts_of(sentence)
    assert met(f, "Aidos Serikov", "Ana Rojas")
    assert f.meetings and f.meetings[0].date == "2025-03-01"


def test_extract_delegation_headed_by_is_a_meeting_with_its_head():
    f = facts_of("Deputy Minister of Foreign Affairs of Kazakhstan Aidos Serikov held a meeting with the delegation of "
                 "the European Parliament headed by Member of the European Parliament Lena Hartmann.")
    assert met(f, "Aidos Serikov", "Lena Hartmann")
    assert (people(f)["Lena Hartmann"], "org:european-parliament") in rels(f, "represents")


def test_extract_phone_call_between_two_others_excludes_the_source():
    f = facts_of("Deputy Minister of Foreign Affairs of Kazakhstan Aidos Serikov met the ambassador. According to "
                 "Deputy Minister Serikov, the telephone conversation between President of Kazakhstan Bolat Zhaksylyk "
                 "and President of Chile Pedro Alvarez was productive.")
    assert met(f, "Bolat Zhaksylyk", "Pedro Alvarez")
    assert not met(f, "Aidos Serikov", "Pedro Alvarez")


def test_extract_two_parties_signed_after_meeting():
    f = facts_of("Minister of Foreign Affairs of Kazakhstan Aidos Serikov held talks with Minister of Foreign Affairs "
                 "of Chile Ana Rojas. The ministers discussed trade. Following the talks, the two parties signed a "
                 "Memorandum of Understanding on Cooperation in Agriculture to further deepen ties.")
    agreements = [k for k, e in f.entities.items() if e.type == "Agreement"]
    assert [f.entities[k].label for k in agreements] == ["Memorandum of Understanding on Cooperation in Agriculture"]
    signers = {s for s, o in rels(f, "signed")}
    assert signers == {people(f)["Aidos Serikov"], people(f)["Ana Rojas"]}


def test_extract_named_signatories_of_long_agreement():
    f = facts_of("Ambassador of Kazakhstan to Chile Aidos Serikov and Minister of Foreign Affairs of Chile Ana Rojas "
                 "signed an Agreement between the Government of the Republic of Kazakhstan and the Government of the "
                 "Republic of Chile on mutual exemption from visa requirements for up to 30 days.")
    ag = [e for e in f.entities.values() if e.type == "Agreement"]
    assert len(ag) == 1
    assert "Agreement on mutual exemption from visa requirements" in ag[0].aliases
    assert len(rels(f, "signed")) == 2


def test_extract_discussed_document_is_not_signed():
    f = facts_of("Minister of Foreign Affairs of Kazakhstan Aidos Serikov held talks with Minister of Foreign Affairs "
                 "of Chile Ana Rojas. The parties discussed a draft Roadmap on Digital Cooperation.")
    assert any(e.type == "Agreement" for e in f.entities.values())
    assert not rels(f, "signed")


def test_extract_surname_and_title_only_mentions_resolve():
    f = facts_of("Minister of Foreign Affairs of Kazakhstan Aidos Serikov held talks with Minister of Foreign Affairs "
                 "of Benin Koffi Adjovi. For his part, the Beninese Foreign Minister praised the ties. Serikov "
                 "thanked Adjovi.")
    assert set(people(f)) == {"Aidos Serikov", "Koffi Adjovi"}


def test_extract_acronym_defined_then_used():
    f = facts_of("Ambassador of Kazakhstan to Belgium Daulet Amanov met with the Secretary General of the Organisation "
                 "of African, Caribbean and Pacific States (OACPS) Jorge Mbala. The OACPS has 79 member states.")
    assert (people(f)["Jorge Mbala"], "org:oacps") in rels(f, "represents")
    assert sum(1 for e in f.entities.values() if e.type == "Organization" and "OACPS" in e.aliases) == 1


def test_extract_ministry_of_named_state_and_mfa_alias():
    f = facts_of("The Kazakh MFA reports that the Ministry of Foreign Affairs of the Republic of Kazakhstan hosted it.")
    orgs = [e for e in f.entities.values() if e.type == "Organization"]
    assert [o.key for o in orgs] == ["org:mfa-kz"]


def test_extract_named_event_with_date():
    f = facts_of("The minister invited him to the Astana International Forum, scheduled for 13-14 June 2025.")
    assert "event:astana-international-forum" in f.entities


def test_extract_formerly_known_as():
    f = facts_of("The director of the World Organisation for Animal Health (WOAH) spoke. Formerly known as the Office "
                 "International des Epizooties (OIE), the WOAH was founded in 1924.")
    orgs = {k for k, e in f.entities.items() if e.type == "Organization"}
    assert orgs == {"org:woah"}


def test_extract_headline_without_verbs_yields_no_person():
    f = facts_of("The minister met the ambassador.", title="Deputy Foreign Minister Receives New Ambassador")
    assert "Receives" not in people(f)


def test_resolve_transliterations_across_articles_but_not_shared_surnames():
    a = facts_of("Deputy Minister of Foreign Affairs of Kyrgyzstan Zheenbek Moldokanov met with Ambassador of "
                 "Japan to the Kyrgyz Republic Haruto Sato.", aid="a")
    b = facts_of("Deputy Minister of Foreign Affairs of Kyrgyzstan Jeenbek Moldokanov met with Ambassador of "
                 "Japan to the Kyrgyz Republic Haruto Sato. Chairman of the Cabinet of Ministers of the Kyrgyz "
                 "Republic Adilet Moldokanov also attended.", aid="b")
    kg = resolve([a, b])
    labels = sorted(e.label for e in kg.entities.values() if e.type == "Person")
    assert labels == ["Adilet Moldokanov", "Haruto Sato", "Zheenbek Moldokanov"] or \
        labels == ["Adilet Moldokanov", "Haruto Sato", "Jeenbek Moldokanov"]


def test_names_skeleton_unifies_transliterations():
    assert skeleton("Alibek Bakayev") == skeleton("Alibek Bakaev")
    assert skeleton("Sadyr Zhaparov") == skeleton("Sadyr Japarov")
    assert skeleton("Raşit Meredow") != skeleton("Serdar Meredow")


def test_names_surname_resolves_to_the_only_full_name():
    idx = NameIndex()
    idx.add_name("Georges Rebelo Pinto Chikoti")
    assert idx.resolve("Georges Rebelo")[1] == "Georges Rebelo Pinto Chikoti"
    assert idx.resolve("Chikoti")[1] == "Georges Rebelo Pinto Chikoti"


def test_text_sentences_keep_initials_and_abbreviations():
    assert sentences("He met N.A. Nazarbayev on Sept. 23 in the U.S. capital. Then he left.") == [
        "He met N.A. Nazarbayev on Sept. 23 in the U.S. capital.", "Then he left."]


@pytest.mark.parametrize("written, plain", [
    ("Łukasz Nowak", "lukasz-nowak"), ("ØYSTEIN BERG", "oystein-berg"), ("Đorđe Petrović", "dorde-petrovic"),
    ("Guðrún Þórðardóttir", "gudrun-thordardottir"), ("İlham Əliyev", "ilham-aliyev"), ("Ærø", "aero")])
def test_text_letters_without_a_decomposition_are_spelled_out(written, plain):
    # Unicode gives these letters no ASCII base letter: they were dropped ("gurun-orardottir") or, as
    # capitals, kept ("Łukasz" was not "Lukasz"), so the English spelling of the name was another person.
    assert slug(written) == plain
    assert skeleton(written) == skeleton(plain.replace("-", " "))


def test_text_slug_of_long_names_stays_distinct():
    a = slug("Agreement between the Kazakh and Russian Governments on cooperation in the field of transport security")
    b = slug("Agreement between the Kazakh and Russian Governments on cooperation in the field of sanitary safety")
    assert a != b and len(a) <= 80


@pytest.mark.parametrize("text, name, state", [
    ("U.S. Secretary of State John Carver met with Ukrainian Foreign Minister Olena Hrytsenko.", "John Carver",
     "state:us"),
    ("Russian foreign minister Pavel Orlov held talks with his Uzbek counterpart Timur Rashidov.", "Timur Rashidov",
     "state:uz"),
    ("Mr. Orlov thanked Indian External Affairs Minister R. Venkataraman for the visit.", "R. Venkataraman",
     "state:in"),
])
def test_extract_wire_style_titles(text, name, state):
    f = facts_of(text)
    assert (people(f)[name], state) in rels(f, "represents")


def test_extract_honorifics_and_relations_are_not_posts():
    f = facts_of("Russian foreign minister Pavel Orlov held talks with his Uzbek counterpart Timur Rashidov. "
                 "Mr. Orlov thanked him.")
    titles = {t for e in f.entities.values() for t in e.titles}
    assert "counterpart" not in titles and "Mr." not in titles
    assert met(f, "Pavel Orlov", "Timur Rashidov")


def test_resolve_same_story_from_two_outlets_with_other_spellings():
    a = facts_of("Minister of Foreign Affairs of Tajikistan Sirojiddin Mukhriddin held talks with Minister of "
                 "Foreign Affairs of Bahrain Abdulrahman Al-Khalifi in Manama.", aid="a")
    b = facts_of("Tajik Foreign Minister Sirodjiddin Muhriddin met Bahrain's Foreign Minister Abdulrahman Alkhalifi, "
                 "the ministry said.", aid="b")
    kg = resolve([a, b])
    labels = sorted(e.label for e in kg.entities.values() if e.type == "Person")
    assert len(labels) == 2, labels
    met_pairs = {(r.subject, r.object) for r in kg.relations if r.kind == "metWith"}
    assert len(met_pairs) == 1


def labels(facts, type_: str) -> set[str]:
    return {e.label for e in facts.entities.values() if e.type == type_}


@pytest.mark.parametrize("text, name", [
    ("The minister said that the alliance, set out in the Varna Declaration on Allied Relations, remains a pillar "
     "of stability.", "Varna Declaration on Allied Relations"),
    ("They discussed the Lima Programme of Action for Coastal States for the Decade 2026–2035, adopted by the "
     "General Assembly in May 2025, which leaders will review.", "Lima Programme of Action for Coastal States for "
     "the Decade 2026–2035"),
    ("The Memorandum of Understanding on Cooperation in Solar Energy, concluded in 2019 and extended last year, "
     "was reviewed.", "Memorandum of Understanding on Cooperation in Solar Energy"),
    ("The Agreement on Cultural Exchange approved by both parliaments in 2021 entered into force.",
     "Agreement on Cultural Exchange"),
    ("Ministers said the MoU on Arctic Research opens new chances for scientists.", "MoU on Arctic Research"),
    ("They signed an Agreement between the Government of Chile and the Government of the Hong Kong Special "
     "Administrative Region of the People's Republic of China on mutual exemption of visa requirements.",
     "Agreement between the Government of Chile and the Government of the Hong Kong Special Administrative Region "
     "of the People's Republic of China on mutual exemption of visa requirements"),
])
def test_extract_document_name_ends_where_a_clause_begins(text, name):
    assert labels(facts_of(text), "Agreement") == {name}


def test_extract_name_after_a_departments_title_is_a_person_of_that_department():
    f = facts_of("Deputy Director-General of the Department of Asian Affairs of the Foreign Ministry Zhao Minglu and "
                 "Nepalese Ambassador to China Hari Prasad Koirala attended the ceremony.")
    dept = "org:department-of-asian-affairs-of-the-foreign-ministry"
    assert labels(f, "Organization") == {"Department of Asian Affairs of the Foreign Ministry"}
    assert set(people(f)) == {"Zhao Minglu", "Hari Prasad Koirala"}
    assert rels(f, "represents") == {(people(f)["Zhao Minglu"], dept), (people(f)["Hari Prasad Koirala"], "state:np")}


def test_extract_document_parts_and_binational_bodies_are_not_people():
    f = facts_of("The two ministers reviewed the revision of Annex D of the Parana Basin Treaty and the operation of "
                 "Corpus Binacional.")
    assert people(f) == {}
    assert labels(f, "Organization") == {"Corpus Binacional"}
    assert labels(f, "Agreement") == {"Parana Basin Treaty"}


def test_extract_one_word_endonym_that_is_an_english_word_is_no_state():
    f = facts_of("The forum of Small Island Developing States met in Apia.")
    assert not any(e.type == "State" for e in f.entities.values())


@pytest.mark.parametrize("sentence", [
    "Secretary of State Dana Whitcombe spoke with Omani Foreign Minister Salim Al-Harthy today.",
    "President Lena Brandt hosted her Austrian counterpart Felix Gruber in Berlin.",
    "Ambassador Dana Whitcombe presented copies of her credentials to the Chief of Protocol of the Ministry, "
    "Felix Gruber.",
])
def test_extract_calls_hosting_and_credentials_are_meetings(sentence):
    f = facts_of(sentence)
    assert len(people(f)) == 2
    assert len(rels(f, "metWith")) == 1
    assert labels(f, "Agreement") == set()


def test_extract_name_particles_in_a_row_and_state_after_the_name():
    f = facts_of("The President of the Commission, Ilse van der Berg, met President Tomas Ruiz of Paraguay and "
                 "Ambassador Kim Soo-ah of the Republic of Korea.")
    assert set(people(f)) == {"Ilse van der Berg", "Tomas Ruiz", "Kim Soo-ah"}
    assert (people(f)["Tomas Ruiz"], "state:py") in rels(f, "represents")
    assert (people(f)["Kim Soo-ah"], "state:kr") in rels(f, "represents")


def test_extract_two_documents_joined_by_and_a():
    f = facts_of("The sides signed an agreement on visa-free travel for holders of service passports and a "
                 "programme of scientific cooperation for 2026-2028.")
    assert labels(f, "Agreement") == {"Agreement on visa-free travel for holders of service passports",
                                      "Programme of scientific cooperation for 2026-2028"}


def test_extract_farewell_call_is_a_meeting():
    f = facts_of("Ambassador Kim Soo-ah paid a farewell call on Vice Minister Arturo Mendes.")
    assert met(f, "Kim Soo-ah", "Arturo Mendes")


def test_extract_talks_by_phone_and_hosted_only_when_nothing_says_more():
    f = facts_of("Foreign Minister of Peru Lucia Paredes and her Chilean counterpart Tomas Ruiz discussed trade by "
                 "phone on Monday.")
    assert met(f, "Lucia Paredes", "Tomas Ruiz")
    assert [m.kind for m in f.meetings] == ["PhoneCall"]
    f = facts_of("Lima hosted a round of political consultations between the foreign ministries of Peru and Chile, "
                 "chaired by Deputy Foreign Minister of Peru Lucia Paredes and Deputy Foreign Minister of Chile "
                 "Tomas Ruiz.")
    assert met(f, "Lucia Paredes", "Tomas Ruiz")
    assert [m.kind for m in f.meetings] == ["Consultations"]


def test_extract_common_word_as_a_first_name_after_a_title():
    f = facts_of("OSCE Secretary General Mark Halloran welcomed the Chairperson-in-Office, Norwegian Foreign "
                 "Minister Ingrid Dahl, to the SCO Regional Anti-Terrorist Structure.")
    assert set(people(f)) == {"Mark Halloran", "Ingrid Dahl"}
    assert (people(f)["Ingrid Dahl"], "state:no") in rels(f, "represents")
    assert "SCO Regional Anti-Terrorist Structure" in labels(f, "Organization")


def test_extract_city_of_signing_is_not_part_of_a_lowercase_document_name():
    f = facts_of("The two ministers signed a Declaration of Intent on energy cooperation in Tromso.")
    assert labels(f, "Agreement") == {"Declaration of Intent on energy cooperation"}


def test_extract_first_name_that_is_a_city_after_a_title():
    f = facts_of("Foreign Minister of Chile Sofia Castro and Foreign Minister of Peru Lima Quispe held a bilateral "
                 "meeting in Santiago.")
    assert set(people(f)) == {"Sofia Castro", "Lima Quispe"}
    assert met(f, "Sofia Castro", "Lima Quispe")
    assert rels(f, "represents") == {(people(f)["Sofia Castro"], "state:cl"), (people(f)["Lima Quispe"], "state:pe")}


def test_extract_amb_abbreviation_and_ambassador_designate():
    f = facts_of("Ambassador-designate of Chile to Norway Tomas Ruiz met the visiting Ghanaian Minister of Foreign "
                 "Affairs, Amb. Esi Mensah.")
    assert set(people(f)) == {"Tomas Ruiz", "Esi Mensah"}
    assert rels(f, "represents") == {(people(f)["Tomas Ruiz"], "state:cl"), (people(f)["Esi Mensah"], "state:gh")}


def test_extract_lowercase_letter_of_intent_is_a_document():
    f = facts_of("Minister Esi Mensah and her Norwegian counterpart Ingrid Dahl signed a letter of intent on the "
                 "return of archives.")
    assert labels(f, "Agreement") == {"Letter of intent on the return of archives"}
    assert len(rels(f, "signed")) == 2


def test_extract_portfolio_words_and_cabinet_secretary_in_titles():
    f = facts_of("Ms. Esi Mensah, Ghana's Cabinet Secretary for Foreign Affairs, met UN Under-Secretary-General for "
                 "Peacebuilding and Disarmament Affairs Ingrid Dahl.")
    assert set(people(f)) == {"Esi Mensah", "Ingrid Dahl"}
    assert rels(f, "represents") == {(people(f)["Esi Mensah"], "state:gh"), (people(f)["Ingrid Dahl"], "org:un")}
    assert labels(f, "Organization") == {"United Nations"}


@pytest.mark.parametrize("text", [
    "The Foreign Ministers of Chile and Norway, Marta Castro and Ingrid Dahl, respectively, signed the accord.",
    "The accord was signed by Marta Castro and Ingrid Dahl, the Foreign Ministers of Chile and Norway respectively.",
    "It was signed by Marta Castro and Ingrid Dahl, Ministers of Foreign Affairs of Chile and Norway, respectively.",
    "Marta Castro and Ingrid Dahl, Ambassadors of Chile and Norway, attended the reception.",
    # demonyms of a plural role
    "The Chilean and Norwegian foreign ministers, Marta Castro and Ingrid Dahl, discussed fisheries.",
    "Chilean and Norwegian foreign ministers Marta Castro and Ingrid Dahl discussed fisheries.",
    "The Foreign Ministers of Chile and Norway Marta Castro and Ingrid Dahl discussed fisheries.",
])
def test_extract_names_paired_in_order_with_a_plural_titles_states(text):
    f = facts_of(text)
    assert rels(f, "represents") == {(people(f)["Marta Castro"], "state:cl"), (people(f)["Ingrid Dahl"], "state:no")}


def test_extract_plural_title_with_more_states_than_names_pairs_nobody():
    f = facts_of("Marta Castro and Ingrid Dahl, Ambassadors of Chile, Peru and Norway, attended the reception.")
    assert set(people(f)) == {"Marta Castro", "Ingrid Dahl"}
    assert not any(state == "state:pe" for _, state in rels(f, "represents"))
    assert (people(f)["Marta Castro"], "state:no") not in rels(f, "represents")


def test_extract_numbered_events_and_event_acronyms():
    f = facts_of("Delegates met at COP29 in Baku. The COP-29 host invited them to the Tashkent Textile & Fashion "
                 "Congress (TTFC), and the TTFC organizers thanked the Conference of the Parties (COP16).")
    events = {k: e.label for k, e in f.entities.items() if e.type == "Event"}
    assert events["event:cop29"] in {"COP29", "COP-29"}
    assert "Tashkent Textile & Fashion Congress" in events.values()
    assert not any("(" in label for label in events.values())
    assert labels(f, "Organization") == set()  # "the Parties (COP16)" names no organization


def test_extract_longest_head_wins_programme_office():
    f = facts_of("The Head of the OSCE Programme Office in Bishkek, Ingrid Dahl, met Marta Castro.")
    assert labels(f, "Agreement") == set()
    assert "OSCE Programme Office in Bishkek" in labels(f, "Organization")


def test_extract_post_nominals_and_arabic_article_surnames():
    f = facts_of("Minister for Foreign Affairs Aoife Byrne T.D. met the Jordanian Minister of Foreign Affairs, "
                 "Dr. Karim al-Masri, and Ahmed el-Sayed MP.")
    assert set(people(f)) == {"Aoife Byrne", "Karim al-Masri", "Ahmed el-Sayed"}
    assert (people(f)["Karim al-Masri"], "state:jo") in rels(f, "represents")


def test_extract_event_named_after_a_treaty_is_one_event():
    f = facts_of("Marta Castro thanked Ingrid Dahl for support at the Svalbard Treaty Consultative Meeting and "
                 "praised the Svalbard Treaty.")
    assert labels(f, "Event") == {"Svalbard Treaty Consultative Meeting"}
    assert labels(f, "Agreement") == {"Svalbard Treaty"}


def test_extract_embassy_posts_and_long_official_titles():
    f = facts_of("Chargé d'affaires a.i. of the Embassy of Norway Erik Dahl and Minister-Counsellor of the Embassy of "
                 "Japan in Chile Kenji Mori met Spain's Minister of Foreign Affairs, European Union and Cooperation, "
                 "Ana Ruiz Gil.")
    reps = rels(f, "represents")
    assert (people(f)["Erik Dahl"], "state:no") in reps
    assert (people(f)["Kenji Mori"], "state:jp") in reps
    assert (people(f)["Ana Ruiz Gil"], "state:es") in reps


def test_extract_envoy_for_a_state_does_not_represent_it():
    f = facts_of("The U.S. Special Envoy for Sudan Tom Harlow met with Sudanese Foreign Minister Ali Osman.")
    assert (people(f)["Tom Harlow"], "state:us") in rels(f, "represents")
    assert (people(f)["Tom Harlow"], "state:sd") not in rels(f, "represents")


def test_extract_surname_that_is_a_word_after_a_title():
    f = facts_of("The UK's Minister of State for the Indo-Pacific, Anna West, met Deputy Minister Tran Van Long.")
    assert set(people(f)) == {"Anna West", "Tran Van Long"}
    assert (people(f)["Anna West"], "state:gb") in rels(f, "represents")


def test_extract_uk_foreign_office_is_not_the_commonwealth():
    f = facts_of("The Foreign, Commonwealth & Development Office (FCDO) announced new funding.")
    assert "org:commonwealth" not in f.entities


def test_resolve_hard_c_spellings_and_document_abbreviations_across_articles():
    a = facts_of("Foreign Minister of Chile Marco Castro and Norwegian Foreign Minister Ingrid Dahl signed a "
                 "Memorandum of Understanding on Arctic Research.", aid="a")
    b = facts_of("Norway's foreign minister Ingrid Dahl and her Chilean colleague Marko Kastro praised the MoU on "
                 "Arctic Research.", aid="b")
    kg = resolve([a, b])
    people_ = sorted(e.label for e in kg.entities.values() if e.type == "Person")
    documents = [e for e in kg.entities.values() if e.type == "Agreement"]
    assert people_ == ["Ingrid Dahl", "Marco Castro"]
    assert len(documents) == 1
    assert {"Memorandum on Arctic Research", "MoU on Arctic Research"} <= documents[0].aliases


def test_extract_surname_that_names_a_state_or_a_city_is_no_state_or_city():
    f = facts_of("Foreign Minister Pedro Chile of Peru met Foreign Minister of Bolivia Ana Lima in Sofia.")
    assert set(people(f)) == {"Pedro Chile", "Ana Lima"}
    assert rels(f, "represents") == {(people(f)["Pedro Chile"], "state:pe"), (people(f)["Ana Lima"], "state:bo")}
    assert {e.label for e in f.entities.values() if e.type in ("State", "Place")} == {"Peru", "Bolivia", "Sofia"}


@pytest.mark.parametrize("text", [
    "Deputy Minister Oskar Lind arrived in Luanda. The trip comes after the meeting between Foreign Minister Rui "
    "Matos of Angola and Foreign Minister Lea Berg of Denmark in March.",
    "Deputy Minister Oskar Lind briefed the press. He recalled the talks between Rui Matos and Lea Berg in May.",
])
def test_extract_a_meeting_between_two_people_is_theirs(text):
    """"the meeting between X and Y": X and Y met, not whoever the article is about."""
    f = facts_of(text)
    assert rels(f, "metWith") == {(people(f)["Rui Matos"], people(f)["Lea Berg"])}
    assert [sorted(m.participants) for m in f.meetings] == [sorted([people(f)["Rui Matos"], people(f)["Lea Berg"]])]


def test_extract_held_a_named_dialogue_with_someone_is_a_meeting():
    f = facts_of("Vice Minister of Foreign Affairs Han Jae-won held the 4th Korea-Chile Strategic Dialogue with "
                 "Undersecretary Ana Rojas in Santiago on 3 May 2025.")
    assert met(f, "Han Jae-won", "Ana Rojas")
    (meeting,) = f.meetings
    assert meeting.date == "2025-05-03" and meeting.place == "place:santiago"
    assert "event:4th-korea-chile-strategic-dialogue" in f.entities


def test_extract_a_meeting_word_inside_a_document_name_is_no_meeting():
    f = facts_of("Foreign Minister of Peru Pedro Salas held talks with Foreign Minister of Ghana Kofi Asante. "
                 "The ministers signed a Programme of Consultations between the Ministries of Foreign Affairs of "
                 "the two countries for 2025-2027.")
    (document,) = [e.label for e in f.entities.values() if e.type == "Agreement"]
    assert document == ("Programme of Consultations between the Ministries of Foreign Affairs of the two countries "
                        "for 2025-2027")
    assert [m.kind for m in f.meetings] == ["Talks"]
    assert {s for s, _ in rels(f, "signed")} == {people(f)["Pedro Salas"], people(f)["Kofi Asante"]}


def test_extract_title_before_an_honorific_keeps_no_comma():
    f = facts_of("The Chairperson of the African Union Commission, H.E. Amara Keita, received the Foreign Minister "
                 "of Ghana, Kofi Asante.")
    keita = f.entities[people(f)["Amara Keita"]]
    assert keita.titles == {"Chairperson of the African Union Commission"}
    assert met(f, "Amara Keita", "Kofi Asante")


@pytest.mark.parametrize("text, place", [
    ("ABU DHABI, 12th October, 2025 (WAM) – Foreign Minister of Peru Pedro Salas received Kofi Asante.",
     "place:abu-dhabi"),
    ("NAIROBI (Reuters) – Foreign Minister of Peru Pedro Salas received Kofi Asante.", "place:nairobi"),
    ("PORT LOUVAIN, 12 October 2025 – Foreign Minister of Peru Pedro Salas received Kofi Asante.", ""),
])
def test_extract_a_dateline_in_capitals_is_a_place_never_a_person(text, place):
    f = facts_of(text, date="")
    assert set(people(f)) == {"Pedro Salas", "Kofi Asante"}
    assert [k for k, e in f.entities.items() if e.type == "Place"] == ([place] if place else [])
    assert [m.date for m in f.meetings] == (["2025-10-12"] if "October" in text else [""])


def test_extract_acronyms_at_a_sentence_start_are_no_dateline():
    f = facts_of("NATO, the EU and the OSCE welcomed the talks.")
    assert {"org:nato", "org:eu", "org:osce"} <= set(f.entities)


def test_extract_two_meeting_phrases_joined_by_and_are_two_meetings():
    """"X called on A and held talks with B": X met A, X met B, A did not meet B; "the two ministers"
    of the next sentence are X and B."""
    f = facts_of("Foreign Minister of Peru Pedro Salas arrived in Accra. He called on President of Ghana Kwame "
                 "Boateng and held delegation-level talks with Cabinet Secretary for Foreign and Diaspora Affairs "
                 "Ama Owusu. The two ministers signed a Memorandum of Understanding on Consular Matters.")
    p = people(f)
    assert rels(f, "metWith") == {(p["Pedro Salas"], p["Kwame Boateng"]), (p["Pedro Salas"], p["Ama Owusu"])}
    assert [(m.kind, sorted(m.participants)) for m in f.meetings] == [
        ("Meeting", sorted([p["Pedro Salas"], p["Kwame Boateng"]])),
        ("Talks", sorted([p["Pedro Salas"], p["Ama Owusu"]]))]
    assert {s for s, _ in rels(f, "signed")} == {p["Pedro Salas"], p["Ama Owusu"]}
    assert f.entities[p["Ama Owusu"]].titles == {"Cabinet Secretary for Foreign and Diaspora Affairs"}


def test_extract_a_name_met_in_full_is_a_person_even_where_it_starts_with_a_city():
    f = facts_of("Foreign Minister of Peru Sofía Quispe arrived in Accra.\nSofía Quispe said that Peru values the "
                 "partnership.")
    assert set(people(f)) == {"Sofía Quispe"}
    assert not [e for e in f.entities.values() if e.type == "Place" and e.label == "Sofia"]


@pytest.mark.parametrize("text, name", [
    ("Malaysian Foreign Minister Dato' Seri Zainal Ismail received Kofi Asante.", "Zainal Ismail"),
    ("HR/VP Kallas met Foreign Minister of Ghana Kofi Asante.", "Kallas"),
    ("Deputy Minister of Foreign Affairs Eng. Waleed Al-Harbi received Foreign Minister of Ghana Kofi Asante.",
     "Waleed Al-Harbi"),
    ("The Speaker of Parliament, Nurlan Asanbek uulu, received Foreign Minister of Ghana Kofi Asante at Old "
     "Treasury Building.", "Nurlan Asanbek uulu"),
])
def test_extract_honorifics_and_title_abbreviations_are_no_names(text, name):
    """"Eng." ends no sentence; "uulu" ends a Kyrgyz name; a building's name is no person."""
    f = facts_of(text)
    assert set(people(f)) == {name, "Kofi Asante"}
    assert met(f, name, "Kofi Asante")
    assert f.entities[people(f)[name]].titles


def test_extract_the_one_accompanied_and_the_one_accompanying_both_met():
    f = facts_of("Foreign Minister of Chile Ana Rojas, accompanied by Ambassador Luis Quispe, met with President of "
                 "Ghana Kofi Asante.")
    assert met(f, "Ana Rojas", "Kofi Asante") and met(f, "Luis Quispe", "Kofi Asante")
    assert not met(f, "Ana Rojas", "Luis Quispe")


def test_extract_a_farewell_is_a_meeting_and_a_weekday_ends_a_document_name():
    f = facts_of("Foreign Minister of Ghana Kofi Asante bid farewell to the outgoing Ambassador of Peru, Luis Quispe. "
                 "Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Quispe signed a Memorandum of "
                 "Understanding on Consular Cooperation on Monday.")
    assert met(f, "Kofi Asante", "Luis Quispe")
    assert {doc for _, doc in signed(f)} == {"Memorandum of Understanding on Consular Cooperation"}


def test_extract_states_that_sign_without_a_named_signatory():
    f = facts_of("The Republic of Ghana, the Kingdom of Spain and Peru have signed the Agreement on Air Services. "
                 "The talks in Ghana signed off on the Agreement on Cultural Cooperation.")
    assert signed(f) == {(state, "Agreement on Air Services") for state in ("state:gh", "state:es", "state:pe")}


@pytest.mark.parametrize("text, documents", [
    ("Ghana and Spain signed a Memorandum of Understanding (MoU) on Political Consultations.",
     {"memorandum-of-understanding-on-political-consultations-es-gh"}),
    ("Kofi Asante and Luis Quispe signed the Agreement on Visa Exemption for Holders of Diplomatic and Service "
     "Passports and the Protocol on Cultural Cooperation.",
     {"agreement-on-visa-exemption-for-holders-of-diplomatic-and-service-passports",
      "protocol-on-cultural-cooperation"}),
])
def test_extract_document_names_around_an_abbreviation_and_a_list(text, documents):
    """"(MoU)" between the kind and the subject keeps one name; "and the Protocol" starts the next document;
    "Diplomatic and Service Passports" names no service."""
    f = facts_of(text)
    assert {k.split(":")[1] for k, e in f.entities.items() if e.type == "Agreement"} == documents
    assert not [e for e in f.entities.values() if e.type == "Organization"]
    assert {doc.split(":")[1] for _, doc in rels(f, "signed")} == documents


def test_extract_a_body_after_a_title_that_follows_the_name():
    """"Juan Ruiz, Chairman of Banco Santander": the names after "of" are the chairman's company."""
    f = facts_of("Foreign Minister of Ghana Kofi Asante met with Ms. Maria Gonzalez, CEO of Iberdrola, and Mr. Juan "
                 "Ruiz, Chairman of Banco Santander.")
    assert set(people(f)) == {"Kofi Asante", "Maria Gonzalez", "Juan Ruiz"}
    assert {(people(f)["Maria Gonzalez"], "org:iberdrola"), (people(f)["Juan Ruiz"], "org:banco-santander")} \
        <= rels(f, "represents")


@pytest.mark.parametrize("text", [
    "The Peruvian side was represented by Deputy Minister Luis Quispe, while the Chilean delegation was headed by "
    "Ambassador Ana Rojas.",
    "Luis Quispe (Peru) and Ana Rojas (Chile) co-chaired the meeting.",
])
def test_extract_the_side_a_person_stands_for(text):
    f = facts_of(text)
    assert rels(f, "represents") == {(people(f)["Luis Quispe"], "state:pe"), (people(f)["Ana Rojas"], "state:cl")}
    assert met(f, "Luis Quispe", "Ana Rojas")


def test_extract_a_post_and_another_persons_title_are_two_people():
    """"The Foreign Secretary and Minister Quispe signed": the first is the Foreign Secretary named before."""
    f = facts_of("Foreign Secretary Harriet Lane met Peruvian Foreign Minister Luis Quispe in London. The Foreign "
                 "Secretary and Minister Quispe signed a Memorandum of Understanding on Climate and Nature.")
    doc = "agreement:memorandum-of-understanding-on-climate-and-nature"
    assert rels(f, "signed") == {(people(f)["Harriet Lane"], doc), (people(f)["Luis Quispe"], doc)}
    assert "Foreign Secretary and Minister" not in f.entities[people(f)["Luis Quispe"]].titles


def test_extract_a_courtesy_call_to_and_a_source_after_a_document():
    f = facts_of("Foreign Minister of Ghana Kofi Asante held talks with Peruvian Foreign Minister Luis Quispe. The two "
                 "countries signed a memorandum of understanding on agricultural research, according to a statement "
                 "from the ministry. Quispe paid a courtesy call to President John Mensah.")
    assert {e.label for e in f.entities.values() if e.type == "Agreement"} == {
        "Memorandum of understanding on agricultural research"}
    assert met(f, "Luis Quispe", "John Mensah")


def test_extract_a_chamber_of_commerce_and_industry_and_a_conference_of_the_parties():
    f = facts_of("Kofi Asante visited the Chamber of Commerce and Industry of Peru. He attended the 30th Conference of "
                 "the Parties to the UN Framework Convention on Climate Change (COP30) in Belém.")
    bodies = {e.type: e for e in f.entities.values() if e.type in ("Organization", "Event")}
    labels = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert "Chamber of Commerce and Industry of Peru" in labels
    assert bodies["Event"].label == "30th Conference of the Parties to the UN Framework Convention on Climate Change"
    assert "COP30" in bodies["Event"].aliases


def test_resolve_numbered_meetings_that_share_a_series_acronym_stay_apart():
    a = facts_of("Kofi Asante attended the 57th ASEAN Foreign Ministers' Meeting (AMM) in Vientiane.", aid="a1")
    b = facts_of("Kofi Asante attended the 58th ASEAN Foreign Ministers' Meeting (AMM) in Kuala Lumpur.", aid="a2")
    assert len([e for e in resolve([a, b]).entities.values() if e.type == "Event"]) == 2


@pytest.mark.parametrize("text, title, side", [
    ("Kofi Asante met the Minister of Foreign Affairs and Worship of the Republic of Paraguay, Luis Quispe.",
     "Minister of Foreign Affairs and Worship of the Republic of Paraguay", "state:py"),
    ("Kofi Asante called the Minister of Foreign and European Affairs of Croatia, Luis Quispe.",
     "Minister of Foreign and European Affairs of Croatia", "state:hr"),
    ("Kofi Asante met Undersecretary of State at the Ministry of Foreign Affairs of Czechia Luis Quispe.",
     "Undersecretary of State at the Ministry of Foreign Affairs of Czechia", "state:cz"),
    ("Kofi Asante met Tunisian Minister of Foreign Affairs, Migration and Tunisian Expatriates Luis Quispe.",
     "Minister of Foreign Affairs, Migration and Tunisian Expatriates", "state:tn"),
])
def test_extract_posts_with_portfolios(text, title, side):
    """A portfolio the lexicon lacks after "and", "European" inside a portfolio, "at the Ministry of ...",
    a list of portfolios right before the name."""
    f = facts_of(text)
    assert set(people(f)) == {"Kofi Asante", "Luis Quispe"}
    assert title in f.entities[people(f)["Luis Quispe"]].titles
    assert (people(f)["Luis Quispe"], side) in rels(f, "represents")


def test_extract_an_aside_in_a_post_and_a_foreign_ministry_with_more_portfolios():
    f = facts_of("Minister of Foreign Affairs of Armenia Armen Sargsyan received the Ambassador of Ghana to Armenia "
                 "(residence in Moscow) Kofi Owusu-Ansah. They discussed the Ministry of Foreign Affairs and Regional "
                 "Integration of the Republic of Ghana.")
    p = people(f)
    assert (p["Kofi Owusu-Ansah"], "state:gh") in rels(f, "represents")
    assert f.entities[p["Kofi Owusu-Ansah"]].titles == {"Ambassador of Ghana to Armenia"}
    assert "org:mfa-gh" in f.entities


@pytest.mark.parametrize("text, type_, label", [
    # an event's name holds a place word
    ("The ministers met on the margins of the Fourth International Conference on Small Island Developing States.",
     "Event", "Fourth International Conference on Small Island Developing States"),
    # a party's central committee body is one body
    ("Zhang Wen, also a member of the Political Bureau of the Communist Party of Viet Nam Central Committee, met "
     "Kofi Asante.", "Organization", "Political Bureau of the Communist Party of Viet Nam Central Committee"),
])
def test_extract_a_long_name_is_one_node(text, type_, label):
    f = facts_of(text)
    assert [e.label for e in f.entities.values() if e.type == type_] == [label]


def test_extract_and_resolve_a_regnal_number():
    """"King Abdullah II" keeps his number, and is "King Abdullah" of another article; two reigns stay apart."""
    a = facts_of("King Abdullah II of Jordan received Kofi Asante. Pope Leo XIV received Ana Rojas.", aid="a1")
    b = facts_of("Kofi Asante met King Abdullah of Jordan in Amman. King Charles III received Ana Rojas.", aid="a2")
    assert {"Abdullah II", "Leo XIV"} <= set(people(a)) and "Charles III" in people(b)
    kg = resolve([a, b])
    assert sorted(e.label for e in kg.entities.values() if e.type == "Person") == [
        "Abdullah II", "Ana Rojas", "Charles III", "Kofi Asante", "Leo XIV"]


def test_extract_a_portfolio_naming_a_body_is_no_representation():
    f = facts_of("Undersecretary for Bilateral Relations and ASEAN Affairs Ana Rojas met Kofi Asante.")
    assert f.entities[people(f)["Ana Rojas"]].titles == {"Undersecretary for Bilateral Relations and ASEAN Affairs"}
    assert not rels(f, "represents")


def test_extract_a_projects_name_and_a_headlines_short_event_name():
    f = facts_of("The Ministers exchanged notes on the Project for Flood Early Warning Systems. Kofi Asante and Ana "
                 "Rojas co-chaired the 3rd Ghana-Chile Political Consultations in Accra.",
                 title="Ghana and Chile hold 3rd Political Consultations")
    assert set(people(f)) == {"Kofi Asante", "Ana Rojas"}
    assert [e.label for e in f.entities.values() if e.type == "Event"] == ["3rd Ghana-Chile Political Consultations"]


@pytest.mark.parametrize("text, title, side", [
    ("Kofi Asante met with Ambassador-at-Large for Counterterrorism of Peru Luis Quispe.",
     "Ambassador-at-Large for Counterterrorism of Peru", "state:pe"),
    ("Kofi Asante met with the Special Envoy of the President of Peru for Climate, Luis Quispe.",
     "Special Envoy of the President of Peru for Climate", "state:pe"),
    ("Kofi Asante met with Honorary Consul of Peru in Kumasi Luis Quispe.", "Honorary Consul of Peru in Kumasi",
     "state:pe"),
    ("Kofi Asante met with the Head of the EU Delegation to Ghana, Ambassador Luis Quispe.",
     "Head of the EU Delegation to Ghana", "org:eu"),
])
def test_extract_long_posts_before_a_name(text, title, side):
    """A portfolio word the lexicon lacks, a post "of the President", a city it lacks, a body's office."""
    f = facts_of(text)
    assert set(people(f)) == {"Kofi Asante", "Luis Quispe"}
    assert f.entities[people(f)["Luis Quispe"]].titles == {title}
    assert (people(f)["Luis Quispe"], side) in rels(f, "represents") and met(f, "Kofi Asante", "Luis Quispe")


@pytest.mark.parametrize("text, name, title", [
    ("Foreign Minister of Saudi Arabia HH Prince Faisal bin Farhan Al Saud met Kofi Asante.",
     "Faisal bin Farhan Al Saud", "Foreign Minister of Saudi Arabia"),
    ("Foreign Minister of Malaysia Siti Aishah binti Abdullah met Kofi Asante.", "Siti Aishah binti Abdullah",
     "Foreign Minister of Malaysia"),
    ("Foreign Minister of Tanzania Ambassador Mahmoud Thabit Kombo met Kofi Asante.", "Mahmoud Thabit Kombo",
     "Foreign Minister of Tanzania"),
    ("Minister of State for Foreign Affairs of Qatar Sultan bin Saad Al-Muraikhi met Kofi Asante.",
     "Sultan bin Saad Al-Muraikhi", "Minister of State for Foreign Affairs of Qatar"),
])
def test_extract_styles_and_particles_between_post_and_name(text, name, title):
    f = facts_of(text)
    assert set(people(f)) == {name, "Kofi Asante"}
    assert f.entities[people(f)[name]].titles == {title}


def test_extract_two_names_with_long_posts_between_are_both_the_subject():
    f = facts_of("The High Representative of the Union for Foreign Affairs and Security Policy, Klara Lind, and the "
                 "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of "
                 "Kenya, Joseph Kariuki, co-chaired the second EU-Kenya Strategic Dialogue in Nairobi.")
    assert met(f, "Klara Lind", "Joseph Kariuki")


def test_extract_a_long_clause_between_two_names_still_parts_them():
    f = facts_of("Ambassador Klara Lind, who had served in Nairobi and in Addis Ababa for many years before her "
                 "posting, and her deputy, Joseph Kariuki, met with Foreign Minister of Ghana Kofi Asante.")
    assert met(f, "Joseph Kariuki", "Kofi Asante") and not met(f, "Klara Lind", "Joseph Kariuki")


@pytest.mark.parametrize("text", [
    "Talks were held between Foreign Minister of Ghana Kofi Asante and Foreign Minister of Peru Luis Quispe.",
    "A meeting took place between Foreign Minister of Ghana Kofi Asante and Foreign Minister of Peru Luis Quispe.",
    "Foreign Minister of Ghana Kofi Asante conferred with Foreign Minister of Peru Luis Quispe.",
])
def test_extract_passive_and_other_meeting_phrases(text):
    assert met(facts_of(text), "Kofi Asante", "Luis Quispe")


@pytest.mark.parametrize("text, kind", [
    ("Foreign Secretary Ana Treviño held a working meeting today with Canada's Minister of Foreign Affairs, "
     "Claire Roy.", "Meeting"),
    ("Foreign Secretary Ana Treviño had productive talks with Canada's Minister of Foreign Affairs, Claire Roy.",
     "Talks"),
    ("Prime Minister Ana Treviño welcomed Minister of Foreign Affairs of Canada Claire Roy to Mexico City.",
     "Visit"),
])
def test_extract_meeting_phrases_with_words_inside(text, kind):
    f = facts_of(text)
    assert met(f, "Ana Treviño", "Claire Roy")
    assert [m.kind for m in f.meetings] == [kind]


def test_extract_welcoming_news_or_meeting_the_press_is_no_meeting():
    f = facts_of("Foreign Minister of Peru Pedro Salas held talks with Foreign Minister of Ghana Kofi Asante. "
                 "After the talks, the two ministers met the press. Pedro Salas welcomed progress on the "
                 "agreement that Kofi Asante proposed.")
    assert len(f.meetings) == 1


def test_extract_a_title_before_the_next_name_is_that_persons():
    """"President A, Prime Minister B and Foreign Minister C": each title is its own person's."""
    f = facts_of("Foreign Minister of Peru Pedro Salas met with President Maia Ionescu, Prime Minister Dan Rusu "
                 "and Foreign Minister Ion Lungu of Moldova.")
    titles = {e.label: e.titles for e in f.entities.values() if e.type == "Person"}
    assert titles["Maia Ionescu"] == {"President"}
    assert titles["Dan Rusu"] == {"Prime Minister"}


def test_extract_a_capitalized_mission_is_a_body():
    f = facts_of("The minister visited the OSCE Mission to Moldova and the Permanent Mission of Peru to the "
                 "United Nations.")
    bodies = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert {"OSCE Mission to Moldova", "Permanent Mission of Peru to the United Nations"} <= bodies
    assert not [e for e in f.entities.values() if e.type == "Event"]


def test_extract_a_phone_call_received_is_a_phone_call():
    f = facts_of("Foreign Minister Pedro Salas received a phone call today from the Minister for Foreign Affairs "
                 "of Sweden, Ebba Lind.")
    assert [m.kind for m in f.meetings] == ["PhoneCall"]


def test_extract_no_person_inside_a_document_name_after_a_state():
    f = facts_of("Ambassador of Chile Rosa Vidal praised the Viet Nam–Chile Free Trade Agreement.")
    assert set(people(f)) == {"Rosa Vidal"}


def test_extract_they_agreed_and_signed_names_the_signers():
    f = facts_of("Foreign Minister of Peru Pedro Salas met Foreign Minister of Ghana Kofi Asante in Lima. They agreed "
                 "to deepen cooperation on maritime security, and signed a Memorandum of Understanding on Climate "
                 "Finance. They noted that Peru and Ghana signed an Agreement on Air Services in 2019.")
    p = people(f)
    assert {(p["Pedro Salas"], "Memorandum of Understanding on Climate Finance"),
            (p["Kofi Asante"], "Memorandum of Understanding on Climate Finance")} <= signed(f)
    assert not [d for _, d in signed(f) if "Air Services" in d]


def test_extract_a_parliaments_name_ending_a_persons_name_is_the_persons():
    """"Cortes" names Spain's parliament, and ends many Spanish surnames."""
    f = facts_of("Minister of Foreign Affairs Anne Fortin met with Luis Navarro Cortés, Mexico's Secretary of "
                 "Foreign Affairs. The Spanish Cortes approved the treaty.")
    assert set(people(f)) == {"Anne Fortin", "Luis Navarro Cortés"}
    assert (people(f)["Luis Navarro Cortés"], "state:mx") in rels(f, "represents")
    assert met(f, "Anne Fortin", "Luis Navarro Cortés")


def test_extract_a_house_or_guest_house_is_a_place_not_a_name():
    f = facts_of("Foreign Minister Amina Wanjiru accompanied the visiting Minister to State House, where she met "
                 "President Daniel Kamau. The talks were held at the State Guest House Jamuna.")
    assert set(people(f)) == {"Amina Wanjiru", "Daniel Kamau"}
    assert met(f, "Amina Wanjiru", "Daniel Kamau")


def test_extract_the_leaders_of_two_delegations_met():
    """"X led the A delegation, while the B delegation was led by Y": both represent, and they met."""
    f = facts_of("The 4th round of Foreign Office Consultations between Nepal and Korea was held in Kathmandu. "
                 "Foreign Secretary Sita Adhikari led the Nepali delegation, while the Korean delegation was led "
                 "by Deputy Minister Park Ji-ho.")
    p = people(f)
    assert {(p["Sita Adhikari"], "state:np"), (p["Park Ji-ho"], "state:kr")} <= rels(f, "represents")
    assert met(f, "Sita Adhikari", "Park Ji-ho")


def test_extract_a_partnership_of_kinds_alone_names_no_body():
    f = facts_of("Both sides reaffirmed their Comprehensive Strategic Partnership and the Enhanced Partnership "
                 "with the Global Partnership for Education.")
    bodies = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert bodies == {"Global Partnership for Education"}


def test_extract_fm_and_pm_abbreviate_titles():
    f = facts_of("FM Dana Cohen meets Cypriot counterpart\n\nForeign Minister Dana Cohen met today with Cypriot "
                 "Foreign Minister Eleni Georgiou. PM Yossi Katz later received Eleni Georgiou.")
    assert set(people(f)) == {"Dana Cohen", "Eleni Georgiou", "Yossi Katz"}
    assert met(f, "Yossi Katz", "Eleni Georgiou")


def test_extract_a_title_with_several_portfolios_or_at_a_ministry():
    f = facts_of("The Minister of Foreign Affairs, Regional Integration and Beninese Abroad, Koffi Agbo, met "
                 "Minister of State at the Ministry of Foreign Affairs Dr. Salem bin Nasser Al-Kaabi.")
    titles = {e.label: e.titles for e in f.entities.values() if e.type == "Person"}
    assert titles == {"Koffi Agbo": {"Minister of Foreign Affairs, Regional Integration and Beninese Abroad"},
                      "Salem bin Nasser Al-Kaabi": {"Minister of State at the Ministry of Foreign Affairs"}}


def test_extract_documents_listed_after_signed_are_each_one_document():
    f = facts_of("Foreign Minister of Peru Pedro Salas met Foreign Minister of Ghana Kofi Asante. The ministers "
                 "signed an agreement on visa exemption for diplomats, a memorandum of understanding on fisheries, "
                 "and a cooperation programme in the field of education for 2027-2029.")
    documents = {e.label for e in f.entities.values() if e.type == "Agreement"}
    assert documents == {"Agreement on visa exemption for diplomats", "Memorandum of understanding on fisheries",
                         "Cooperation programme in the field of education for 2027-2029"}
    assert len(rels(f, "signed")) == 6


def test_extract_who_later_met_is_the_second_meeting_of_the_one_before_who():
    f = facts_of("President Elena Marin received the Prime Minister of Estonia, Kaja Tamm, who later met with "
                 "Foreign Minister Radu Pop.")
    assert met(f, "Elena Marin", "Kaja Tamm") and met(f, "Kaja Tamm", "Radu Pop")
    assert not met(f, "Elena Marin", "Radu Pop")


def test_extract_a_body_named_by_two_heads_is_one_body():
    f = facts_of("The ministers met in the margins of the EU-Georgia Association Council and the GCC "
                 "Cooperation Council.")
    bodies = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert "EU-Georgia Association Council" in bodies
    assert not {"EU-Georgia Association", "GCC Cooperation"} & bodies


@pytest.mark.parametrize("text", [
    "The Agreement on Road Transport was signed by Foreign Minister Ivo Petrov and Foreign Minister Mira Kos.",
    "Bulgaria and Slovenia signed an Agreement on Road Transport in Sofia. The agreement was signed by Mr Ivo Petrov, "
    "Minister of Foreign Affairs, Trade and Tourism, and Ms Mira Kos, Minister of Foreign and European Affairs.",
    "Foreign Minister of Bulgaria Ivo Petrov signed the Agreement on Road Transport with his Slovenian counterpart "
    "Mira Kos.",
    "The Agreement on Road Transport was signed on behalf of Bulgaria by Foreign Minister Ivo Petrov and on behalf "
    "of Slovenia by Foreign Minister Mira Kos.",
])
def test_extract_a_document_signed_by_people_is_theirs(text):
    """"signed by", "signed ... with his counterpart", "signed on behalf of A by X and on behalf of B by Y"."""
    f = facts_of(text)
    p = people(f)
    assert signed(f) == {(p[name], "Agreement on Road Transport") for name in ("Ivo Petrov", "Mira Kos")}


@pytest.mark.parametrize("text", [
    "Foreign Minister Ivo Petrov praised the Agreement on Road Transport, which was signed by the two countries.",
    "Foreign Minister Ivo Petrov said the Agreement on Road Transport will be signed by Foreign Minister Mira Kos.",
])
def test_extract_signed_by_no_one_named_or_not_yet_signs_nothing(text):
    assert not rels(facts_of(text), "signed")


def test_extract_a_title_with_portfolios_after_the_name():
    f = facts_of("The visit of Mr Ivo Petrov, Minister of Foreign Affairs, Trade and Tourism, ended.")
    assert {e.label: e.titles for e in f.entities.values() if e.type == "Person"} == \
        {"Ivo Petrov": {"Minister of Foreign Affairs, Trade and Tourism"}}


@pytest.mark.parametrize("phrase", ["had a brief exchange with", "held an exchange of views with",
                                    "exchanged views with", "had a working lunch with"])
def test_extract_an_exchange_or_a_working_meal_with_someone_is_a_meeting(phrase):
    f = facts_of(f"On the sidelines of the summit, Foreign Minister Rui Lopes {phrase} Foreign Minister of Chile "
                 "Ana Rojas.")
    assert met(f, "Rui Lopes", "Ana Rojas")


def test_resolve_a_foreign_ministry_by_its_own_name_is_its_states():
    """"FCDO" and "UK Foreign Office", "Indian MEA" and "Ministry of External Affairs of India": one body each,
    part of its state."""
    a = facts_of("The Foreign, Commonwealth and Development Office (FCDO) said that Minister Jane Holt met "
                 "Foreign Minister of Kenya Amos Ruto. The Indian MEA welcomed the talks.", aid="a1")
    b = facts_of("The UK Foreign Office and the Ministry of External Affairs of India issued a joint note.", aid="a2")
    kg = resolve([a, b])
    bodies = {k: e for k, e in kg.entities.items() if e.type == "Organization"}
    assert set(bodies) == {"org:mfa-gb", "org:mfa-in"}
    assert {"FCDO", "UK Foreign Office"} <= bodies["org:mfa-gb"].aliases | {bodies["org:mfa-gb"].label}
    assert bodies["org:mfa-gb"].attrs["partOf"] == "state:gb" and bodies["org:mfa-in"].attrs["partOf"] == "state:in"


def test_extract_a_release_of_a_ministry_named_without_its_state_is_that_states():
    text = "Assistant Secretary Mark Hale met with Ambassador of Peru Rosa Vidal."
    f = facts_of(text, date="2025-03-01", outlet="U.S. Department of State")
    assert (people(f)["Mark Hale"], "state:us") in rels(f, "represents")


@pytest.mark.parametrize("outlet, url, text, state", [
    ("Montsame", "", "Minister of Foreign Affairs Ganbat Oyun held talks with Foreign Minister of Chile Ana Rojas.",
     "state:mn"),
    ("Kazinform International News Agency", "", "Deputy Foreign Minister Daniyar Sarsenov received Ana Rojas, "
     "Foreign Minister of Chile.", "state:kz"),
    ("", "", "ABU DHABI, 14 July 2026 (WAM) -- Minister of State Saif Al Mansoori received Ana Rojas, Foreign "
     "Minister of Chile.", "state:ae"),
    ("", "", "Riyadh, November 02, 2026, SPA -- Deputy Minister of Foreign Affairs Eng. Waleed Al-Harbi received "
     "Ana Rojas, Foreign Minister of Chile.", "state:sa"),
    ("", "https://kemlu.go.id/portal/en/read/2026/11", "Foreign Minister Sari Wijaya met with Ana Rojas, "
     "Foreign Minister of Chile.", "state:id"),
    ("", "https://www.state.gov/readout-2026", "Deputy Secretary Mark Hale met with Ana Rojas, Foreign Minister "
     "of Chile.", "state:us"),
])
def test_extract_a_national_outlet_need_not_name_its_own_officials_state(outlet, url, text, state):
    """A national news agency's wire, recognised by its source or its dateline tag, or a government's own
    address: an official whose title names no state is that country's; the visitor keeps only her own."""
    f = extract(Article(id="a1", text=text, title="", date="2026-03-01", source="a1.txt", outlet=outlet, url=url),
                load_lexicon())
    official = next(name for name in people(f) if name != "Ana Rojas")
    assert rels(f, "represents") == {(people(f)[official], state), (people(f)["Ana Rojas"], "state:cl")}


def test_extract_the_officials_a_visiting_minister_meets_abroad_are_not_the_publishers():
    """A ministry's release of its minister's visit: the host's officials with bare titles are not its own."""
    text = ("On the first day, the Minister for Foreign Affairs, Kofi Asante, held talks with his Peruvian "
            "counterpart, Luis Quispe. He also met with the President of the Congress of the Republic, Mr. Carlos "
            "Huaman, and the Minister of Foreign Trade and Tourism, Ms. Elena Torres.")
    f = extract(Article(id="a1", text=text, title="", date="2026-03-01", source="a1.txt",
                        url="https://mfa.gov.gh/news/2026/05/visit"), load_lexicon())
    p = people(f)
    assert {(who, side) for who, side in rels(f, "represents") if side.startswith("state:")} == {
        (p["Kofi Asante"], "state:gh"), (p["Luis Quispe"], "state:pe")}
    assert met(f, "Kofi Asante", "Carlos Huaman") and met(f, "Kofi Asante", "Elena Torres")


def test_extract_a_states_congress_is_a_body_and_a_congress_of_delegates_an_event():
    a = facts_of("Kofi Asante met the Chairman of the Committee on Foreign Affairs of the Congress of Peru, Luis "
                 "Quispe. He attended the Congress of Leaders of World and Traditional Religions.", aid="a1")
    b = facts_of("Kofi Asante addressed the Peruvian Congress.", aid="a2")
    kg = resolve([a, b])
    assert {(e.type, e.label) for e in kg.entities.values() if e.type in ("Organization", "Event")} == {
        ("Organization", "Congress of Peru"), ("Event", "Congress of Leaders of World and Traditional Religions")}
    assert (people(a)["Luis Quispe"], "org:congress-pe") in rels(a, "represents")


def test_extract_the_officials_met_on_a_visit_are_the_host_states():
    f = facts_of("Foreign Minister of Ghana Kofi Asante paid a working visit to Peru. On the second day, he met with "
                 "the President of the Congress, Mr. Carlos Huaman. He also met Ambassador of Chile Rosa Vidal and "
                 "the Executive Secretary of the CTBTO, Ana Rojas.", title="Minister concludes visit")
    p = people(f)
    assert rels(f, "represents") == {(p["Kofi Asante"], "state:gh"), (p["Carlos Huaman"], "state:pe"),
                                     (p["Rosa Vidal"], "state:cl"), (p["Ana Rojas"], "org:ctbto")}


def test_extract_a_visit_and_a_meeting_in_one_sentence_name_the_host_of_untitled_people():
    f = facts_of("During the visit of Foreign Minister of Ghana Kofi Asante to Peru, he met with Luis Quispe and the "
                 "Executive Secretary of the CTBTO, Ana Rojas.")
    p = people(f)
    assert rels(f, "represents") == {(p["Kofi Asante"], "state:gh"), (p["Luis Quispe"], "state:pe"),
                                     (p["Ana Rojas"], "org:ctbto")}


def test_extract_the_second_delegation_by_its_head_and_the_deputy_ministers_signed():
    f = facts_of("The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Bakhrom Aloev, and the "
                 "Ghanaian delegation by Deputy Minister Kwame Boateng. Following the consultations, the Deputy "
                 "Ministers signed the Plan of Consultations for 2026-2028. Both Ministers also signed a Protocol "
                 "on Archives.")
    p = people(f)
    assert rels(f, "represents") == {(p["Bakhrom Aloev"], "state:uz"), (p["Kwame Boateng"], "state:gh")}
    assert met(f, "Bakhrom Aloev", "Kwame Boateng")
    assert signed(f) == {(p[name], doc) for name in ("Bakhrom Aloev", "Kwame Boateng")
                         for doc in ("Plan of Consultations for 2026-2028", "Protocol on Archives")}


@pytest.mark.parametrize("outlet, text", [
    ("Reuters", "Foreign Minister Kenta Mori met with Ana Rojas, Foreign Minister of Chile."),
    ("", "LONDON (Reuters) -- Foreign Minister Kenta Mori met with Ana Rojas, Foreign Minister of Chile."),
    ("Kazakhstan Today", "Foreign Minister Kenta Mori met with Ana Rojas, Foreign Minister of Chile."),
])
def test_extract_an_international_wire_gives_no_home_state(outlet, text):
    """Reuters reports every country's ministers; an outlet not in the gazetteer says nothing either."""
    f = extract(Article(id="a1", text=text, title="", date="2026-03-01", source="a1.txt", outlet=outlet),
                load_lexicon())
    assert rels(f, "represents") == {(people(f)["Ana Rojas"], "state:cl")}


def test_resolve_a_states_possessive_ministry_and_government_are_its_own():
    a = facts_of("The Peruvian Foreign Ministry said that Ana Rojas met the Government of Peru.", aid="a1")
    b = facts_of("Peru's MFA and Peru's Government issued a statement.", aid="a2")
    kg = resolve([a, b])
    assert {k for k, e in kg.entities.items() if e.type == "Organization"} == {"org:mfa-pe", "org:government-pe"}


@pytest.mark.parametrize("first, second", [
    ("Ana Rojas met officials of Viet Nam's Ministry of Natural Resources.",
     "Ana Rojas met officials of the Ministry of Natural Resources of Vietnam."),
    ("Ana Rojas visited the Training Centre of the Omani Ministry of Foreign Affairs.",
     "Ana Rojas visited the Training Centre of the Ministry of Foreign Affairs of the Sultanate of Oman."),
    ("Ana Rojas visited the Central Bank of the Republic of Uzbekistan.",
     "Ana Rojas visited the Central Bank of Uzbekistan."),
])
def test_resolve_a_body_whose_state_is_written_otherwise(first, second):
    """A possessive, a demonym before an inner body, a state's long name: one body, keyed with its state written
    one way; its label stays as the text wrote it."""
    kg = resolve([facts_of(first, aid="a1"), facts_of(second, aid="a2")])
    bodies = [e for e in kg.entities.values() if e.type == "Organization" and not e.key.startswith("org:mfa-")]
    assert len(bodies) == 1, [e.label for e in bodies]
    assert bodies[0].label in first + second


@pytest.mark.parametrize("first, second", [
    ("Foreign Minister of Egypt Omar Abdelsattar met Foreign Minister of Chile Ana Rojas.",
     "Egyptian Foreign Minister Omar Abdel Sattar received Ana Rojas."),
    ("Foreign Minister of India Ravi Kumaraswamy met Foreign Minister of Chile Ana Rojas.",
     "Foreign Minister of India R. Kumaraswamy met Ana Rojas."),
    ("Foreign Minister of Chile Ana Rojas Soto met Foreign Minister of Egypt Omar Saleh.",
     "Chilean Foreign Minister Ana Rojas received Omar Saleh."),
    ("Foreign Minister of Pakistan Kamran Tariq Qureshi met Foreign Minister of Chile Ana Rojas.",
     "Foreign Minister of Pakistan Tariq Qureishi met Ana Rojas."),
])
def test_resolve_name_variants_across_articles(first, second):
    """A surname written in two words; an initial for the given name; a second surname left out; a first
    given name left out and the surname spelled otherwise."""
    kg = resolve([facts_of(first, aid="a1"), facts_of(second, aid="a2")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 2


def test_resolve_a_given_name_left_out_of_another_states_official_keeps_apart():
    kg = resolve([facts_of("Foreign Minister of Pakistan Kamran Tariq Qureshi met Foreign Minister of Chile Ana "
                           "Rojas.", aid="a1"),
                  facts_of("Foreign Minister of Oman Tariq Qureishi met Ana Rojas.", aid="a2")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 3


@pytest.mark.parametrize("first, second", [
    ("Foreign Minister of Viet Nam Pham Duc Long met Foreign Minister of Chile Ana Rojas.",
     "Deputy Minister of Foreign Affairs of Viet Nam Phan Duc Long met Ana Rojas."),
    ("Foreign Minister of Viet Nam Nguyen Van Hieu met Foreign Minister of Chile Ana Rojas.",
     "Deputy Minister of Foreign Affairs of Viet Nam Nguyen Thi Hieu met Ana Rojas."),
    ("Minister of State of Qatar Hamad bin Nasser Al-Obaidly met Foreign Minister of Chile Ana Rojas.",
     "Minister of State for Trade of Qatar Hamad bin Saeed Al-Obaidly met Ana Rojas."),
])
def test_resolve_names_that_start_with_other_family_names_keep_apart(first, second):
    """A Vietnamese name starts with the family name: "Pham" and "Phan" are two families, however alike the
    rest is, and after one family name the middle names tell apart; so do two fathers' names after "bin"."""
    kg = resolve([facts_of(first, aid="a1"), facts_of(second, aid="a2")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 3


@pytest.mark.parametrize("first, second", [
    ("Foreign Minister of Viet Nam Pham Duc Long met Foreign Minister of Chile Ana Rojas.",
     "Foreign Minister of Viet Nam Pham Long met Ana Rojas."),
    ("Under-Secretary of the Ministry of Foreign Affairs of Oman Salim bin Nasser Al Harthi met Ana Rojas.",
     "Omani Under-Secretary Shaikh Salem bin Nasser Al-Harthi received Foreign Minister of Chile Ana Rojas."),
])
def test_resolve_a_middle_name_left_out_and_an_article_written_apart(first, second):
    """"Pham Long" is "Pham Duc Long"; "Al Harthi" ends as "Al-Harthi" does, and "Shaikh" is a courtesy word."""
    kg = resolve([facts_of(first, aid="a1"), facts_of(second, aid="a2")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 2


def test_resolve_an_initial_that_is_not_the_given_names_keeps_apart():
    kg = resolve([facts_of("Foreign Minister of India Ravi Kumaraswamy met Foreign Minister of Chile Ana Rojas.",
                           aid="a1"),
                  facts_of("Foreign Minister of India P. Kumaraswamy met Ana Rojas.", aid="a2")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 3


def test_extract_the_head_of_a_delegation_named_in_the_same_sentence():
    f = facts_of("Ambassador Lena Berg held talks with the head of the delegation of the Republic of Malawi, "
                 "Deputy Minister of Foreign Affairs Chikondi Banda.")
    assert (people(f)["Chikondi Banda"], "state:mw") in rels(f, "represents")
    assert met(f, "Lena Berg", "Chikondi Banda")


def test_extract_the_head_of_a_delegation_received_named_in_a_later_sentence():
    f = facts_of("Secretary-General of the OSCE Lena Berg opened the session. She then received a delegation of "
                 "the Republic of Malawi. The head of the delegation, Deputy Minister Chikondi Banda, presented "
                 "Malawi's priorities.")
    assert (people(f)["Chikondi Banda"], "state:mw") in rels(f, "represents")
    assert met(f, "Lena Berg", "Chikondi Banda")


def test_extract_a_title_then_its_body_after_a_comma():
    f = facts_of("The talks were led by Ms Meera Iyer, Secretary (East), Ministry of External Affairs, and by "
                 "Somchai Wong, Permanent Secretary of Thailand.")
    p = people(f)
    assert {(p["Meera Iyer"], "org:mfa-in"), (p["Meera Iyer"], "state:in")} <= rels(f, "represents")
    assert f.entities[p["Meera Iyer"]].titles == {"Secretary"}


def test_extract_a_long_post_before_an_honorific_and_a_second_title():
    f = facts_of("The Commissioner for Trade, Industry and Mining (TIM) of the African Union Commission (AUC), "
                 "H.E. Ambassador Amara Diallo, received the Minister of Trade of Ghana, Kofi Asante.")
    p = people(f)
    assert "Commissioner for Trade, Industry and Mining of the African Union Commission" in \
        f.entities[p["Amara Diallo"]].titles
    assert (p["Amara Diallo"], "org:au-commission") in rels(f, "represents")
    assert met(f, "Amara Diallo", "Kofi Asante")


def test_extract_a_royal_style_after_a_post_is_no_part_of_it():
    f = facts_of("Minister of Foreign Affairs Prince Faris bin Nasser received a phone call from Foreign Minister "
                 "of Chile Ana Rojas.")
    assert {e.label: e.titles for e in f.entities.values() if e.type == "Person"}["Faris bin Nasser"] == \
        {"Minister of Foreign Affairs"}


def test_extract_including_is_no_word_of_a_documents_name():
    f = facts_of("Foreign Minister Rui Lopes and his Ghanaian counterpart Kofi Asante signed several agreements, "
                 "including an agreement on visa exemption for diplomats.")
    assert {e.label for e in f.entities.values() if e.type == "Agreement"} == \
        {"Agreement on visa exemption for diplomats"}


def test_extract_two_people_who_held_a_separate_meeting_met():
    f = facts_of("The Foreign Ministers of the two countries, Rui Lopes and Kofi Asante, also held a separate "
                 "meeting.")
    assert met(f, "Rui Lopes", "Kofi Asante")


def test_extract_the_signing_of_a_document_by_two_people():
    f = facts_of("The leaders welcomed the signing of the Joint Action Plan 2027-2029 by the Ministers of Foreign "
                 "Affairs, Rui Lopes and Kofi Asante.")
    p = people(f)
    assert rels(f, "signed") == {(p["Rui Lopes"], "agreement:joint-action-plan-2027-2029"),
                                 (p["Kofi Asante"], "agreement:joint-action-plan-2027-2029")}


@pytest.mark.parametrize("second", [
    "Minister Rabuka and I have today signed the Memorandum of Understanding on Maritime Cooperation.",
    "We signed the Memorandum of Understanding on Maritime Cooperation.",
])
def test_extract_a_ministers_first_person_release_names_the_writer_as_signer(second):
    """The byline's minister is "I"; "we" after "I met with X" are the two of them."""
    f = facts_of("Senator the Hon Claire Whitmore, Minister for Foreign Affairs\n\nToday I met with Foreign Minister "
                 f"of Fiji Jone Rabuka in Canberra. {second}")
    p = people(f)
    doc = "agreement:memorandum-of-understanding-on-maritime-cooperation"
    assert met(f, "Claire Whitmore", "Jone Rabuka")
    assert rels(f, "signed") == {(p["Claire Whitmore"], doc), (p["Jone Rabuka"], doc)}


def test_extract_parallel_titles_before_two_names_are_each_ones():
    """"At the invitation of the President of A, X, the Prime Minister of B, Y, visited": then "the two leaders"."""
    f = facts_of("At the invitation of the President of the Republic of Ghana, Kofi Asante, the Prime Minister of "
                 "the Portuguese Republic, Rui Lopes, paid an official visit to Accra. The two leaders held talks "
                 "on trade.")
    p = people(f)
    assert {(p["Kofi Asante"], "state:gh"), (p["Rui Lopes"], "state:pt")} == rels(f, "represents")
    assert met(f, "Kofi Asante", "Rui Lopes")


def test_extract_a_parliamentary_vice_minister_after_the_name():
    f = facts_of("Mr. Sato Kenji, Parliamentary Vice-Minister for Foreign Affairs of Japan, met with Ms. Lee Su-jin, "
                 "Vice Minister of Foreign Affairs of the Republic of Korea.")
    assert (people(f)["Sato Kenji"], "state:jp") in rels(f, "represents")


def test_resolve_a_two_letter_given_name_is_no_initial():
    """"Li Wen" is a full name, not "L. Wen": it stays apart from "Lukas Wen"."""
    kg = resolve([facts_of("Foreign Minister of Chile Lukas Wen met Foreign Minister of Peru Ana Rojas.", aid="a1"),
                  facts_of("Foreign Minister of Chile Li Wen met Ana Rojas.", aid="a2")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 3


def test_resolve_a_name_two_longer_names_extend_stays_apart():
    """"Ana Rojas" could be "Ana Rojas Soto" or "Ana Rojas Vega": she joins neither, and they stay two."""
    kg = resolve([facts_of("Foreign Minister of Chile Ana Rojas Soto met Foreign Minister of Egypt Omar Saleh.",
                           aid="a1"),
                  facts_of("Minister of Trade of Chile Ana Rojas Vega met Omar Saleh.", aid="a2"),
                  facts_of("Chilean minister Ana Rojas received Omar Saleh.", aid="a3")])
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 4


def test_extract_a_partnership_of_two_states_is_their_relations_not_a_body():
    f = facts_of("They upgraded ties to the Peru–Ghana Comprehensive Partnership, and both joined the Global "
                 "Partnership for Education.")
    assert {e.label for e in f.entities.values() if e.type == "Organization"} == {"Global Partnership for Education"}


@pytest.mark.parametrize("text", [
    "Foreign Minister Rui Lopes refused to meet Foreign Minister of Ghana Kofi Asante.",
    "The spokesperson said that Foreign Minister Rui Lopes had not met Foreign Minister of Ghana Kofi Asante.",
    "Foreign Minister Rui Lopes postponed talks with Foreign Minister of Ghana Kofi Asante.",
])
def test_extract_a_meeting_refused_or_denied_is_none(text):
    f = facts_of(text)
    assert not rels(f, "metWith") and not f.meetings


def test_extract_a_name_before_scholarships_or_a_company_is_no_person():
    f = facts_of("Foreign Minister Rui Lopes met Ambassador Kofi Asante. Fulbright Hays scholarships and Samsung "
                 "Heavy companies were discussed.")
    assert set(people(f)) == {"Rui Lopes", "Kofi Asante"}


def test_extract_a_post_of_a_body_named_with_a_demonym():
    """"Chairman of the Board of Kazakh Invest": a body whose name starts with a demonym, not a person "Invest"."""
    f = facts_of("The forum was opened by Aliya Nurova, Chairman of the Board of Kazakh Invest.")
    p = people(f)
    assert set(p) == {"Aliya Nurova"}
    assert (p["Aliya Nurova"], "org:kazakh-invest") in rels(f, "represents")


def test_extract_the_bodies_after_representatives_of_are_no_people():
    f = facts_of("Foreign Minister Rui Lopes met Ambassador Kofi Asante and representatives of Hitachi Energy "
                 "and Daewoo Shipbuilding.")
    assert set(people(f)) == {"Rui Lopes", "Kofi Asante"}


def test_extract_a_list_of_ministers_each_of_a_state_held_talks():
    f = facts_of("Foreign Ministers Rui Lopes of Portugal, Kofi Asante of Ghana and Ana Rojas of Chile held "
                 "trilateral talks in Lisbon.")
    p = people(f)
    assert {(p["Rui Lopes"], "state:pt"), (p["Kofi Asante"], "state:gh"), (p["Ana Rojas"], "state:cl")} == \
        rels(f, "represents")
    assert met(f, "Rui Lopes", "Kofi Asante") and met(f, "Rui Lopes", "Ana Rojas") and met(f, "Kofi Asante",
                                                                                          "Ana Rojas")


@pytest.mark.parametrize("text", [
    "Foreign Minister Rui Lopes welcomed his Ghanaian counterpart, Kofi Asante, at the Palacio de Torre Tagle.",
    "The Prime Minister of Peru, Rui Lopes, and the Foreign Minister of Ghana, Kofi Asante, discussed trade during "
    "a meeting in Lima.",
])
def test_extract_welcomed_a_counterpart_or_discussed_during_a_meeting(text):
    assert met(facts_of(text), "Rui Lopes", "Kofi Asante")


def test_extract_no_pattern_backtracks_without_end_on_long_capitals():
    """Two patterns once let a run of capitals be split into words in every possible way: 60 capitals took
    hours. Each word now ends at a space or a comma. (A guard against a hang, not a speed target: the alarm
    only stops a run that would never end.)"""
    import signal

    def hang(*_):
        raise TimeoutError("extraction hung on long capitals")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        f = facts_of("Kofi Asante welcomed the " + "A" * 60 + " x Luis Quispe. Ana Rojas, and the " + "B" * 60 +
                     " x, Luis Quispe, met Kofi Asante.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert "Kofi Asante" in people(f)


def test_extract_an_event_word_before_a_body_head_names_the_body():
    f = facts_of("The ministers agreed to hold the next Joint Ministerial Council in Lima and welcomed the work of "
                 "the Ministerial Committee on Trade. Chile became a Sectoral Dialogue Partner of ASEAN.")
    assert {"Joint Ministerial Council", "Ministerial Committee on Trade"} <= labels(f, "Organization")
    assert labels(f, "Event") == set()


def test_extract_a_session_of_a_named_commission_and_the_commissions_acronym():
    f = facts_of("Kofi Asante and Luis Quispe co-chaired the 3rd Session of the Ghana–Peru Joint Commission for "
                 "Cooperation (JCC) in Accra. The 4th Session of the JCC will be held in Lima.")
    assert "3rd Session of the Ghana–Peru Joint Commission for Cooperation" in labels(f, "Event")
    assert "Ghana–Peru Joint Commission for Cooperation" in labels(f, "Organization")
    assert f.entities["org:ghana-peru-joint-commission-for-cooperation"].aliases >= {"JCC"}


def test_extract_a_portfolio_list_that_ends_in_an_event_word_stays_in_the_body():
    f = facts_of("Officials of the Department of Trade, Industry and Competition attended.")
    assert labels(f, "Organization") == {"Department of Trade, Industry and Competition"}
    assert labels(f, "Event") == set()


def test_extract_delegation_heads_of_sides_and_members_of_a_named_delegation():
    text = ("Foreign Secretary Ambassador Ana Rojas led the Chilean side, while the Omani delegation was headed by "
            "Sheikh Salim bin Nasser Al-Harthy, Undersecretary for Diplomatic Affairs. The Omani delegation "
            "included the Director of Protocol, Mr Said Al-Balushi. At the end of the talks, the two sides signed a "
            "Memorandum of Understanding on Diplomatic Training.")
    f = extract(Article(id="a1", text=text, title="", date="2026-03-01", source="a1.txt",
                        url="https://minrel.gob.cl/news/2026/consultations"), load_lexicon())
    p = people(f)
    assert met(f, "Ana Rojas", "Salim bin Nasser Al-Harthy")
    assert {p["Ana Rojas"], p["Salim bin Nasser Al-Harthy"]} == {who for who, _ in rels(f, "signed")}
    assert (p["Said Al-Balushi"], "state:om") in rels(f, "represents")
    assert (p["Said Al-Balushi"], "state:cl") not in rels(f, "represents")  # not the publisher's own


def test_extract_coordinated_names_with_long_posts_and_honorifics_co_chair():
    f = facts_of("The Minister of Trade, Ms Ana Rojas, and the Minister of Foreign Affairs of the Socialist Republic "
                 "of Viet Nam, Mr LE Van Thanh, co-chaired the meeting in Santiago.")
    assert met(f, "Ana Rojas", "LE Van Thanh")


def test_extract_listed_documents_end_before_signed_by_and_name_their_signers():
    text = ("At the end of the session the ministers witnessed the signing of:\n"
            "- the Agreement on Visa Exemption for Holders of Diplomatic Passports, signed by Minister Ana Rojas and "
            "Minister Kofi Asante;\n"
            "- the Memorandum of Understanding on Fisheries, signed by Deputy Minister Luis Quispe and Vice Minister "
            "Ama Owusu; and\n"
            "- the Programme of Cultural Cooperation for 2026-2028.")
    f = facts_of(text)
    assert labels(f, "Agreement") == {"Agreement on Visa Exemption for Holders of Diplomatic Passports",
                                      "Memorandum of Understanding on Fisheries",
                                      "Programme of Cultural Cooperation for 2026-2028"}
    p = people(f)
    visa = "agreement:agreement-on-visa-exemption-for-holders-of-diplomatic-passports"
    mou = "agreement:memorandum-of-understanding-on-fisheries"
    assert rels(f, "signed") == {(p["Ana Rojas"], visa), (p["Kofi Asante"], visa), (p["Luis Quispe"], mou),
                                 (p["Ama Owusu"], mou)}


@pytest.mark.parametrize("text, name, title", [
    ("Minister of Commerce and Industry Shri Harish Pillai met the delegation.", "Harish Pillai",
     "Minister of Commerce and Industry"),
    ("Minister of Trade Mr Tom Berg met the delegation.", "Tom Berg", "Minister of Trade"),
    ("Minister of Trade Dr. Tom Berg met the delegation.", "Tom Berg", "Minister of Trade"),
])
def test_extract_an_honorific_after_a_post_is_not_part_of_it(text, name, title):
    f = facts_of(text)
    assert f.entities[people(f)[name]].titles == {title}


def test_extract_an_abbreviated_title_refers_to_the_holder_of_the_full_one():
    f = facts_of("The Foreign Minister of Peru, Luis Quispe, is on a visit at the invitation of External Affairs "
                 "Minister Ravi Menon. EAM held delegation-level talks with FM Quispe at Hyderabad House.")
    assert met(f, "Ravi Menon", "Luis Quispe")


@pytest.mark.parametrize("text", [
    "Foreign Minister Rui Lopes will meet Foreign Minister of Ghana Kofi Asante next week.",
    "The Foreign Minister of Ghana, Kofi Asante, is scheduled to meet Minister of Trade Rui Lopes on 16 May.",
    "Kofi Asante is expected to hold talks with Rui Lopes in Lisbon.",
])
def test_extract_a_meeting_still_to_come_is_no_meeting(text):
    assert not met(facts_of(text), "Rui Lopes", "Kofi Asante")


@pytest.mark.parametrize("text, holder, body", [
    ("In the presence of the ministers, the CEO of Ansaldo Energia, Marco Rossi, signed the contract.", "Marco Rossi",
     "Ansaldo Energia"),
    ("The Chief Executive Officer of Petrobras, Ana Lima, met the delegation.", "Ana Lima", "Petrobras"),
    ("The President of ITA – Italian Trade Agency, Roberto Sangiorgi, also attended.", "Roberto Sangiorgi",
     "Italian Trade Agency"),
])
def test_extract_a_companys_office_before_the_holders_name_names_the_company(text, holder, body):
    f = facts_of(text)
    assert set(people(f)) == {holder}
    org = next(k for k, e in f.entities.items() if e.type == "Organization" and e.label == body)
    assert (people(f)[holder], org) in rels(f, "represents")


def test_extract_a_post_of_a_body_with_its_acronym_and_a_field_after_it():
    f = facts_of("The Prime Minister received the Assistant Secretary-General of the Gulf Cooperation Council (GCC) "
                 "for Political Affairs and Negotiation Dr. Khalid Al-Hajri.")
    assert (people(f)["Khalid Al-Hajri"], "org:gcc") in rels(f, "represents")


def test_extract_a_foreign_ministry_named_with_its_portfolios_before_its_state():
    f = facts_of("The memorandum was signed between the Ministry of Foreign Affairs, International Trade and Worship "
                 "of the Argentine Republic and the Ministry of Foreign Affairs of the State of Kuwait.")
    assert {"org:mfa-ar", "org:mfa-kw"} <= set(f.entities)


@pytest.mark.parametrize("source, url, state", [
    ("Kuwait News Agency (KUNA)", "", "state:kw"),
    ("Federal Ministry of Foreign Affairs, Federal Republic of Nigeria", "", "state:ng"),
    ("Ministry of Foreign Affairs and International Cooperation (Farnesina)", "", "state:it"),
])
def test_extract_a_foreign_ministry_without_its_state_is_the_publishers(source, url, state):
    text = ("The Ministry of Foreign Affairs said in a statement that the talks were useful.\n"
            "Ama Owusu, Spokesperson of the Ministry of Foreign Affairs, added that a visit was planned.")
    f = facts_of(text, date="2026-03-01", outlet=source, url=url)
    mfa = f"org:mfa-{state.split(':')[1]}"
    assert f.entities[mfa].type == "Organization"
    assert {(people(f)["Ama Owusu"], state), (people(f)["Ama Owusu"], mfa)} <= rels(f, "represents")


def test_extract_a_foreign_ministry_without_its_state_in_an_international_wire_is_nobodys():
    text = "The Ministry of Foreign Affairs said in a statement that the talks were useful."
    f = extract(Article(id="a1", text=text, title="", date="2026-03-01", source="a1.txt", outlet="Reuters"),
                load_lexicon())
    assert not any(e.type == "Organization" for e in f.entities.values())


def test_extract_a_signature_block_names_the_official_and_the_post():
    text = ("The Minister received the Ambassador of Ghana, Kofi Asante.\n\nSigned:\nTamunotonye Ibiso Briggs\n"
            "Spokesperson\nMinistry of Foreign Affairs\n2nd July 2025")
    f = facts_of(text, date="2025-07-02", outlet="Federal Ministry of Foreign Affairs, Federal Republic of Nigeria")
    who = people(f)["Tamunotonye Ibiso Briggs"]
    assert f.entities[who].titles == {"Spokesperson of the Ministry of Foreign Affairs"}
    assert {(who, "state:ng"), (who, "org:mfa-ng")} <= rels(f, "represents")


def test_extract_the_bodies_of_the_two_countries_signing_are_not_the_people_who_met():
    f = facts_of("Deputy Foreign Minister Ali Al-Sabah received the Ambassador of Peru, Luis Quispe. They followed "
                 "up on the visit in April, during which the foreign ministries of the two countries signed a "
                 "memorandum of understanding on political consultations.")
    assert met(f, "Ali Al-Sabah", "Luis Quispe")
    assert rels(f, "signed") == set()


def test_extract_nigerian_and_persian_honorifics_are_no_part_of_the_name():
    f = facts_of("Minister of State for Foreign Affairs Hajiya Maryam Bello met Alhaji Musa Danjuma and Seyed Reza "
                 "Karimi.")
    assert set(people(f)) == {"Maryam Bello", "Musa Danjuma", "Reza Karimi"}


@pytest.mark.parametrize("text, parties", [
    ("Kofi Asante and Luis Quispe signed the Agreement between Ghana and Peru on Visa Exemption.",
     {"state:gh", "state:pe"}),
    ("They signed the Kazakh-Russian Agreement on Transport Security.", {"state:kz", "state:ru"}),
    ("They signed the Memorandum of Understanding on Political Consultations between the Ministry of Foreign "
     "Affairs of Chile and the Ministry of Foreign Affairs of Norway.", {"state:cl", "state:no"}),
    ("They signed the Agreement on Humanitarian Assistance to Afghanistan.", set()),  # a subject, not a party
])
def test_extract_the_states_a_documents_name_names_are_its_parties(text, parties):
    f = facts_of(text)
    agreement = next(k for k, e in f.entities.items() if e.type == "Agreement")
    assert {s for s, o in rels(f, "partyTo") if o == agreement} == parties


def test_resolve_documents_of_one_name_and_other_parties_stay_apart():
    texts = ["Kofi Asante and Luis Quispe signed the Agreement between Ghana and Peru on Visa Exemption for Holders "
             "of Diplomatic Passports.",
             "Ana Rojas and Tom Berg signed the Agreement between Chile and Norway on Visa Exemption for Holders of "
             "Diplomatic Passports.",
             "The Agreement on Visa Exemption for Holders of Diplomatic Passports entered into force.",
             "The Memorandum of Understanding on Political Consultations between the Ministry of Foreign Affairs of "
             "Ghana and the Ministry of Foreign Affairs of Peru was signed in Accra.",
             "They recalled the memorandum of understanding on political consultations signed in Accra."]
    kg = resolve([facts_of(t, aid=f"a{i}") for i, t in enumerate(texts)])
    documents = sorted(e.label for e in kg.entities.values() if e.type == "Agreement")
    assert documents == [
        "Agreement between Chile and Norway on Visa Exemption for Holders of Diplomatic Passports",
        "Agreement between Ghana and Peru on Visa Exemption for Holders of Diplomatic Passports",
        "Agreement on Visa Exemption for Holders of Diplomatic Passports",  # which one it is, is not said
        "Memorandum of Understanding on Political Consultations between the Ministry of Foreign Affairs of Ghana "
        "and the Ministry of Foreign Affairs of Peru"]  # the later, shorter mention is that one document


def test_resolve_a_body_named_after_a_states_other_spelling_is_one_node():
    a = facts_of("Kofi Asante met a delegation of the Viet Nam Chamber of Commerce and Industry.", aid="a1")
    b = facts_of("Luis Quispe addressed the Vietnam Chamber of Commerce and Industry in Hanoi.", aid="a2")
    kg = resolve([a, b])
    assert [e.label for e in kg.entities.values() if e.type == "Organization"] in (
        ["Viet Nam Chamber of Commerce and Industry"], ["Vietnam Chamber of Commerce and Industry"])


def test_extract_an_acronym_after_a_states_long_name_is_no_body_named_after_the_state():
    f = facts_of("The memorandum was signed by the Institute for Strategic and Regional Studies under the President "
                 "of the Republic of Uzbekistan (ISRS).")
    assert "Republic of Uzbekistan" not in labels(f, "Organization")
    assert f.entities["state:uz"].type == "State"


def test_extract_a_two_letter_surname_is_no_initial():
    f = facts_of("Deputy Minister Tran Van Khanh received a delegation led by its Executive Vice President Ha "
                 "Yeon-seok. Mr. Ha said the agency would open an office in Hanoi.")
    assert set(people(f)) == {"Tran Van Khanh", "Ha Yeon-seok"}


def test_extract_a_working_session_is_a_meeting():
    assert met(facts_of("Minister Ana Rojas held a working session with the Director General of the National Office "
                        "of Mines, Salma Idrissi."), "Ana Rojas", "Salma Idrissi")


def test_extract_a_company_keeps_its_name_and_its_acronym_with_its_suffix():
    f = facts_of("Officials of the Ghanaian National Gas Company Limited (GNGC Ltd) attended the talks. "
                 "GNGC Ltd is the Ghanaian partner in the project.")
    org = f.entities["org:ghanaian-national-gas-company-limited"]
    assert org.label == "Ghanaian National Gas Company Limited" and "GNGC Ltd" in org.aliases
    assert labels(f, "Organization") == {"Ghanaian National Gas Company Limited"}


def test_extract_an_envoy_of_a_sovereign_is_the_publishers_envoy():
    text = ("The meeting was attended by the Ambassador of His Majesty the King in Abuja, Karim Benali, and the "
            "Ambassador of Nigeria to Morocco, Musa Danjuma.")
    f = facts_of(text, date="2025-03-01", outlet="MAP - Maghreb Arabe Presse")
    assert f.entities[people(f)["Karim Benali"]].titles == {"Ambassador of His Majesty the King in Abuja"}
    assert (people(f)["Karim Benali"], "state:ma") in rels(f, "represents")


def test_resolve_a_three_part_name_and_the_one_longer_name_with_a_second_surname():
    a = facts_of("Ambassador of Morocco Mohamed Amine Benali Touimi met Minister Ama Owusu.", aid="a1")
    b = facts_of("H.E. Ambassador of Morocco Mohammed Amin Benali presented his credentials.", aid="a2")
    c = facts_of("Ambassador of Morocco Mohamed Amine Benali Idrissi attended.", aid="a3")
    two = resolve([a, b])
    assert len([e for e in two.entities.values() if e.type == "Person" and "Benali" in e.label]) == 1
    three = resolve([a, b, c])  # two longer names: which one the shorter is, is not known
    assert len([e for e in three.entities.values() if e.type == "Person" and "Benali" in e.label]) == 3


def test_resolve_documents_of_one_name_signed_by_other_states_stay_apart():
    texts = ["Foreign Minister of Ghana Kofi Asante and Foreign Minister of Peru Luis Quispe signed the Agreement on "
             "Visa Exemption for Holders of Diplomatic Passports.",
             "Foreign Minister of Chile Ana Rojas and Foreign Minister of Norway Tom Berg signed the Agreement on Visa "
             "Exemption for Holders of Diplomatic Passports.",
             "Deputy Foreign Minister of Ghana Ama Owusu and Ambassador of Peru Rosa Vidal signed the Agreement on "
             "Visa Exemption for Holders of Diplomatic Passports in Accra."]
    facts = [facts_of(t, aid=f"a{i}") for i, t in enumerate(texts)]
    assert [k for k, e in facts[0].entities.items() if e.type == "Agreement"] == [
        "agreement:agreement-on-visa-exemption-for-holders-of-diplomatic-passports-gh-pe"]
    kg = resolve(facts)
    documents = {k: e for k, e in kg.entities.items() if e.type == "Agreement"}
    assert len(documents) == 2
    gh_pe = documents["agreement:agreement-on-visa-exemption-for-holders-of-diplomatic-passports-gh-pe"]
    assert gh_pe.articles == {"a0", "a2"}


def test_resolve_the_nth_meeting_of_a_dialogue_is_the_nth_dialogue():
    a = facts_of("The ministers looked forward to the 4th India-Central Asia Dialogue in New Delhi.", aid="a1")
    b = facts_of("They prepared the 4th meeting of the India – Central Asia Dialogue.", aid="a2")
    kg = resolve([a, b])
    assert len([e for e in kg.entities.values() if e.type == "Event"]) == 1


def test_extract_a_binational_cabinet_with_its_ministers_and_signers():
    text = ("The Minister of Foreign Affairs, Laura Sofía Arboleda Cárdenas, and the Minister of Foreign Affairs of "
            "Ecuador, Santiago Cevallos Andrade, co-chaired the XII Colombia-Ecuador Binational Cabinet. On the "
            "Ecuadorian side, participants included the Minister of Production, Foreign Trade, Investment and "
            "Fisheries, Patricio Jaramillo Egas. Ministers Caicedo Mina and Salazar Bustamante held a working "
            "session on the Pan-American Highway. Vice Minister Andrés Mosquera held a separate meeting with "
            "Ecuador's Vice Minister of Human Mobility, Esteban Guerrero Pazmiño. At the close of the meeting, the "
            "two foreign ministers signed the Declaration of Ipiales, while the Cabinet adopted the Binational Action "
            "Plan 2025-2026, to help Central American states too.")
    f = facts_of(text, date="2025-09-19", outlet="Cancillería de Colombia")
    p = people(f)
    assert {"Laura Sofía Arboleda Cárdenas", "Esteban Guerrero Pazmiño", "Patricio Jaramillo Egas"} <= set(p)
    assert "Human Mobility" not in p
    assert f.entities[p["Patricio Jaramillo Egas"]].titles == {
        "Minister of Production, Foreign Trade, Investment and Fisheries"}
    assert f.entities[p["Esteban Guerrero Pazmiño"]].titles == {"Vice Minister of Human Mobility"}
    assert labels(f, "Event") == {"XII Colombia-Ecuador Binational Cabinet"}
    assert signed(f) == {(p[name], "Declaration of Ipiales")
                         for name in ("Laura Sofía Arboleda Cárdenas", "Santiago Cevallos Andrade")}
    assert labels(f, "Agreement") == {"Declaration of Ipiales", "Binational Action Plan 2025-2026"}
    assert (p["Laura Sofía Arboleda Cárdenas"], "state:co") in rels(f, "represents")  # the Cancillería's own
    assert "state:us" not in f.entities  # "Pan-American", "Central American": regions


def test_extract_a_spokespersons_report_of_a_signing_and_a_witnessed_one():
    text = ("Ambassador Omar Fathy, the Official Spokesperson of the Ministry of Foreign Affairs, stated that "
            "Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Dr. Karim Nassar, received his "
            "Tanzanian counterpart, Hon. Grace Mollel. Ambassador Fathy stated that, at the conclusion of the "
            "session, the two ministers signed the Agreed Minutes of the fourth session of the Joint Committee, and "
            "witnessed the signing of a Memorandum of Understanding on Water Resources Management.")
    f = facts_of(text, date="2025-09-14", outlet="Ministry of Foreign Affairs (Arab Republic of Egypt)")
    p = people(f)
    assert set(p) == {"Omar Fathy", "Karim Nassar", "Grace Mollel"}  # "Emigration" is a portfolio
    assert signed(f) == {(p[name], "Agreed Minutes of the fourth session of the Joint Committee")
                         for name in ("Karim Nassar", "Grace Mollel")}
    assert {(p["Omar Fathy"], "org:mfa-eg"), (p["Karim Nassar"], "state:eg")} <= rels(f, "represents")


def test_extract_a_party_post_and_a_bare_foreign_ministers_post_are_the_publishers():
    text = ("Member of the Political Bureau of the CPC Central Committee and Foreign Minister Liang Wenbo held talks "
            "in Beijing with Colombian Foreign Minister Ana Ospina. Both countries are members of the Non-Aligned "
            "Movement.")
    f = facts_of(text, date="2025-04-22", outlet="Ministry of Foreign Affairs of the People's Republic of China")
    assert (people(f)["Liang Wenbo"], "state:cn") in rels(f, "represents")
    assert f.entities["org:nam"].label == "Non-Aligned Movement"


def test_extract_a_headlines_name_and_demonym_counterpart_are_two_sides():
    text = "Haddad, Portuguese counterpart discuss Gaza\n\nForeign Minister Omar Haddad held talks with Rui Lopes."
    f = facts_of(text, date="2025-04-02", outlet="Jordan News Agency (Petra)")
    assert (people(f)["Omar Haddad"], "state:jo") in rels(f, "represents")
    assert (people(f)["Omar Haddad"], "state:pt") not in rels(f, "represents")


def test_extract_greetings_conveyed_from_a_minister_are_the_messengers_sides():
    text = ("The Vietnamese Deputy Foreign Minister Nguyen Van Thang conveyed the greetings of Foreign Minister Bui "
            "Thanh Long to his Iranian hosts.")
    f = facts_of(text, date="2025-05-19", outlet="Islamic Republic News Agency (IRNA)")
    assert (people(f)["Bui Thanh Long"], "state:vn") in rels(f, "represents")
    assert (people(f)["Bui Thanh Long"], "state:ir") not in rels(f, "represents")


def test_extract_signers_before_a_relative_clause_still_signed():
    f = facts_of("Foreign Minister of Ghana Kofi Asante and Foreign Minister of Peru Luis Quispe, who held talks "
                 "earlier, signed the Agreement on Fisheries.")
    assert signed(f) == {(people(f)[name], "Agreement on Fisheries") for name in ("Kofi Asante", "Luis Quispe")}


def test_extract_a_war_a_charity_and_a_think_tank_are_no_people():
    f = facts_of("Foreign Minister Lena Berg recalled the Korean War and thanked Qatar Charity and a think tank.")
    assert set(people(f)) == {"Lena Berg"}
    assert {e.label for e in f.entities.values() if e.type == "Organization"} == {"Qatar Charity"}


def test_extract_a_month_before_a_surname_is_a_given_name():
    f = facts_of("In May Foreign Minister Ana Rojas met Deputy Minister Jan Novak. On 5 Jan Jan Novak left.")
    assert met(f, "Ana Rojas", "Jan Novak")


def events(facts) -> dict[str, str]:
    return {e.label: k for k, e in facts.entities.items() if e.type == "Event"}


@pytest.mark.parametrize("text, label, key", [
    ("Ana Rojas headed the delegation to the XII Round of Political Consultations between Chile and the Republic "
     "of Korea.", "XII Round of Political Consultations", "event:12th-round-of-political-consultations-cl-kr"),
    ("Lee Wen co-chaired the 9th Round of Thailand – Viet Nam Political Consultations.",
     "9th Round of Thailand – Viet Nam Political Consultations", "event:9th-round-of-political-consultations-th-vn"),
    ("Ana Rojas and Jan Novak held the fifth round of Polish-Ukrainian political consultations in Warsaw.",
     "fifth round of Polish-Ukrainian political consultations",
     "event:5th-round-of-political-consultations-pl-ua"),
    ("The seventh round of political consultations between the Ministries of Foreign Affairs of Mongolia and the "
     "Kyrgyz Republic took place in Ulaanbaatar.", "seventh round of political consultations",
     "event:7th-round-of-political-consultations-kg-mn"),
])
def test_extract_a_round_of_consultations_is_an_event_keyed_by_its_states(text, label, key):
    assert events(facts_of(text)) == {label: key}


def test_extract_a_round_named_with_its_states_or_after_them_is_one_event():
    f = facts_of("9th round of India – Kyrgyz Republic Foreign Office Consultations\n\nThe 9th round of Foreign Office "
                 "Consultations (FOC) between India and the Kyrgyz Republic was held in New Delhi.")
    assert set(events(f).values()) == {"event:9th-round-of-foreign-office-consultations-in-kg"}


def test_extract_a_round_of_consultations_without_states_is_no_event():
    assert events(facts_of("The second round of political consultations was held in Rome.")) == {}


def test_extract_a_meeting_of_a_consultation_mechanism_is_one_event():
    f = facts_of("Vice Minister Omar Saleh and Ambassador Rui Lopes held the XIV Meeting of the Peru–Chile Political "
                 "Consultation Mechanism.")
    assert list(events(f)) == ["XIV Meeting of the Peru–Chile Political Consultation Mechanism"]


def test_extract_bodies_named_in_other_word_orders_are_the_gazetteers():
    f = facts_of("Lena Berg spoke at the Black Sea Economic Cooperation Organization (BSEC) and praised the "
                 "Organization for Democracy and Economic Development – GUAM.")
    assert {k for k, e in f.entities.items() if e.type == "Organization"} == {"org:bsec", "org:guam"}


def test_extract_the_mou_signed_by_two_people_on_behalf_of_their_states():
    text = ("Chile and Egypt today signed a Memorandum of Understanding on Youth Exchange.\n\nThe ministry said the MoU "
            "was signed by Deputy Foreign Minister Ana Rojas on behalf of Chile and Vice Foreign Minister Omar Saleh "
            "for Egypt.")
    f = facts_of(text, outlet="Bernama")
    p = people(f)
    assert {(p["Ana Rojas"], "state:cl"), (p["Omar Saleh"], "state:eg")} == rels(f, "represents")
    assert signed(f) == {(p[n], "Memorandum of Understanding on Youth Exchange") for n in ("Ana Rojas", "Omar Saleh")}


def test_extract_the_signing_of_a_document_by_two_officials_that_others_witnessed():
    f = facts_of("The ministers witnessed the signing of the Memorandum of Understanding on Cooperation between the "
                 "Diplomatic Academy of Chile and the Diplomatic Institute of Egypt by Ms. Carla Vidal, Director of the "
                 "Academy, and Mr. Hany Fahmy, Director of the Institute.")
    doc = "Memorandum of Understanding on Cooperation between the Diplomatic Academy of Chile and the Diplomatic " \
          "Institute of Egypt"
    assert signed(f) == {(people(f)[n], doc) for n in ("Carla Vidal", "Hany Fahmy")}


def test_extract_both_authorities_who_met_signed():
    f = facts_of("Vice Minister Luis Quispe received Undersecretary Ana Rojas. At the close of the meeting, both "
                 "authorities signed the Agreement on Consular Cooperation.")
    assert signed(f) == {(people(f)[n], "Agreement on Consular Cooperation") for n in ("Luis Quispe", "Ana Rojas")}


def test_extract_a_round_written_in_words_or_figures_held_in_a_state_is_one_event():
    f = facts_of("The third round of Foreign Office Consultations between Bangladesh and Brazil was held in Dhaka. "
                 "The 3rd round of Foreign Office Consultations (FOC) between Bangladesh and Brazil was held today. "
                 "They will hold the 4th Round of Political Consultations in Brazil in 2026.")
    assert set(events(f).values()) == {"event:3rd-round-of-foreign-office-consultations-bd-br",
                                       "event:4th-round-of-political-consultations"}


@pytest.mark.parametrize("text, label", [
    ("Kang Min-jae held the 6th Korea-Thailand Vice Ministerial Strategic Dialogue in Seoul.",
     "6th Korea-Thailand Vice Ministerial Strategic Dialogue"),
    ("The MoU followed the inaugural Malaysia-Republic of Korea Vice-Ministerial Strategic Dialogue.",
     "Malaysia-Republic of Korea Vice-Ministerial Strategic Dialogue"),
    ("She attended the Tbilisi Silk Road Forum.", "Tbilisi Silk Road Forum"),
    ("She attended the third United Nations Ocean Conference (UNOC3).", "third United Nations Ocean Conference"),
])
def test_extract_an_events_whole_name(text, label):
    assert list(events(facts_of(text))) == [label]


def test_extract_a_name_after_an_initial_is_one_person_with_its_later_mentions():
    f = facts_of("State Secretary of the Ministry of Foreign Affairs of Mongolia G.Batbold received Deputy Minister of "
                 "Foreign Affairs of the Kyrgyz Republic Azamat Toktomushev. State Secretary Batbold noted the growth "
                 "of trade.", outlet="Montsame")
    assert set(people(f)) == {"G.Batbold", "Azamat Toktomushev"}


def test_extract_a_visitor_scheduled_to_be_received_has_not_met():
    f = facts_of("Deputy Minister Taras Melnyk met Deputy Minister Ana Rojas. Melnyk, for his part, is scheduled to be "
                 "received in Athens on Monday by Minister of Foreign Affairs Nikos Pappas.")
    assert met(f, "Taras Melnyk", "Ana Rojas") and not met(f, "Taras Melnyk", "Nikos Pappas")


def test_extract_a_delegation_that_called_on_someone_is_its_heads():
    text = ("The 3rd round of Foreign Office Consultations between Bangladesh and Chile was held today. Foreign "
            "Secretary Karim Chowdhury led the Bangladesh side, while the Chilean delegation was headed by Ambassador "
            "Maria de la Fuente.\n\nEarlier in the day, the Chilean delegation called on Adviser for Foreign Affairs "
            "Mr. Tarek Hossain.")
    f = facts_of(text, outlet="Ministry of Foreign Affairs of Bangladesh")
    assert met(f, "Maria de la Fuente", "Tarek Hossain") and not met(f, "Karim Chowdhury", "Tarek Hossain")


@pytest.mark.parametrize("text", [
    "Vice Minister Lee Jun-ho and Permanent Secretary Somchai Wong held the 6th Korea-Thailand Strategic Dialogue in "
    "Seoul.",
    "Vice Minister Lee Jun-ho and Permanent Secretary Somchai Wong, who headed the Korean and Thai delegations "
    "respectively, held the 6th Korea-Thailand Strategic Dialogue in Seoul and discussed trade.",
])
def test_extract_two_people_who_held_a_sitting_of_a_named_series_met(text):
    assert met(facts_of(text), "Lee Jun-ho", "Somchai Wong")


def test_resolve_rounds_of_other_states_stay_apart_though_named_alike():
    kg = resolve([facts_of("The 9th round of Foreign Office Consultations between India and the Kyrgyz Republic was "
                           "held in New Delhi.", aid="a1"),
                  facts_of("The 3rd round of Foreign Office Consultations between Bangladesh and Brazil was held. "
                           "The Foreign Office Consultations were useful.", aid="a2"),
                  facts_of("The 3rd round of Foreign Office Consultations between Brazil and Bangladesh took place.",
                           aid="a3")])
    assert sorted(k for k, e in kg.entities.items() if e.type == "Event" and "round" in k) == [
        "event:3rd-round-of-foreign-office-consultations-bd-br", "event:9th-round-of-foreign-office-consultations-in-kg"]


def test_extract_the_commonwealth_in_a_story_on_the_cis_is_the_cis():
    cis = facts_of("Foreign Minister Ana Rojas spoke about the Council of Foreign Ministers of the Commonwealth of "
                   "Independent States and the calendar of events of the Commonwealth.")
    assert "org:commonwealth" not in cis.entities and "org:cis" in cis.entities
    assert "org:commonwealth" in facts_of("Foreign Minister Ana Rojas attended the Commonwealth summit.").entities


def test_resolve_a_round_without_its_states_joins_the_round_with_them_of_its_own_article_only():
    kg = resolve([facts_of("The 3rd round of Foreign Office Consultations between Bangladesh and Brazil was held. The "
                           "third round of Foreign Office Consultations reviewed trade.", aid="a1")])
    assert [k for k, e in kg.entities.items() if e.type == "Event"] == [
        "event:3rd-round-of-foreign-office-consultations-bd-br"]
    # in another article, "the third round" is that article's pair's: every pair of states holds a third round
    kg = resolve([facts_of("The 3rd round of Foreign Office Consultations between Bangladesh and Brazil was held.",
                           aid="a1"),
                  facts_of("The third round of Foreign Office Consultations was held in Dhaka.", aid="a2")])
    assert len([k for k, e in kg.entities.items() if e.type == "Event"]) == 2


@pytest.mark.parametrize("first, second", [
    ("the CIS Council of Foreign Ministers", "the Council of Foreign Ministers of the Commonwealth of Independent States"),
    ("the SCO Summit", "the Summit of the Shanghai Cooperation Organisation"),
])
def test_extract_a_bodys_event_named_before_or_after_it_is_one(first, second):
    f = facts_of(f"Ana Rojas discussed {first}. Omar Saleh discussed {second}.")
    assert len(events(f)) == 1


def test_extract_the_companies_a_list_names():
    f = facts_of("The seminar brought together executives from Vestoria, Calder Aero and PT Nusamina, and Korean firms "
                 "such as Hanbit Cells and the World Bank attended.")
    assert {e.label for e in f.entities.values() if e.type == "Organization"} == {
        "Vestoria", "Calder Aero", "PT Nusamina", "Hanbit Cells", "World Bank"}
    assert people(f) == {}


def test_extract_a_portfolio_list_naming_a_body_and_a_plural_demonym_is_one_post():
    f = facts_of("The Minister for Foreign Affairs, European Union and Cooperation, Ignacio Ferro, received the Minister "
                 "of Foreign Affairs, Cooperation and Mauritanians Abroad of the Islamic Republic of Mauritania, Ahmed "
                 "Salem Ould Bah.", outlet="Ministry of Foreign Affairs, European Union and Cooperation of Spain")
    p = people(f)
    assert f.entities[p["Ignacio Ferro"]].titles == {"Minister for Foreign Affairs, European Union and Cooperation"}
    assert {(p["Ignacio Ferro"], "state:es"), (p["Ahmed Salem Ould Bah"], "state:mr")} <= rels(f, "represents")


def test_extract_portfolio_words_an_ocean_and_a_plant_are_no_people_or_states():
    f = facts_of("Deputy Minister of Foreign Employment Ana Perera met Sri Lankans working in Oman and praised the "
                 "Indian Ocean Rim Association (IORA) and the Minsk Automobile Plant.")
    assert set(people(f)) == {"Ana Perera"}
    assert "state:in" not in f.entities
    assert {"org:iora", "org:minsk-automobile-plant"} <= set(f.entities)


@pytest.mark.parametrize("text, body", [
    ("Officials met at the next session of the Joint Commission for Economic, Industrial and Scientific-Technical "
     "Cooperation in Kyiv.", "Joint Commission for Economic, Industrial and Scientific-Technical Cooperation"),
    ("Colonel Ilhom Karimov, Commander of the Border Troops of the State Security Service, met Ana Rojas.",
     "Border Troops of the State Security Service"),
    ("Sok Dara, Secretary of State of the Ministry of Culture and Fine Arts, met Ana Rojas.",
     "Ministry of Culture and Fine Arts"),
])
def test_extract_a_body_whose_name_lists_fields_or_ends_in_troops(text, body):
    """A list of fields before "and" ("Economic, Industrial and ..."), "Troops" heading a body, "Fine Arts" as
    a portfolio: the whole name is one body, and no word of it a person."""
    f = facts_of(text)
    assert body in labels(f, "Organization")
    assert set(people(f)) <= {"Ilhom Karimov", "Ana Rojas", "Sok Dara"}


def test_extract_spanish_names_with_de_los():
    f = facts_of("The talks were attended by the Vice Minister for Bilateral Policy, Marisol Altagracia Pena de los "
                 "Rios, and by the Ambassador of Qatar, Fahad Al-Marri.")
    assert "Marisol Altagracia Pena de los Rios" in people(f)


def test_extract_the_great_lakes_conference_is_an_organization():
    f = facts_of("Minister Ana Rojas held a phone conversation with the Executive Secretary of the International "
                 "Conference on the Great Lakes Region (ICGLR), Joao Kiala.")
    assert (people(f)["Joao Kiala"], "org:icglr") in rels(f, "represents")


def test_extract_signers_of_the_document_named_before_and_a_delegation_from_a_state():
    f = facts_of("The Minister for Foreign Affairs of Ghana, Kofi Mensah, received a delegation from the Republic "
                 "of Chile headed by the Deputy Minister of Foreign Affairs, H.E. Ana Rojas. At the end of the "
                 "talks, Ghana and Chile signed a Memorandum of Understanding on Cooperation in Fisheries. Mr. "
                 "Mensah signed on behalf of the Government of Ghana, while Ms. Rojas signed for the Chilean side.")
    p = people(f)
    assert (p["Ana Rojas"], "state:cl") in rels(f, "represents")
    signed = rels(f, "signed")
    assert {s for s, _ in signed} == {p["Kofi Mensah"], p["Ana Rojas"]}, signed
    assert len({o for _, o in signed}) == 1


def test_extract_two_signers_for_two_institutions_of_the_document_named_before():
    f = facts_of("A Memorandum of Understanding on Diplomatic Training was signed between the Diplomatic Academy of "
                 "Chile and the Diplomatic Institute of Oman. Director Ana Rojas and Undersecretary Salem Al-Harthi "
                 "signed on behalf of the two institutions.")
    p = people(f)
    assert {s for s, _ in rels(f, "signed")} == {p["Ana Rojas"], p["Salem Al-Harthi"]}


def test_extract_the_demonym_diplomat_is_the_one_of_the_last_meeting():
    f = facts_of("Chinese Vice Foreign Minister Wang Lei held talks with Chile's Deputy Foreign Minister Ana Rojas. "
                 "Chilean Ambassador to China Pedro Soto attended the talks. During her stay, the Chilean diplomat "
                 "also met with Li Ming, vice chairman of the National Development and Reform Commission.")
    assert met(f, "Ana Rojas", "Li Ming")
    assert not met(f, "Wang Lei", "Li Ming")


def test_extract_the_demonym_post_is_the_one_of_the_last_meeting_who_holds_it():
    f = facts_of("Foreign Minister of Peru Luis Quispe held talks with the Secretary of Foreign Affairs of the "
                 "Philippines, Maria Santos. Earlier the same day, the Philippine Foreign Secretary paid a courtesy "
                 "call on Jorge Huaman, President of the Congress of Peru. The Philippine Ambassador then met with "
                 "Rosa Mamani, Minister of Trade of Peru.")
    assert met(f, "Maria Santos", "Jorge Huaman")
    assert not met(f, "Luis Quispe", "Jorge Huaman")
    assert not met(f, "Maria Santos", "Rosa Mamani")  # the ambassador is someone else


@pytest.mark.parametrize("outlet, state", [("Agence Kampuchea Presse (AKP)", "state:kh"),
                                           ("TAP (Tunis Afrique Presse)", "state:tn"),
                                           ("Czech News Agency", "state:cz")])
def test_extract_a_national_agency_wire_names_its_states_officials(outlet, state):
    f = facts_of("The Minister of State in charge of Regional Cooperation, Sok Dara, received Ana Rojas, Minister of "
                 "Foreign Affairs of Chile.", outlet=outlet)
    p = people(f)
    assert (p["Sok Dara"], state) in rels(f, "represents")
    assert f.entities[p["Sok Dara"]].titles == {"Minister of State in charge of Regional Cooperation"}


@pytest.mark.parametrize("text, name, post, state", [
    ("The talks were attended by the Ambassador of Qatar accredited to Chile, Fahad Al-Marri, and by Ana Rojas.",
     "Fahad Al-Marri", "Ambassador of Qatar accredited to Chile", "state:qa"),
    ("Also taking part were Ana Rojas and the Ambassador of Viet Nam to Argentina, concurrent to Uruguay, TRAN Thi "
     "Ngoc.", "TRAN Thi Ngoc", "Ambassador of Viet Nam to Argentina", "state:vn"),
    ("The delegation included Ana Rojas and the Ambassador of Viet Nam to Nigeria, concurrently accredited to Ghana, "
     "Togo and Benin, Nguyen Thu Hang.", "Nguyen Thu Hang", "Ambassador of Viet Nam to Nigeria", "state:vn"),
    ("Ana Rojas met VCCI Vice-Chairwoman Truong Thi My Linh.", "Truong Thi My Linh", "Vice-Chairwoman", None),
])
def test_extract_an_envoy_accredited_elsewhere_too(text, name, post, state):
    """"Accredited to" the host, ", concurrent(ly accredited) to X," another host: the envoy's post, and the
    name after it; a hyphenated "Vice-" post."""
    f = facts_of(text)
    p = people(f)
    assert f.entities[p[name]].titles == {post}
    assert state is None or {o for s, o in rels(f, "represents") if s == p[name]} == {state}


def test_resolve_documents_between_other_bodies_keep_apart_though_their_short_names_agree():
    a = facts_of("Ana Rojas and Pedro Soto signed the Memorandum of Understanding on Cooperation between the Artigas "
                 "Institute and the Diplomatic Academy of Chile.", aid="a1")
    b = facts_of("Ana Rojas and Li Wei signed the Memorandum of Understanding on Cooperation between the Confucius "
                 "Institute and the Diplomatic Academy of Chile.", aid="a2")
    c = facts_of("Ana Rojas recalled the Memorandum of Understanding on Cooperation between the Artigas Institute "
                 "and the Diplomatic Academy of Chile.", aid="a3")
    d = facts_of("Pedro Soto praised the Memorandum of Understanding on Cooperation between the Diplomatic Academy "
                 "of Chile and the Artigas Institute.", aid="a4")  # the sides in the other order: the same one
    documents = [e for e in resolve([a, b, c, d]).entities.values() if e.type == "Agreement"]
    assert sorted(len(e.articles) for e in documents) == [1, 3], [e.label for e in documents]


@pytest.mark.parametrize("text, name, body", [
    ("Ana Rojas also met with Li Ming, vice chairman of the National Development and Reform Commission (NDRC), to "
     "discuss cooperation.", "Li Ming", "org:national-development-and-reform-commission"),
    ("Ana Rojas met Salem Al-Harthi, minister of state at the Ministry of Foreign Affairs of Qatar, in Doha.",
     "Salem Al-Harthi", "org:mfa-qa"),
])
def test_extract_a_wires_lowercase_post_after_a_name(text, name, body):
    """Wire copy writes the post after the name in lowercase ("Li Ming, vice chairman of the NDRC"): the body it
    names is the holder's."""
    f = facts_of(text)
    assert (people(f)[name], body) in rels(f, "represents")
    assert met(f, "Ana Rojas", name)


@pytest.mark.parametrize("text, states", [
    ("They welcomed the Digital Trade Partnership Agreement (DTPA), which Chile, New Zealand and Singapore signed in "
     "2020.", {"state:cl", "state:nz", "state:sg"}),
    ("They noted that the Agreement on the China-Kyrgyzstan-Uzbekistan Railway, signed by the three countries in "
     "Beijing last year, opened a new chapter.", {"state:cn", "state:kg", "state:uz"}),
])
def test_extract_states_that_signed_a_document_named_before(text, states):
    """"X, which A, B and C signed", "X, signed by the three countries": no signatory is named, the states did."""
    f = facts_of(text)
    assert {s for s, _ in rels(f, "signed")} == states


def test_extract_a_foreign_ministrys_common_name_with_a_portfolio_of_its_own():
    """Kenya's "State Department for Foreign Affairs" is its foreign ministry's (the gazetteer names it so), not the
    US State Department."""
    f = facts_of("Kenya's Principal Secretary of the State Department for Foreign Affairs, Grace Wanjiru, met Pedro "
                 "Soto. The State Department spokesperson welcomed the talks.")
    bodies = {k for _, k in rels(f, "represents")}
    assert "org:mfa-ke" in bodies and "state:ke" in bodies
    assert not {"org:mfa-us", "state:us"} & bodies
    assert "org:mfa-us" in f.entities  # the State Department alone is still the known one


@pytest.mark.parametrize("text, name, state", [
    ("Peruvian Deputy Minister of Energy and Mines Luis Quispe Mamani arrived in Santiago.", "Luis Quispe Mamani",
     "state:pe"),
    ("Uzbek Deputy Minister of Mining Industry and Geology Rustam Karimov arrived in Seoul.", "Rustam Karimov",
     "state:uz"),
    ("Ana Rojas received Pedro Soto, the newly appointed Ambassador of the Republic of Senegal to Chile.",
     "Pedro Soto", "state:sn"),
    ("The Deputy Minister of Foreign Affairs of Malaysia, YB Datuk Mohd Rizal bin Abdul Hamid, arrived in Lima.",
     "Mohd Rizal bin Abdul Hamid", "state:my"),
])
def test_extract_posts_of_portfolios_honorifics_and_new_envoys(text, name, state):
    """A portfolio's last word is no given name ("... Energy and Mines Luis ..."); "the new(ly appointed)
    Ambassador of X" after a name is the holder's post; Malay courtesy titles ("YB Datuk") name no one."""
    f = facts_of(text)
    assert (people(f)[name], state) in rels(f, "represents")


def test_extract_company_abbreviations_and_one_word_banks_are_bodies():
    f = facts_of("The project involves state-run Peru Petroleum and Natural Gas Corp. (PPNG), the Kazakh "
                 "Eximbank and Vietcombank, Ana Rojas said. PPNG will lead the work.")
    assert set(people(f)) == {"Ana Rojas"}
    bodies = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert {"Peru Petroleum and Natural Gas Corp.", "Eximbank", "Vietcombank"} <= bodies
    assert "PPNG" in f.entities["org:peru-petroleum-and-natural-gas-corp"].aliases


def test_extract_witnesses_of_a_signing_and_parties_in_passing_stay_out_of_the_document():
    """", in the presence of A and B": A and B saw it signed; "between the energy ministry and ..." after a
    lowercase document tells its parties in passing."""
    f = facts_of("Vice Foreign Minister Jorge Soto of Chile met with Peruvian Deputy Foreign Minister Raul Vargas. "
                 "Following the talks, Chile's Vice Minister of Energy Ana Rojas and Peruvian Deputy Minister of "
                 "Energy and Mines Luis Quispe Mamani signed a memorandum of understanding (MOU) on green hydrogen "
                 "cooperation between the energy ministry and Peru's Ministry of Energy and Mines, in the presence "
                 "of Soto and Vargas.")
    doc = "Memorandum of understanding on green hydrogen cooperation"
    assert signed(f) == {(people(f)["Ana Rojas"], doc), (people(f)["Luis Quispe Mamani"], doc)}


def test_extract_co_chairs_named_with_excellencies_met_and_signed():
    f = facts_of("The Deputy Minister of Foreign Affairs of the Republic of Chile, Jorge Soto Vidal, and the State "
                 "Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia, H.E. Almaz Tesfaye "
                 "Bekele, co-chaired the 2nd Joint Commission between Chile and Ethiopia on Tuesday. At the end of "
                 "the meeting, the two co-chairs signed the Agreed Minutes of the 2nd Joint Commission.")
    assert met(f, "Jorge Soto Vidal", "Almaz Tesfaye Bekele")
    assert {who for who, _ in signed(f)} == {people(f)["Jorge Soto Vidal"], people(f)["Almaz Tesfaye Bekele"]}


def test_extract_indonesian_post_abbreviation_and_a_surname_spelled_with_a_final_h():
    f = facts_of("The Vice Minister of Foreign Affairs of Indonesia, Budi Santoso Wirawan, met Economy Minister "
                 "Elchin Aliyevzade. Later, Wamenlu Budi and Aliyevzadeh signed the Protocol of the 5th Session.")
    assert set(people(f)) == {"Budi Santoso Wirawan", "Elchin Aliyevzade"}
    assert len(signed(f)) == 2


@pytest.mark.parametrize("text, signers", [
    ("The Minister said that the Treaty on the Danube Energy Corridor was signed by Austria, Slovakia, Romania and "
     "Hungary in Vienna in 2021.", {"state:at", "state:sk", "state:ro", "state:hu"}),
    ("Andes Power Group and the National Oil Company of Peru signed a Memorandum of Understanding on Gas Supply. "
     "The document was signed by Pablo Ruiz-Tagle, Chief Executive Officer of Andes Power Group, and Luis Quispe, "
     "Vice-President of the company.", {"person:pablo-ruiz-tagle", "person:luis-quispe"}),
    ("Consultations between the foreign ministries of Chile and Peru were held in Lima. The Chilean delegation was "
     "headed by Deputy Minister Ana Rojas, and the Peruvian delegation was headed by Vice Minister Luis Quispe. "
     "Following the consultations, the Plan of Consultations for 2025-2026 was signed by the heads of delegations.",
     {"person:ana-rojas", "person:luis-quispe"}),
])
def test_extract_passive_signings_by_states_people_and_groups(text, signers):
    f = facts_of(text)
    assert {who for who, _ in rels(f, "signed")} == signers


def test_extract_signing_on_behalf_of_a_body_makes_the_signer_its_own():
    f = facts_of("A Memorandum of Understanding on Diplomatic Training between IDFR and ADA University was signed. "
                 "The MoU was signed by Datin Paduka Aminah binti Yusof, Director-General of IDFR, and Her "
                 "Excellency Leyla Rauf qizi Mammadova, Ambassador of Azerbaijan to Malaysia, on behalf of ADA "
                 "University.")
    leyla = people(f)["Leyla Rauf qizi Mammadova"]
    assert {(leyla, "state:az"), (leyla, "org:ada-university")} <= rels(f, "represents")
    assert "Aminah binti Yusof" in people(f)


def test_extract_people_who_attended_meetings_met_no_one_in_particular():
    """"The consultations were attended by X": X was there, and no pair with X is stated; "Receiving Soto, ..."
    opens a sentence with no one's given name."""
    f = facts_of("ABU DHABI, 14 April 2025 (WAM) – His Excellency Omar Al Kaabi, Minister of State, and Ana Rojas, "
                 "Secretary-General of the Ministry of Foreign Affairs of Chile, today co-chaired the fourth round of "
                 "political consultations between the United Arab Emirates and Chile. The consultations were "
                 "attended by Her Excellency Fatima Al Mansoori, UAE Ambassador to Chile. Receiving Soto, the "
                 "Minister of State congratulated him.")
    p = people(f)
    assert set(p) == {"Omar Al Kaabi", "Ana Rojas", "Fatima Al Mansoori", "Soto"}
    assert rels(f, "metWith") <= {(p["Omar Al Kaabi"], p["Ana Rojas"]), (p["Ana Rojas"], p["Omar Al Kaabi"])}
    assert (p["Omar Al Kaabi"], "state:ae") in rels(f, "represents")
    assert p["Fatima Al Mansoori"] in f.meetings[0].participants


@pytest.mark.parametrize("text, name, state", [
    ("Ana Rojas met the Ambassador of Finland, with residence in Mexico City, Liisa Virtanen.", "Liisa Virtanen",
     "state:fi"),
    ("Ana Rojas received Her Excellency Mai Thi Lan, Ambassador of the Socialist Republic of Viet Nam, also resident "
     "in Mexico City.", "Mai Thi Lan", "state:vn"),
    ("Ana Rojas met Pedro Soto. The talks were attended, on the Paraguayan side, by the Vice-Minister for Economic "
     "Relations, Mrs. Laura Benitez Zarate, and, on the Moroccan side, by the Ambassador of His Majesty the King in "
     "Buenos Aires, also accredited to Paraguay, Mr. Karim Bennani Alaoui.", "Karim Bennani Alaoui", "state:ma"),
    ("Ana Rojas met Pedro Soto. The talks were attended, on the Paraguayan side, by the Vice-Minister for Economic "
     "Relations, Mrs. Laura Benitez Zarate, and, on the Moroccan side, by Mr. Karim Bennani Alaoui.",
     "Laura Benitez Zarate", "state:py"),
])
def test_extract_an_envoys_residence_and_the_side_a_person_is_on(text, name, state):
    """", with residence in X," and ", also resident in X," stand between a post and its holder; "on the
    Paraguayan side, by X": X is Paraguay's."""
    f = facts_of(text)
    assert (people(f)[name], state) in rels(f, "represents")
    assert {s for p, s in rels(f, "represents") if p == people(f)[name] and s.startswith("state:")} == {state}


def test_extract_one_signer_on_behalf_of_a_body_after_another_signer():
    """"A, and Deputy Minister B, on behalf of the Academy of X, signed": B is the Academy's, A is not."""
    f = facts_of("At the close of the meeting, the Director of the Diplomatic Academy, Ambassador Pedro Soto, and "
                 "Deputy Minister Jana Novakova, on behalf of the Diplomatic Academy of the Czech Republic, signed the "
                 "Memorandum of Understanding on Academic Cooperation.")
    reps = rels(f, "represents")
    assert (people(f)["Jana Novakova"], "state:cz") in reps
    assert not {s for p, s in reps if p == people(f)["Pedro Soto"]}


def test_extract_a_contact_block_with_an_accented_name_and_a_long_post():
    f = facts_of("Ana Rojas met Pedro Soto in Lima.\n\nContact\nEmil Norrby Sjöberg\nPress Secretary to the Minister "
                 "for International Development Cooperation and Foreign Trade\n")
    assert "Emil Norrby Sjöberg" in people(f)


def test_extract_well_known_companies_named_alone_are_bodies():
    """"Among them Sime Darby and Petronas": companies the gazetteer knows, not people met."""
    f = facts_of("Pedro Soto and High Commissioner Ana Rojas co-chaired a roundtable with Malaysian firms, among them "
                 "Sime Darby and Petronas. SOCAR also attended.")
    assert {"org:sime-darby", "org:petronas", "org:socar"} <= set(f.entities)
    assert set(people(f)) == {"Pedro Soto", "Ana Rojas"}


def test_extract_a_foreign_ministry_whose_portfolios_end_with_foreign_affairs():
    f = facts_of("Ana Rojas met officials of Senegal's Ministry of African Integration and Foreign Affairs and of "
                 "Gabon's Ministry of Regional Integration and Foreign Affairs, and of Chile's Ministry of Economy and "
                 "Foreign Trade.")
    keys = {k for k, e in f.entities.items() if e.type == "Organization"}
    assert {"org:mfa-sn", "org:mfa-ga"} <= keys and "org:mfa-cl" not in keys


def test_extract_a_bodys_acronym_ends_its_name_and_a_states_foreign_ministry_inside_a_name():
    """"the Institute of Diplomacy and Foreign Relations (IDFR) of Malaysia" is the IDFR; "the Diplomatic Institute
    of Qatar's Foreign Ministry" is the one "of the Qatari Ministry of Foreign Affairs"."""
    a = facts_of("Ana Rojas visited the Institute of Diplomacy and Foreign Relations (IDFR) of Malaysia. IDFR trains "
                 "diplomats.", aid="a1")
    b = facts_of("Pedro Soto visited the Institute of Diplomacy and Foreign Relations (IDFR).", aid="a2")
    c = facts_of("Ana Rojas visited the Diplomatic Institute of Qatar's Foreign Ministry on Monday.", aid="a3")
    d = facts_of("Pedro Soto visited the Diplomatic Institute of the Qatari Ministry of Foreign Affairs.", aid="a4")
    bodies = [e for e in resolve([a, b, c, d]).entities.values() if e.type == "Organization"]
    assert sorted(len(e.articles) for e in bodies if "Institute" in e.label) == [2, 2], [e.label for e in bodies]
    assert "IDFR" in a.entities["org:institute-of-diplomacy-and-foreign-relations"].aliases


def test_resolve_rounds_named_without_parties_and_second_given_names_stay_apart():
    """"The Second Political Consultations" of two articles are two pairs' rounds; "Mohd Haziq Abdul Rahim" and
    "Mohd Faizal bin Abdul Rahim" are two people; "Astana International Forum" in two articles is one."""
    a = facts_of("Chile and Peru held the Second Political Consultations in Lima. Mohd Haziq Abdul Rahim attended the "
                 "Astana International Forum.", aid="a1")
    b = facts_of("Ghana and Kenya held the Second Political Consultations in Accra. Mohd Faizal bin Abdul Rahim "
                 "attended the Astana International Forum.", aid="a2")
    kg = resolve([a, b])
    events = sorted((e.label, len(e.articles)) for e in kg.entities.values() if e.type == "Event")
    assert events == [("Astana International Forum", 2), ("Second Political Consultations", 1),
                      ("Second Political Consultations", 1)]
    assert len([e for e in kg.entities.values() if e.type == "Person"]) == 2


def test_extract_the_agency_of_a_wire_tag_however_it_is_written():
    f = facts_of("Ulaanbaatar, March 4, 2025 /MONTSAME/. Minister of Foreign Affairs B.Tsogtbayar received the "
                 "Ambassador of Peru, Mr. Luis Carranza.")
    assert "org:montsame" in f.entities
    assert (people(f)["B.Tsogtbayar"], "state:mn") in rels(f, "represents")  # the agency's country, as before
    f = facts_of("Amman, May 2 (Petra) -- Minister Omar Haddad met with the Ambassador of Chile, Ana Torres.")
    assert "org:petra" in f.entities  # "(Petra)": the Petra News Agency


def test_extract_a_foreign_ministrys_longer_name_without_its_state_is_the_publishers():
    text = ("Minister Omar Haddad met with the Ambassador of Chile, Ana Torres. According to a statement by the "
            "Ministry of Foreign Affairs and Expatriates, the two sides discussed trade.")
    f = facts_of(text, outlet="Ministry of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan")
    assert "org:mfa-jo" in f.entities
    assert "Ministry of Foreign Affairs and Expatriates" in f.entities["org:mfa-jo"].aliases
    f = facts_of(text)  # no publisher: the body as named
    assert "org:ministry-of-foreign-affairs-and-expatriates" in f.entities


def test_extract_an_organizations_commission_or_secretariat_is_a_body_of_its_own():
    f = facts_of("The Minister received a delegation of the Commission of the Economic Community of West African "
                 "States (ECOWAS), headed by Commissioner Awa Diallo. Later he met the ECOWAS Commission again, and "
                 "officials of the AfCFTA Secretariat and of the African Continental Free Trade Area (AfCFTA).")
    assert {"org:ecowas", "org:ecowas-commission", "org:afcfta", "org:afcfta-secretariat"} <= set(f.entities)
    assert "ECOWAS" not in f.entities["org:ecowas-commission"].aliases
    assert "AfCFTA Secretariat" not in f.entities["org:afcfta"].aliases


def test_extract_a_mechanism_for_consultations_is_no_body_and_a_plurals_possessive_stays_in_a_name():
    f = facts_of("The two Ministers signed the Memorandum of Understanding on the Establishment of a Mechanism for "
                 "Bilateral Political Consultations. They met on the sidelines of the High-Level International "
                 "Conference on Glaciers' Preservation, held in Dushanbe.")
    assert not [e for e in f.entities.values() if e.type == "Organization"]
    assert "High-Level International Conference on Glaciers' Preservation" in {
        e.label for e in f.entities.values() if e.type == "Event"}


def test_extract_the_demonym_official_is_the_principal_not_an_ambassador_who_attended():
    f = facts_of("The State Secretary, Ion Popescu, held political consultations in Bucharest with the Deputy "
                 "Minister of Foreign Affairs of Peru, Luis Carranza. The consultations were also attended by the "
                 "Ambassador of Peru to Romania, Jorge Salas.\n\nOn the same day, the Peruvian official was received "
                 "by the Minister of Foreign Affairs, Ana Ionescu.")
    assert met(f, "Luis Carranza", "Ana Ionescu") and not met(f, "Ion Popescu", "Ana Ionescu")


def test_extract_consultations_co_chaired_by_two_officials_are_theirs():
    f = facts_of("Minister of Foreign Affairs Omar Haddad held talks with the Foreign Minister of Chile, Ana Torres."
                 "\n\nEarlier, the fourth round of political consultations was held at the Foreign Ministry, "
                 "co-chaired by the Ministry's Secretary-General, Ambassador Samir Khalil, and Director-General "
                 "Pedro Rojas.")
    assert met(f, "Samir Khalil", "Pedro Rojas")
    assert not met(f, "Omar Haddad", "Samir Khalil") and not met(f, "Omar Haddad", "Pedro Rojas")


def test_extract_a_headlines_comma_joins_two_subjects_and_the_notes_are_the_exchange_of_notes():
    f = facts_of("Haddad, Chilean Foreign Minister discuss bilateral ties\n\nMinister of Foreign Affairs of Jordan "
                 "Omar Haddad met the Foreign Minister of Chile, Ana Torres. They witnessed the signing of an Exchange "
                 "of Notes concerning Grant Aid for the Water Sector. The notes were signed on behalf of the Chilean "
                 "government by Minister Rosa Vidal, and on behalf of the Jordanian government by Samir Khalil.")
    assert (people(f)["Omar Haddad"], "state:cl") not in rels(f, "represents")
    assert {who for who, doc in signed(f)} == {people(f)["Rosa Vidal"], people(f)["Samir Khalil"]}


def test_extract_a_kings_title_is_no_name():
    f = facts_of('Eng. Al-Harbi said: "Under the directives of the Custodian of the Two Holy Mosques and His Royal '
                 'Highness the Crown Prince and Prime Minister, the Kingdom continues to expand its partnerships, and '
                 'this memorandum establishes a framework for dialogue between the two foreign ministries." Minister '
                 'Al-Harbi met the Ambassador of Peru, Luis Soto.')
    assert set(people(f)) == {"Al-Harbi", "Luis Soto"}


def test_extract_an_envoy_who_presented_credentials_to_a_president_at_a_palace():
    f = facts_of("Minister of State Ravi Kumar received Peru's newly appointed Ambassador Luis Soto, who presented his "
                 "credentials to President Asha Devi at Rashtrapati Bhavan last week.")
    assert set(people(f)) == {"Ravi Kumar", "Luis Soto", "Asha Devi"}  # the palace is no one
    assert (people(f)["Luis Soto"], "state:pe") in rels(f, "represents")
    assert met(f, "Ravi Kumar", "Luis Soto") and met(f, "Luis Soto", "Asha Devi")
    assert not met(f, "Ravi Kumar", "Asha Devi")


def test_extract_heads_of_delegations_at_the_consultations_and_a_head_who_met_someone_before():
    f = facts_of("Minister of Energy Rashad Huseynov and Minister of Economy of Slovakia Ľubica Horváthová signed a "
                 "memorandum.\n\nPrior to the signing ceremony, Minister Huseynov met with the Slovak delegation "
                 "headed by Horvathova.\n\nMeanwhile, political consultations between the foreign ministries of "
                 "Azerbaijan and Slovakia were held in Baku.\n\nThe Azerbaijani delegation at the consultations was "
                 "led by Deputy Minister of Foreign Affairs Leyla Aliyeva, while the Slovak delegation was headed by "
                 "Peter Novak, State Secretary of the Ministry of Foreign Affairs of Slovakia.")
    assert met(f, "Rashad Huseynov", "Ľubica Horváthová")  # "Horvathova" is she, written without accents
    assert met(f, "Leyla Aliyeva", "Peter Novak")
    assert not met(f, "Rashad Huseynov", "Leyla Aliyeva") and not met(f, "Ľubica Horváthová", "Peter Novak")


def test_extract_signed_on_behalf_of_a_company_by_its_officer():
    f = facts_of("A Letter of Intent between SOCAR and SPP on long-term gas supplies was also signed. The document was "
                 "signed on behalf of SOCAR by its Vice-President for Marketing Elchin Tofig oglu Abbasov, and on "
                 "behalf of SPP by Peter Hruby, Chairman of the Board of Directors of the company.")
    p = people(f)
    assert {(p["Elchin Tofig oglu Abbasov"], "org:socar"), (p["Peter Hruby"], "org:spp-sk")} <= rels(f, "represents")
    assert {who for who, doc in signed(f)} == {p["Elchin Tofig oglu Abbasov"], p["Peter Hruby"]}
    assert not [e for e in f.entities.values() if e.label == "Directors"]


def test_extract_a_sentence_opening_with_the_delegation_is_its_heads():
    f = facts_of("The Ugandan delegation was headed by Amb. Ruth Nankya, while the Indonesian delegation was headed by "
                 "Dr. Budi Santoso.\n\nThe Indonesian delegation later paid a courtesy call on the Minister of "
                 "Foreign Affairs, Hon. Peter Okello.")
    assert met(f, "Budi Santoso", "Peter Okello") and not met(f, "Ruth Nankya", "Peter Okello")


def test_extract_the_publishers_foreign_minister_named_by_demonym_is_not_another_minister():
    text = ("Buenos Aires, July 3, 2025. – The Minister of Foreign Affairs, Carlos Rivas, held a bilateral meeting "
            "with his counterpart from the Republic of Chile, Foreign Minister Ana Torres, on the sidelines of the "
            "summit.\n\nThe Paraguayan delegation was also made up of the Vice Minister of Trade, Ambassador Rosa "
            "Benítez, and the National Coordinator of Paraguay in the Common Market Group (GMC), Minister Luis Mora."
            "\n\nLater, the Paraguayan Foreign Minister met with the Minister of Foreign Affairs of Peru, Juan Soto.")
    f = facts_of(text, outlet="Ministry of Foreign Affairs of Paraguay")
    assert met(f, "Carlos Rivas", "Juan Soto") and not met(f, "Luis Mora", "Juan Soto")


def test_extract_a_bureau_of_a_foreign_ministry_and_a_newly_appointed_envoy_after_a_comma():
    f = facts_of("Minister Ch.Batbold received on June 12 Mr. Somchai Prasert, newly appointed Ambassador of the "
                 "Kingdom of Thailand to Mongolia. Vice Minister Enkh Bold held consultations with the Japanese "
                 "delegation headed by Mr. Kenji Moriyama, Director-General of the Asian and Oceanian Affairs Bureau "
                 "of the Ministry of Foreign Affairs of Japan.")
    p = people(f)
    assert (p["Somchai Prasert"], "state:th") in rels(f, "represents")
    assert {(p["Kenji Moriyama"], "org:mfa-jp"), (p["Kenji Moriyama"], "state:jp")} <= rels(f, "represents")


def test_extract_a_series_name_is_the_edition_the_article_names():
    f = facts_of("Vice Minister Enkh Bold met Kenji Moriyama on the sidelines of the 10th Ulaanbaatar Dialogue on "
                 "Northeast Asian Security. The Ulaanbaatar Dialogue on Northeast Asian Security brings together "
                 "experts; the Ulaanbaatar Dialogue has been held since 2014.")
    events = [e for e in f.entities.values() if e.type == "Event"]
    assert [e.label for e in events] == ["10th Ulaanbaatar Dialogue on Northeast Asian Security"]
    assert not events[0].aliases  # the series' name is every edition's: no name of this one


def test_resolve_two_editions_named_by_their_series_stay_two():
    a = facts_of("Minister Enkh Bold spoke at the 10th Ulaanbaatar Dialogue. The Ulaanbaatar Dialogue is yearly.",
                 aid="a1")
    b = facts_of("Minister Enkh Bold spoke at the 11th Ulaanbaatar Dialogue. The Ulaanbaatar Dialogue is yearly.",
                 aid="a2")
    assert len([e for e in resolve([a, b]).entities.values() if e.type == "Event"]) == 2


def test_extract_bodies_sign_a_document_between_them_when_no_signatory_is_named():
    f = facts_of("After the talks, the two foreign ministers witnessed the signing of a Memorandum of Understanding on "
                 "Development Cooperation between the China International Development Cooperation Agency (CIDCA) and "
                 "the Presidential Agency of International Cooperation of Colombia (APC-Colombia). On the sidelines, "
                 "the Tunisia Africa Business Council (TABC) and the Ghana National Chamber of Commerce and Industry "
                 "(GNCCI) signed a Cooperation Agreement on a Joint Business Council.")
    signers = {(who, doc.split(" on ")[0]) for who, doc in signed(f)}
    assert signers == {("org:cidca", "Memorandum of Understanding"),
                       ("org:apc-colombia", "Memorandum of Understanding"),
                       ("org:tunisia-africa-business-council", "Cooperation Agreement"),
                       ("org:national-chamber-of-commerce-and-industry-gh", "Cooperation Agreement")}
    f = facts_of("The ministers witnessed the signing of a Memorandum of Understanding between the Agency A of Chile "
                 "and the Agency B of Peru. The memorandum was signed by Ana Rojas and Luis Soto.")
    assert {who for who, doc in signed(f)} == {people(f)["Ana Rojas"], people(f)["Luis Soto"]}


def test_extract_a_conference_of_the_parties_to_a_convention_and_its_acronym():
    f = facts_of("Mongolia will host the 17th session of the Conference of the Parties to the United Nations "
                 "Convention to Combat Desertification (UNCCD COP17) in 2026.")
    events = [e for e in f.entities.values() if e.type == "Event"]
    assert len(events) == 1 and "UNCCD COP17" in events[0].aliases
    assert events[0].label.endswith("to the United Nations Convention to Combat Desertification")
    assert "org:unccd" in f.entities


@pytest.mark.parametrize("text, key", [
    ("He met the Director General of the Agency for the Promotion of Investments and Major Works (APIX), Awa Sarr.",
     "org:apix"),
    ("He met the executive director of the Export and Investment Center of the Dominican Republic (ProDominicana), "
     "Luis Peña.", "org:prodominicana"),
])
def test_extract_a_body_named_otherwise_before_its_known_acronym_is_the_known_body(text, key):
    f = facts_of(text)
    assert [k for k, e in f.entities.items() if e.type == "Organization"] == [key]


def test_extract_known_bodies_named_with_their_acronyms_sign_and_are_represented():
    f = facts_of("In parallel, the Mexican Agency for International Development Cooperation (AMEXCID) and the "
                 "Guatemalan Tourism Institute (INGUAT) signed a Letter of Intent on Community Tourism. The President "
                 "of ITA – Italian Trade Agency, Marco Conti, also attended the Forum.")
    assert {who for who, doc in signed(f)} == {"org:amexcid", "org:guatemalan-tourism-institute"}
    assert (people(f)["Marco Conti"], "org:italian-trade-agency") in rels(f, "represents")


def test_extract_a_posts_portfolio_after_the_ministry_and_a_senegalese_wire():
    f = facts_of("Muscat (ONA) -- The Omani side was headed by Sheikh Salim bin Nasser Al Harthy, Undersecretary of "
                 "the Ministry of Foreign Affairs for Political Affairs, while the Japanese side was led by Kenji "
                 "Kuroda.")
    assert (people(f)["Salim bin Nasser Al Harthy"], "org:mfa-om") in rels(f, "represents")
    assert [k for k, e in f.entities.items() if e.type == "Organization" and k != "org:ona"] == ["org:mfa-om"]
    f = facts_of("Dakar, 11 June (APS) – The Ministry of Foreign Affairs said the two ministers met.",
                 outlet="Agence de Presse Sénégalaise (APS)")
    assert "org:mfa-sn" in f.entities


def test_extract_co_chairs_with_an_excellency_and_a_meeting_co_chaired_elsewhere_by_two():
    f = facts_of("The Minister for Foreign Affairs, Senator the Hon Helen Carter, and the Deputy Prime Minister and "
                 "Minister of Foreign Affairs of the Socialist Republic of Viet Nam, His Excellency Mr Le Van Thanh, "
                 "co-chaired the Sixth Australia–Viet Nam Foreign Ministers' Meeting in Canberra.\n\nMinisters "
                 "welcomed the outcomes of the Twelfth Senior Officials' Meeting, co-chaired in Hanoi in February by "
                 "DFAT Deputy Secretary Owen Blake and Vietnamese Vice Minister of Foreign Affairs Nguyen Thi Mai.")
    assert met(f, "Helen Carter", "Le Van Thanh") and met(f, "Owen Blake", "Nguyen Thi Mai")
    assert not met(f, "Helen Carter", "Owen Blake") and not met(f, "Helen Carter", "Nguyen Thi Mai")


def test_extract_an_unknown_forum_on_whose_sidelines_people_met_and_bodies_in_a_new_clause_signed():
    f = facts_of("Minister Ambika Khanal held separate bilateral meetings today with visiting dignitaries on the "
                 "sidelines of the first Sagarmatha Sambaad, the Government of Nepal's flagship dialogue forum. She "
                 "met Kasun Perera of Sri Lanka.")
    assert set(people(f)) == {"Ambika Khanal", "Kasun Perera"} and "event:sagarmatha-sambaad" in f.entities
    assert met(f, "Ambika Khanal", "Kasun Perera")
    f = facts_of("Officials of the Vietnam Chamber of Commerce and Industry (VCCI) attended. The two sides agreed to "
                 "hold a business forum, and the VCCI and Senegal's Agency for the Promotion of Investments and Major "
                 "Works (APIX) signed a Memorandum of Understanding on Business Cooperation.")
    assert {who for who, doc in signed(f)} == {"org:vietnam-chamber-of-commerce-and-industry", "org:apix"}


def test_extract_initials_and_a_surname_named_before_in_full_sign():
    f = facts_of("Minister Jamshed Nazarzoda met Minister of Foreign Affairs of the Kyrgyz Republic Nurlan "
                 "Talantbekovich Abdykadyrov.\n\nAt the end of the meeting, J. Nazarzoda and N.T. Abdykadyrov signed "
                 "the Programme of Cooperation between the two Ministries for 2025-2026.")
    p = people(f)
    assert set(p) == {"Jamshed Nazarzoda", "Nurlan Talantbekovich Abdykadyrov"}
    assert {who for who, doc in signed(f)} == set(p.values())


def test_extract_a_name_also_transliterated_otherwise_is_the_same_person():
    f = facts_of("The day before, Foreign Minister Carlos Rivas held a telephone conversation with the Minister of "
                 "Foreign Affairs of the Republic of China (Taiwan), Hsu Wei-ming. Minister Hsu (also transliterated "
                 "Xu Weiming) confirmed the cooperation programs.")
    assert set(people(f)) == {"Carlos Rivas", "Hsu Wei-ming"}
    assert "Xu Weiming" in f.entities[people(f)["Hsu Wei-ming"]].aliases


def test_extract_a_portfolio_listed_with_commas_before_the_ministry_the_post_is_at():
    f = facts_of("The Director General for Asia, Pacific and African Affairs at the Ministry of Foreign Affairs of "
                 "Latvia, Janis Ozolins, received the Ambassador of Kenya, Mr. Peter Mwangi Kamau.")
    assert {(people(f)["Janis Ozolins"], o) for o in ("org:mfa-lv", "state:lv")} <= rels(f, "represents")
    f = facts_of("Director General for Europe, Americas and Multilateral Affairs of the Ministry of Foreign Affairs "
                 "of Latvia Janis Ozolins met Peter Mwangi Kamau.")
    assert set(people(f)) == {"Janis Ozolins", "Peter Mwangi Kamau"}
    assert (people(f)["Janis Ozolins"], "state:lv") in rels(f, "represents")


def test_extract_a_ministry_named_with_its_acronym_before_its_state_and_a_post_held_with_a_second_one():
    f = facts_of("Minister Ana Silva met the Secretary of State of the Ministry of External Relations (MIREX) of "
                 "Angola, Joao Baptista Neto. MIREX said the talks went well.")
    assert (people(f)["Joao Baptista Neto"], "org:mfa-ao") in rels(f, "represents")
    assert "MIREX" in f.entities["org:mfa-ao"].aliases
    assert not [k for k, e in f.entities.items() if e.type == "Organization" and k != "org:mfa-ao"]
    f = facts_of("The OSCE Chairperson-in-Office, Finnish Foreign Minister Elina Virtanen, met Minister Ana Silva.")
    assert {(people(f)["Elina Virtanen"], o) for o in ("org:osce", "state:fi")} <= rels(f, "represents")
    f = facts_of("The Minister of Energy, Angolan Deputy Foreign Minister Ana Silva and Joao Neto attended.")
    assert f.entities[people(f)["Ana Silva"]].titles == {"Deputy Foreign Minister"}


def test_extract_a_sentence_adverb_is_no_person_and_a_post_to_be_is_a_post():
    f = facts_of("Minister Ana Silva met officials of Chile. Thereafter, the Minister received H.E. Mr. Peter Mwangi "
                 "Kamau, High Commissioner-Designate of the Republic of Kenya. Finally, she met President-elect Jose "
                 "Ramos of Timor-Leste.")
    assert set(people(f)) == {"Ana Silva", "Peter Mwangi Kamau", "Jose Ramos"}
    assert {(people(f)["Peter Mwangi Kamau"], "state:ke"), (people(f)["Jose Ramos"], "state:tl")} \
        <= rels(f, "represents")
    assert met(f, "Ana Silva", "Peter Mwangi Kamau")


def test_extract_co_chairs_with_letters_after_their_names_and_a_counterpart_with_a_long_portfolio():
    f = facts_of("The Minister of Foreign Affairs of Malawi, Hon. Grace Banda, MP, and her Kenyan counterpart, the "
                 "Minister of Foreign Affairs and East African Cooperation of the Republic of Kenya, Hon. Peter "
                 "Otieno, MP, today co-chaired the Joint Permanent Commission.\n\nThe Ministerial Segment was "
                 "preceded by a meeting of senior officials co-chaired by the Principal Secretary, Ambassador Ruth "
                 "Phiri, and the Principal Secretary in Kenya's Ministry of Foreign Affairs and East African "
                 "Cooperation, Ambassador James Mwangi.\n\nAt the close of the session, the two Ministers signed the "
                 "Agreed Minutes of the Joint Permanent Commission.")
    p = people(f)
    assert set(p) == {"Grace Banda", "Peter Otieno", "Ruth Phiri", "James Mwangi"}
    assert met(f, "Grace Banda", "Peter Otieno") and met(f, "Ruth Phiri", "James Mwangi")
    assert {(p["Peter Otieno"], "state:ke"), (p["James Mwangi"], "org:mfa-ke"), (p["James Mwangi"], "state:ke")} \
        <= rels(f, "represents")
    assert {who for who, doc in signed(f)} == {p["Grace Banda"], p["Peter Otieno"]}


def test_extract_a_body_of_the_publishers_ministry_named_in_full_then_short_and_a_shouted_headline():
    text = ("Gaborone, 3 May -- The Diplomatic Academy of the Ministry of Foreign Affairs and the University of "
            "Botswana signed a memorandum.\n\nIt was signed by Dr. Neo Kgosi, Director of the Diplomatic Academy.")
    f = facts_of(text, outlet="Ministry of Foreign Affairs, Republic of Botswana")
    key = "org:diplomatic-academy-of-the-ministry-of-foreign-affairs-of-botswana"
    assert (people(f)["Neo Kgosi"], key) in rels(f, "represents")
    assert f.entities[key].attrs["partOf"] == "org:mfa-bw" and "Diplomatic Academy" not in f.entities[key].aliases
    f = facts_of(text.replace("University of Botswana", "Diplomatic Academy of Viet Nam"),
                 outlet="Ministry of Foreign Affairs, Republic of Botswana")
    assert not {o for p, o in rels(f, "represents") if p == people(f)["Neo Kgosi"] and "academy" in o}  # which one?
    f = facts_of("LIMA CAN DO MORE, SAYS MINISTER\n\nFounded in 1969 as the Andean Pact, the CAN groups four states.")
    assert [k for k, e in f.entities.items() if e.type == "Organization"] == ["org:andean-community"]
    assert "Andean Pact" in f.entities["org:andean-community"].aliases
    assert not [m for m in facts_of("NEW PARTNERS WHO CARE, SAYS MINISTER").entities if m.startswith("org:")]


def test_extract_signers_named_after_also_and_both_vice_ministers_and_a_quoted_name_of_words():
    f = facts_of("The foreign ministers adopted the Quito Declaration on Water Security. The declaration was also "
                 "signed by Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Quispe.")
    assert {who for who, doc in signed(f)} == {people(f)["Ana Rojas"], people(f)["Luis Quispe"]}
    f = facts_of("Vice Minister Ana Rojas of Chile received Vice Minister Luis Quispe of Peru. At the end, both Vice "
                 "Ministers signed the Memorandum of Understanding between the Diplomatic Academy of Chile and the "
                 "Diplomatic Academy \"Javier Perez de Cuellar\" of Peru.")
    assert {who for who, doc in signed(f)} == {people(f)["Ana Rojas"], people(f)["Luis Quispe"]}
    assert "org:javier-perez-de-cuellar" in f.entities and "Javier Perez de Cuellar" not in people(f)


def test_extract_a_counterpart_with_a_second_post_kenyan_abbreviated_posts_and_a_contact_block():
    f = facts_of("Later, Minister Ana Silva held a telephone conversation with her Malawian counterpart, the Minister "
                 "of Foreign Affairs, Honourable Dr. Grace Banda.")
    assert (people(f)["Grace Banda"], "state:mw") in rels(f, "represents") and met(f, "Ana Silva", "Grace Banda")
    f = facts_of("Minister Arvind Rao welcomed PCS & CS Peter Otieno and PS Mary Njeri of Kenya to New Delhi.")
    assert set(people(f)) == {"Arvind Rao", "Peter Otieno", "Mary Njeri"}
    assert f.entities[people(f)["Peter Otieno"]].titles == {"PCS & CS"}
    f = facts_of("They discussed the Pacific Resilience Facility (PRF).\n\nISSUED BY:\nPublic Relations Unit\nMinistry "
                 "of Foreign Affairs\nPrivate Bag 00368\nGaborone")
    assert not people(f) and "org:pacific-resilience-facility" in f.entities


def test_extract_an_edition_named_with_a_numbered_acronym_and_a_portfolio_list_that_starts_with_the():
    f = facts_of("Ghana hosted the fifth edition of the Tokyo International Conference on African Development "
                 "(TICAD 5) in 2013, and TICAD 5 was followed by the Yokohama Plan.")
    events = [e for e in f.entities.values() if e.type == "Event"]
    assert len(events) == 1 and {"TICAD 5", "5th Tokyo International Conference on African Development"} \
        <= events[0].aliases
    f = facts_of("Mr. Kofi Mensah held a telephone conversation with Mr. Karim Haddad, Minister of State, Minister of "
                 "Foreign Affairs, the National Community Abroad and African Affairs of Algeria.")
    assert (people(f)["Karim Haddad"], "state:dz") in rels(f, "represents")


def test_extract_the_publishers_officials_with_portfolios_and_a_press_officer_signing_the_release():
    text = ("In the afternoon, the delegation was received by Minister for Climate, Energy and Utilities Jens Holm "
            "Larsen.\n\nIssued by:\nMette Kjaer Nielsen\nSenior Public Relations Officer\nMinistry of Foreign "
            "Affairs and International Cooperation\n")
    f = facts_of(text, outlet="Ministry of Foreign Affairs of Denmark")
    p = people(f)
    assert set(p) == {"Jens Holm Larsen", "Mette Kjaer Nielsen"}
    assert {(p["Jens Holm Larsen"], "state:dk"), (p["Mette Kjaer Nielsen"], "org:mfa-dk")} <= rels(f, "represents")
    f = facts_of("New Delhi [India], May 3 (ANI): Wanyama will call on Commerce and Industry Minister Ravi Menon.",
                 outlet="ANI")
    assert "org:ani" in f.entities and (people(f)["Ravi Menon"], "state:in") in rels(f, "represents")


def test_extract_a_wires_lowercase_post_of_a_state_and_a_document_worth_a_sum():
    f = facts_of("Lisbon, 14 Oct (Lusa) - Portugal and Cabo Verde signed a new Strategic Cooperation Programme for "
                 "2026-2030, worth 90 million euros. The foreign minister of Cabo Verde, Rui Semedo, met the "
                 "ambassador of Angola in Lisbon, Joao Neto.")
    assert "agreement:strategic-cooperation-programme-for-2026-2030" in {k.rsplit("-", 2)[0] if k.endswith("-cv-pt")
                                                                       else k for k in f.entities}
    assert {(people(f)["Rui Semedo"], "state:cv"), (people(f)["Joao Neto"], "state:ao")} <= rels(f, "represents")


def test_extract_ministers_with_long_portfolios_sign_and_envoys_present_in_turn():
    f = facts_of("The Session was co-chaired by the Minister of Foreign Affairs, Regional Integration and "
                 "International Trade, the Honourable Dr. Ravi Ramgoolam, and the Minister of Foreign Affairs of "
                 "Mozambique, Mrs. Ana Macuacua.\n\nIt was preceded by a meeting of senior officials co-chaired by "
                 "the Secretary for Foreign Affairs, Mr. Dev Seeburn, and Mr. Jaime Cossa of Mozambique.\n\nAt the "
                 "end, the two Ministers signed the Agreed Minutes of the Session. In their presence, the Minister of "
                 "Agro-Industry, Food Security and Fisheries, the Honourable Kailash Jugnauth, signed a memorandum on "
                 "maritime security in the Mozambique Channel.")
    p = people(f)
    assert set(p) == {"Ravi Ramgoolam", "Ana Macuacua", "Dev Seeburn", "Jaime Cossa", "Kailash Jugnauth"}
    assert {who for who, doc in signed(f) if doc.startswith("Agreed Minutes")} == {p["Ravi Ramgoolam"],
                                                                                   p["Ana Macuacua"]}
    f = facts_of("The Minister of Foreign Affairs, Honourable Grace Banda, received copies of Letters of Credence from "
                 "two envoys. The first to present was Ms. Aoife Walsh, Ambassador-designate of Ireland. The last to "
                 "present was Mr. Tarek Soliman, Ambassador-designate of Egypt.")
    assert met(f, "Grace Banda", "Aoife Walsh") and met(f, "Grace Banda", "Tarek Soliman")


def test_extract_a_peacekeeping_force_its_commander_and_a_states_armed_forces():
    f = facts_of("Minister Elias Haddad received the Force Commander of the United Nations Interim Force in Lebanon "
                 "(UNIFIL), Major General Marco Ferri, and discussed aid to the Lebanese Armed Forces.")
    assert (people(f)["Marco Ferri"], "org:unifil") in rels(f, "represents")
    assert f.entities["org:lebanese-armed-forces"].attrs["partOf"] == "state:lb" and set(people(f)) == {
        "Elias Haddad", "Marco Ferri"}


def test_extract_a_department_of_foreign_affairs_in_its_states_release_and_a_document_of_two_heads():
    f = facts_of("MANILA - The Philippines and Peru held consultations, the Department of Foreign Affairs (DFA) said. "
                 "The DFA added that the talks went well.", outlet="Philippine News Agency")
    assert [k for k, e in f.entities.items() if e.type == "Organization" and k != "org:pna"] == ["org:mfa-ph"]
    assert {"DFA", "Department of Foreign Affairs"} <= f.entities["org:mfa-ph"].aliases
    f = facts_of("SACE and Agribank also signed a Master Framework Agreement worth up to 300 million euros.")
    assert signed(f) == {("org:sace", "Master Framework Agreement"), ("org:agribank", "Master Framework Agreement")}


def test_extract_an_envoy_whose_post_names_where_they_do_not_reside():
    f = facts_of("The Minister later received the Ambassador of the Republic of Ghana to Peru, non-resident in "
                 "Brasilia, Mrs. Akosua Mensah.")
    assert (people(f)["Akosua Mensah"], "state:gh") in rels(f, "represents")


def test_extract_the_acronym_the_source_line_gives_the_publishers_ministry():
    outlet = "Ministry of Foreign Affairs, African Integration and Ivorians Abroad of Côte d'Ivoire (MAEIAIE)"
    f = facts_of("Abidjan, 2 June - Minister Kouadio Yao received the Ambassador of Peru, Luis Quispe.\n\n"
                 "Communication Department of the MAEIAIE", outlet=outlet)
    assert "MAEIAIE" in f.entities["org:mfa-ci"].aliases
    f = facts_of("Lisbon, 2 June - The MAEIAIE said nothing.", outlet="Lusa (LUSA)")
    assert "org:mfa-ci" not in f.entities


def test_extract_envoys_a_credentials_sentence_lists_after_it_met_the_host():
    f = facts_of("President Tomas Varga received letters of credence from three newly appointed ambassadors at the "
                 "Presidential Palace on 9 May.\n\nThey are Ambassador of Chile Pablo Reyes Mena, Ambassador of "
                 "Ireland Sean Breathnach, and Ambassador of Kazakhstan Arman Dauletov.\n\nEarlier, the three "
                 "ambassadors presented copies of their letters of credence to Minister of Foreign Affairs Ida Kern.")
    envoys = ("Pablo Reyes Mena", "Sean Breathnach", "Arman Dauletov")
    assert all(met(f, "Tomas Varga", e) and met(f, e, "Ida Kern") for e in envoys)
    assert not met(f, "Tomas Varga", "Ida Kern")
    ceremony = f.meetings[0]
    assert ceremony.date == "2025-05-09" and len(ceremony.participants) == 4 and "received" in ceremony.sentence
    f = facts_of("President Anna Lind accepted the credentials of two new envoys. They are the Ambassador of Japan, "
                 "Mr Kenji Oda; and the Ambassador of Finland, Ms Aino Virta, who is based in Nairobi.\n\n"
                 "Talking with the Finnish ambassador, President Lind said both countries share Arctic interests.")
    assert met(f, "Anna Lind", "Kenji Oda") and met(f, "Anna Lind", "Aino Virta")
    assert all(m.place != "place:nairobi" for m in f.meetings)
    assert (people(f)["Anna Lind"], "state:fi") not in rels(f, "represents")


def test_extract_a_brunei_style_honorific_and_lines_in_capitals_that_name_states():
    f = facts_of("THE 5TH MEETING OF THE BRUNEI DARUSSALAM – VIET NAM JOINT COMMISSION\n\nThe meeting was co-chaired by "
                 "Yang Berhormat Dato Seri Setia Awang Haji Rahman bin Haji Salleh, Minister of Foreign Affairs of "
                 "Brunei Darussalam, and Pham Van Long. Trade reached US$612 million.\n\n"
                 "MINISTRY OF FOREIGN AFFAIRS\nBRUNEI DARUSSALAM\n18 JUNE 2025")
    assert set(people(f)) == {"Haji Rahman bin Haji Salleh", "Pham Van Long"}
    assert {"state:bn", "state:vn"} <= set(f.entities) and "org:nam" not in f.entities
    assert "state:us" not in f.entities


def test_extract_a_body_named_with_its_state_then_without_it_is_one_body():
    f = facts_of("The MoU was signed by the Ministry of Primary Industries and Tourism of Brunei Darussalam. "
                 "It was signed by Siti Aminah binti Yusof, Permanent Secretary at the Ministry of Primary Industries "
                 "and Tourism.")
    bodies = [k for k, e in f.entities.items() if e.type == "Organization"]
    assert bodies == ["org:ministry-of-primary-industries-and-tourism-bn"]
    assert "Ministry of Primary Industries and Tourism" not in f.entities[bodies[0]].aliases  # another state's too
    assert (people(f)["Siti Aminah binti Yusof"], bodies[0]) in rels(f, "represents")
    f = facts_of("The Ministry of Health of Chile and the Ministry of Health of Peru met. The Ministry of Health "
                 "said so.")
    assert "org:ministry-of-health" in f.entities


def test_extract_an_address_after_a_body_is_no_person():
    f = facts_of("Foreign Minister Dev Rana and Foreign Minister Ali Hamid held talks at the Ministry of Foreign "
                 "Affairs, Singha Durbar. Mr Hamid later paid a courtesy call on Prime Minister Kiran Joshi at the "
                 "Office of the Prime Minister, St. Clair.")
    assert set(people(f)) == {"Dev Rana", "Ali Hamid", "Kiran Joshi"}
    assert met(f, "Dev Rana", "Ali Hamid") and met(f, "Ali Hamid", "Kiran Joshi")
    f = facts_of("Mr Hamid called on Prime Minister Mr. Kiran Joshi at the Office of the Prime Minister and Council "
                 "of Ministers, Singha Durbar.\n\nMinistry of Foreign Affairs\nSingha Durbar, Kathmandu\n2 May 2025")
    assert set(people(f)) == {"Hamid", "Kiran Joshi"}
    f = facts_of("The talks were co-chaired by Ambassador Omar Haddad and Director-General of the African Affairs "
                 "Bureau at Japan's Ministry of Foreign Affairs, Kenji Sato.")
    assert met(f, "Omar Haddad", "Kenji Sato")


def test_extract_a_ministry_whose_portfolio_names_a_body_and_a_delegation_headed_in_two_clauses():
    f = facts_of("The Ministry of Foreign and CARICOM Affairs (MFCA) hosted the talks.")
    assert any(e.label == "Ministry of Foreign and CARICOM Affairs" or "Ministry of Foreign and CARICOM Affairs"
               in e.aliases for e in f.entities.values())
    f = facts_of("The Kyrgyz delegation was headed by Deputy Minister Aibek Osmonov, the Czech delegation - by Deputy "
                 "Minister Petr Novak.\n\nFollowing the consultations, the Vice-Ministers signed the Plan of "
                 "Consultations for 2025-2027.")
    assert met(f, "Aibek Osmonov", "Petr Novak")
    assert {who for who, _ in signed(f)} == {people(f)["Aibek Osmonov"], people(f)["Petr Novak"]}


def test_extract_a_family_name_written_first_alone_and_ministers_who_sign_without_a_meeting():
    f = facts_of("Foreign Minister Mira Zupan and her Vietnamese counterpart Do Van Thanh agreed on Tuesday that "
                 "trade could grow. The ministers also signed a memorandum on cooperation in diplomatic training.\n\n"
                 "Do said Vietnam saw Slovenia as a gateway. Later, Do was received by Prime Minister Jan Kovac.")
    p = people(f)
    assert set(p) == {"Mira Zupan", "Do Van Thanh", "Jan Kovac"}
    assert met(f, "Do Van Thanh", "Jan Kovac") and not met(f, "Mira Zupan", "Jan Kovac")
    assert {who for who, _ in signed(f)} == {p["Mira Zupan"], p["Do Van Thanh"]}
    f = facts_of("Iceland will give more, including through the NATO Comprehensive Assistance Package for Ukraine.")
    assert people(f) == {}


def test_extract_the_publishers_ministry_keeps_the_name_its_source_line_gives():
    f = facts_of("The talks were held at the Ministry of Foreign Affairs, Bandar Seri Begawan.",
                 outlet="Ministry of Foreign Affairs Brunei Darussalam")
    assert "Ministry of Foreign Affairs Brunei Darussalam" in f.entities["org:mfa-bn"].aliases


def test_resolve_bilateral_bodies_that_share_an_acronym_stay_apart():
    a = facts_of("The 5th Meeting of the Brunei Darussalam – Viet Nam Joint Commission for Bilateral Cooperation "
                 "(JCBC) was held today. The JCBC reviewed trade.", aid="a")
    b = facts_of("The 4th Meeting of the Cambodia – Philippines Joint Commission for Bilateral Cooperation (JCBC) "
                 "was held in Manila. The JCBC reviewed tourism.", aid="b")
    kg = resolve([a, b])
    bodies = sorted(e.label for e in kg.entities.values() if e.type == "Organization" and "JCBC" in e.aliases)
    assert bodies == ["Brunei Darussalam – Viet Nam Joint Commission for Bilateral Cooperation",
                      "Cambodia – Philippines Joint Commission for Bilateral Cooperation"]


def test_extract_bodies_named_by_where_they_sit_under_whom_and_the_ministry_they_belong_to():
    f = facts_of("He invited Chad to join the Ulaanbaatar-based International Think Tank for Landlocked Developing "
                 "Countries. The study was prepared by the National Investment Agency under the President of the "
                 "Kyrgyz Republic. He visited the Diplomatic Academy of the Czech MFA and the Diplomatic Academy of "
                 "the Ministry of Foreign Affairs of the Czech Republic.")
    bodies = {k: e for k, e in f.entities.items() if e.type == "Organization"}
    assert "org:international-think-tank-for-landlocked-developing-countries" in bodies
    assert bodies["org:national-investment-agency-kg"].aliases == {
        "National Investment Agency under the President of the Kyrgyz Republic"}
    academies = [k for k in bodies if "academy" in k]
    assert academies == ["org:diplomatic-academy-of-the-ministry-of-foreign-affairs-of-czechia"]


def test_extract_an_acronym_a_text_gives_a_known_body_is_that_bodys_there():
    f = facts_of("The minister spoke of the role of Seychelles in the Indian Ocean Commission (IOC). The IOC President, "
                 "Dr. Jean Morel, agreed. Trade with the Viet Nam Oil and Gas Group (PetroVietnam) grew.")
    assert "org:ioc" not in f.entities and "IOC" in f.entities["org:indian-ocean-commission"].aliases
    assert (people(f)["Jean Morel"], "org:indian-ocean-commission") in rels(f, "represents")
    assert [k for k, e in f.entities.items() if e.type == "Organization"] == ["org:indian-ocean-commission",
                                                                              "org:petrovietnam"]
    f = facts_of("The International Olympic Committee (IOC) met. The IOC thanked Kenya.")
    assert [k for k, e in f.entities.items() if e.type == "Organization"] == ["org:ioc"]


def test_extract_documents_named_minutes_consensus_agenda_or_vision_and_their_acronyms():
    f = facts_of("At the end of the talks, Deputy Minister Hla Win Maung and Vice Minister Somchai Keola signed the "
                 "Minutes of the 7th Foreign Office Consultations between Myanmar and Laos. They discussed the ASEAN "
                 "Leaders' Five-Point Consensus, the BIMSTEC Bangkok Vision 2030, the Antigua and Barbuda Agenda for "
                 "SIDS (ABAS) and to do more, and the 2030 Agenda for Sustainable Development and Agenda 2063.")
    docs = {e.label for e in f.entities.values() if e.type == "Agreement"}
    assert {"Five-Point Consensus", "BIMSTEC Bangkok Vision 2030", "Antigua and Barbuda Agenda for SIDS",
            "2030 Agenda for Sustainable Development", "Agenda 2063"} <= docs, docs
    assert not any(e.type == "Person" for e in f.entities.values() if "Consensus" in e.label)
    assert ("Minutes of the 7th Foreign Office Consultations between Myanmar and Laos" in
            {doc for who, doc in signed(f) if who == people(f)["Hla Win Maung"]})
    abas = next(e for e in f.entities.values() if e.label == "Antigua and Barbuda Agenda for SIDS")
    assert "ABAS" in abas.aliases or abas.attrs.get("acronym") == "ABAS"
    # an acronym in parentheses after a party is the party's, not the document's
    f = facts_of("They signed a Memorandum of Understanding between the Lusaka Council of Foreign Studies (LCFS) "
                 "and the Accra Diplomatic Institute.")
    doc = next(e for e in f.entities.values() if e.type == "Agreement")
    assert doc.label.endswith("Accra Diplomatic Institute") and doc.attrs.get("acronym") != "LCFS"


def test_extract_a_ministry_name_the_gazetteer_gives_one_state_named_by_another():
    outlet = "Ministry for Europe and Foreign Affairs of Albania"
    f = facts_of("Minister Drita Hoxha signed a memorandum with the Ministry for Europe and Foreign Affairs of the "
                 "Republic of Albania. The meeting was attended by the Deputy Minister for Europe and Foreign "
                 "Affairs, Ms. Besa Kola.\n\nMinistry for Europe and Foreign Affairs\nPress Office", outlet=outlet)
    assert "org:mfa-fr" not in f.entities and "state:fr" not in f.entities
    assert "org:mfa-al" in f.entities
    assert (people(f)["Besa Kola"], "state:al") in rels(f, "represents")
    # named so elsewhere, it is France's
    f = facts_of("Minister Drita Hoxha visited the Ministry for Europe and Foreign Affairs in Paris.",
                 outlet="Albanian Telegraphic Agency")
    assert "org:mfa-fr" in f.entities


def test_extract_posts_with_asides_second_posts_and_bodies_of_a_state():
    f = facts_of("In the presence of the two Ministers, the Ambassador of Chile to Bhutan with residence in Dhaka, "
                 "His Excellency Mr. Tomas Urrutia, signed the Plan. She met Albania's Chief Negotiator with the "
                 "EU, Mr. Arben Kastrati, and the Minister for Foreign Affairs of Finland and OSCE "
                 "Chairperson-in-Office, Aino Virtala. Secretary (East) at India's Ministry of External Affairs, "
                 "Ravi Menon Kutty, attended.")
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Tomas Urrutia"], "state:cl") in reps
    assert (p["Arben Kastrati"], "state:al") in reps
    assert {(p["Aino Virtala"], "state:fi"), (p["Aino Virtala"], "org:osce")} <= reps
    assert {(p["Ravi Menon Kutty"], "state:in"), (p["Ravi Menon Kutty"], "org:mfa-in")} <= reps
    # two people, not one post, without the comma
    f = facts_of("He met the Foreign Minister of Ghana and OSCE Secretary General Helga Berg.")
    assert (people(f)["Helga Berg"], "state:gh") not in rels(f, "represents")


def test_extract_meetings_after_an_earlier_one_by_a_delegation_or_with_people_not_named():
    f = facts_of("The consultations were co-chaired by Deputy Minister Eleni Doukas of Greece and Undersecretary "
                 "Jose Santos Rivera of the Philippines. Following the consultations, Undersecretary Rivera was "
                 "received by the Secretary General for International Economic Relations and Openness, Mr. Nikos "
                 "Andreou.")
    assert met(f, "Jose Santos Rivera", "Nikos Andreou") and not met(f, "Eleni Doukas", "Nikos Andreou")
    assert f.entities[people(f)["Nikos Andreou"]].titles
    f = facts_of("Foreign Minister Ivan Georgiev of Bulgaria and his Romanian counterpart Dan Popa held talks in "
                 "Ruse. Later, Minister Popa was welcomed by Regional Governor Elena Stoeva of Bulgaria. The two "
                 "foreign ministers also met with business representatives.")
    assert met(f, "Dan Popa", "Elena Stoeva")
    assert len([m for m in f.meetings if set(m.participants) == {people(f)["Dan Popa"],
                                                                 people(f)["Elena Stoeva"]}]) == 1
    f = facts_of("The talks were co-chaired by Secretary of State Joana Dias of Angola and Ambassador Paulo Matos "
                 "of Brazil. Later in the day, the Brazilian delegation was received in audience by the Minister "
                 "of External Relations of Angola, Manuel Tavares.")
    assert met(f, "Paulo Matos", "Manuel Tavares") and not met(f, "Joana Dias", "Manuel Tavares")


def test_extract_signers_delegations_and_states_named_after_a_group():
    f = facts_of("The two Ministers, Minister Tendai Moyo of Zimbabwe and Minister Anna Shikongo of Namibia, signed "
                 "the Agreed Minutes of the Session. They also signed a Memorandum of Understanding on Tourism. "
                 "The Namibian delegation included the Ambassador of Namibia to Zimbabwe, Mr. Petrus Haufiku, "
                 "while the Zimbabwean side included the Ambassador of Zimbabwe to Namibia, Ms. Rudo Dube.")
    p = people(f)
    tourism = {who for who, doc in signed(f) if doc.startswith("Memorandum of Understanding on Tourism")}
    assert tourism == {p["Tendai Moyo"], p["Anna Shikongo"]}
    assert (p["Rudo Dube"], "state:na") not in rels(f, "represents")
    f = facts_of("The Trade Agreement (TA) between Peru and the EFTA states was signed in Lima in May 2024 by Peru "
                 "and the four EFTA states – Iceland, Liechtenstein, Norway and Switzerland.")
    assert {who for who, doc in signed(f)} == {"state:pe", "state:is", "state:li", "state:no", "state:ch"}


def test_extract_credentials_presented_by_envoys_named_in_the_next_sentence():
    f = facts_of("Three newly accredited Heads of Mission presented their Letters of Credence to His Highness the O "
                 "le Ao o le Malo, Afioga Tuala Fono Ioane, at Government House. Presenting their credentials were "
                 "Mr. Kim Dae-ho, Ambassador of the Republic of Korea; Mrs. Sari Wulandari, Ambassador of "
                 "Indonesia; and Mr. John Kila, High Commissioner of Papua New Guinea.",
                 outlet="Ministry of Foreign Affairs and Trade, Samoa")
    p = people(f)
    assert "Tuala Fono Ioane" in p and (p["Tuala Fono Ioane"], "state:ws") in rels(f, "represents")
    for envoy in ("Kim Dae-ho", "Sari Wulandari", "John Kila"):
        assert met(f, "Tuala Fono Ioane", envoy), envoy


def test_extract_what_is_no_state_and_whose_names_run_on():
    f = facts_of("He reiterated the commitment of the Greek Cypriot side. The two countries share the Portuguese "
                 "language and work within Portuguese-speaking forums. He met the director of the Venâncio de "
                 "Moura Diplomatic Academy. Leaders met at the 45th Ordinary Summit of SADC Heads of State and "
                 "Government and at the Commonwealth Heads of Government Meeting.\n\n/AB/")
    assert {k for k, e in f.entities.items() if e.type == "State"} == {"state:cy"}
    assert "org:venancio-de-moura-diplomatic-academy" in f.entities
    events = {e.label for e in f.entities.values() if e.type == "Event"}
    assert {"45th Ordinary Summit of SADC Heads of State and Government",
            "Commonwealth Heads of Government Meeting"} <= events, events
    assert not any(e.label == "State and Government" for e in f.entities.values())
    f = facts_of("Lyonpo Karma Dorji met the Thai minister. Aum Pema Choden attended.",
                 outlet="Ministry of Foreign Affairs and External Trade, Bhutan")
    assert {"Karma Dorji", "Pema Choden"} <= set(people(f))


def test_extract_the_publishers_ministry_under_its_own_name_and_state():
    f = facts_of("The meeting was held at the headquarters of the Ministry of External Relations (MIREX).",
                 outlet="ANGOP (Angola Press Agency)")
    assert "Ministry of External Relations of Angola" in f.entities["org:mfa-ao"].aliases
    assert "Ministry of External Relations" not in f.entities["org:mfa-ao"].aliases
    f = facts_of("The Minister of External Relations, Mr. Paul Ekane, granted audience in his office to H.E. Mr. "
                 "Lee Jun-ho, the new Ambassador of the Republic of Korea.", outlet="MINREX, Cameroon")
    assert met(f, "Paul Ekane", "Lee Jun-ho")


def test_extract_signings_and_meetings_told_after_a_time_or_to_come():
    f = facts_of("Foreign Minister Dan Popa of Romania had talks with the Minister of Foreign Affairs of Moldova, Ion "
                 "Rusu. After the talks, the two ministers signed the Memorandum of Understanding between the "
                 "Ministry of Foreign Affairs of Romania and the Ministry of Foreign Affairs of Moldova on cooperation "
                 "in public diplomacy. The Moldovan minister is also scheduled to meet with Minister of Energy of "
                 "Romania Mihai Stan.")
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Dan Popa"], p["Ion Rusu"]}
    assert not met(f, "Ion Rusu", "Mihai Stan") and not met(f, "Dan Popa", "Mihai Stan")
    f = facts_of("Deputy Minister Oleg Marin of Belarus held consultations with Permanent Secretary Tendai Moyo of "
                 "Zimbabwe, attended by the Ambassador of Zimbabwe, Mr. Farai Dube. During their stay, members of "
                 "the Zimbabwean delegation also met with First Deputy Industry Minister of Belarus Pavel Sokol.")
    assert not met(f, "Oleg Marin", "Pavel Sokol")


def test_extract_delegations_counterparts_and_hosts_of_one_post():
    f = facts_of("The Panamanian delegation included Vice Minister of Foreign Affairs Ana Rios, while Deputy Minister "
                 "of Foreign Affairs of Azerbaijan Tural Aliyev and Ambassador of Azerbaijan to Mexico and Panama "
                 "(concurrently) Nigar Huseynova also attended the talks.")
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Ana Rios"], "state:pa") in reps
    assert (p["Nigar Huseynova"], "state:az") in reps and (p["Nigar Huseynova"], "state:pa") not in reps
    assert (p["Tural Aliyev"], "state:pa") not in reps
    f = facts_of("Minister Ana Obiang held a telephone conversation with her counterpart of the Republic of the "
                 "Congo, the Minister of Foreign Affairs, Francophonie and Congolese Abroad, Mr. Rodrigue Bouanga. "
                 "She welcomed her counterparts from Poland, Italy and Spain, together with the High Representative "
                 "of the European Union, Karl Lepp. They spoke of the Central African sub-region.")
    reps = rels(f, "represents")
    assert (people(f)["Rodrigue Bouanga"], "state:cg") in reps
    assert (people(f)["Karl Lepp"], "state:pl") not in reps
    assert "state:cf" not in f.entities


def test_extract_bodies_of_an_organization_in_a_state_and_a_states_council_of_ministers():
    f = facts_of("The minister met with the head of the OSCE Mission to Moldova, Henrik Lund. She will meet the "
                 "Chairwoman of the Council of Ministers of Bosnia and Herzegovina, Ms. Borjana Kovac.")
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Henrik Lund"], "org:osce-mission-to-moldova") in reps and (p["Henrik Lund"], "state:md") not in reps
    assert {(p["Borjana Kovac"], "org:council-of-ministers-ba"), (p["Borjana Kovac"], "state:ba")} <= reps


def test_extract_document_names_end_where_the_signing_is_told_and_debates_are_events():
    f = facts_of("Minister Sione Tapu and Ambassador Nurlan Asanov signed the Joint Communiqué on the Establishment "
                 "of Diplomatic Relations between the Kingdom of Tonga and the Kyrgyz Republic at the Permanent "
                 "Mission of the Kingdom of Tonga to the United Nations. Earlier, the Minister delivered Tonga's "
                 "National Statement at the General Debate of the General Assembly and recalled the Ocean of Peace "
                 "Declaration. They agreed that the Free Trade Agreement between Serbia and Türkiye should be "
                 "expanded to include services.")
    docs = {e.label for e in f.entities.values() if e.type == "Agreement"}
    assert docs == {"Joint Communiqué on the Establishment of Diplomatic Relations between the Kingdom of Tonga and "
                    "the Kyrgyz Republic", "Ocean of Peace Declaration",
                    "Free Trade Agreement between Serbia and Türkiye"}, docs
    assert "General Debate of the General Assembly" in {e.label for e in f.entities.values() if e.type == "Event"}


def test_resolve_a_numbered_round_named_without_its_parties_is_its_articles_own():
    a = facts_of("The 9th round of Foreign Office Consultations (FOC) between India and the Kyrgyz Republic was held "
                 "in New Delhi.", aid="a")
    b = facts_of("Myanmar and Laos reviewed their cooperation since the 9th Foreign Office Consultations held in "
                 "Vientiane.", aid="b")
    kg = resolve([a, b])
    rounds = [e for e in kg.entities.values() if e.type == "Event"]
    assert len(rounds) == 2, [e.label for e in rounds]


def test_extract_foreign_ministries_by_their_other_names_and_known_academies():
    f = facts_of("The Executive Director in the Namibian Ministry of International Relations and Trade, Mr. Petrus "
                 "Amutenya, attended. The Slovenian Foreign and European Affairs Ministry said so. A memorandum "
                 "with the Rio Branco Institute of Brazil was signed.")
    assert {"org:mfa-na", "org:mfa-si", "org:rio-branco-institute"} <= set(f.entities)


def test_extract_credentials_of_envoys_taking_up_their_posts_and_who_told_it():
    f = facts_of("President Jan Dvorak received the credentials of three new ambassadors, from Chile, Kenya and "
                 "Portugal, at Prague Castle today, spokeswoman for the Office of the President Eva Horak told the "
                 "agency. Taking up their posts are Chilean Ambassador Rodrigo Soto Vial, Kenyan Ambassador Grace "
                 "Wanjiku Otieno and Portuguese Ambassador Miguel Tavares Lima.")
    for envoy in ("Rodrigo Soto Vial", "Grace Wanjiku Otieno", "Miguel Tavares Lima"):
        assert met(f, "Jan Dvorak", envoy), envoy
    assert not met(f, "Jan Dvorak", "Eva Horak")


def test_extract_a_host_who_hosted_two_for_a_meeting_of_a_format_and_what_the_three_signed():
    f = facts_of("Polish Foreign Minister Jan Wilk hosted his Lithuanian counterpart Rimas Daukus and Ukraine's foreign "
                 "minister, Oleh Hrytsenko, for a meeting of the Lublin Triangle. The three ministers signed the Joint "
                 "Declaration of the Foreign Ministers on Security.")
    p = people(f)
    assert met(f, "Jan Wilk", "Rimas Daukus") and met(f, "Jan Wilk", "Oleh Hrytsenko")
    assert "Lublin Triangle" not in p and "org:lublin-triangle" in f.entities
    assert {who for who, doc in signed(f)} == {p["Jan Wilk"], p["Rimas Daukus"], p["Oleh Hrytsenko"]}


def test_extract_posts_of_portfolio_lists_governors_general_and_who_represents_whom():
    f = facts_of("He held a meeting with the Minister of Sustainable Development, Climate Change and Disaster Risk "
                 "Management, Hon. Rosa Chun. The Ambassadors-designate are scheduled to present their Letters of "
                 "Credence to the Governor-General, Her Excellency the Most Hon. Dame Mary E. Rolle. He met the "
                 "Minister of Foreign Affairs, Cooperation and Nigeriens Abroad of the Republic of Niger, Mr. Ali "
                 "Issa Maiga, and the Director of Foreign Affairs, Ambassador Desmond L. Charles. The Forum was "
                 "attended by the Deputy Special Representative of the Secretary-General for Libya, Mrs. Amina Sidi, "
                 "representing the United Nations Support Mission in Libya.",
                 outlet="Ministry of Foreign Affairs of The Bahamas")
    p = people(f)
    assert {"Rosa Chun", "Mary E. Rolle", "Desmond L. Charles"} <= set(p), p
    assert not {"Climate Change", "Disaster Risk", "Desmond"} & set(p)
    reps = rels(f, "represents")
    assert (p["Mary E. Rolle"], "state:bs") in reps and not met(f, "Mary E. Rolle", "Rosa Chun")
    assert (p["Ali Issa Maiga"], "state:ne") in reps
    assert (p["Amina Sidi"], "org:united-nations-support-mission-in-libya") in reps
    assert (p["Amina Sidi"], "state:ly") not in reps


def test_extract_signed_by_two_in_the_presence_of_a_third_and_numbered_resolutions():
    f = facts_of("Yemen and Japan signed an Exchange of Notes concerning Grant Aid for the Aden Port Project. "
                 "The Exchange of Notes was signed by Minister of Planning Dr. Fuad Saleh and Ambassador of Japan to "
                 "Yemen Kenji Tanaka, in the presence of Minister of Foreign Affairs Dr. Nabil Omar. They recalled UN "
                 "Security Council Resolution 2216. The meeting was attended by Undersecretary of the Foreign Ministry "
                 "for Political Affairs Ahmed Nasser.")
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Fuad Saleh"], p["Kenji Tanaka"]}
    assert "UN Security Council Resolution 2216" in {e.label for e in f.entities.values() if e.type == "Agreement"}
    assert not any(e.label.startswith("Foreign Ministry for") for e in f.entities.values())


def test_extract_the_publishers_ministry_by_a_name_another_states_ministry_has_and_national_outlets():
    f = facts_of("The Minister was accompanied by the Permanent Secretary, Mrs. Ann Joseph.\n\nMinistry of External "
                 "Affairs, International Trade, Civil Aviation and Diaspora Affairs",
                 outlet="Ministry of External Affairs of Saint Lucia")
    assert "org:mfa-in" not in f.entities and "state:in" not in f.entities
    assert (people(f)["Ann Joseph"], "state:lc") in rels(f, "represents")
    f = facts_of("President Toomas Kask received five new ambassadors.", outlet="ERR News")
    assert (people(f)["Toomas Kask"], "state:ee") in rels(f, "represents")


def test_extract_who_signed_after_heads_of_delegation_and_whose_a_possessive_makes_a_person():
    f = facts_of("The Surinamese delegation was led by Permanent Secretary Anita Ramdin, while the Indonesian "
                 "delegation was headed by Director General Bagus Hadi. The Ambassador of Indonesia to Suriname, Mrs. "
                 "Ratna Dewi, and the Ambassador of Suriname to Indonesia, Mr. Rinaldo Karto, also attended. At the "
                 "conclusion of the consultations, the heads of delegation signed the Agreed Minutes of the Third "
                 "Round of Bilateral Consultations between Suriname and Indonesia.")
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Anita Ramdin"], p["Bagus Hadi"]}
    f = facts_of("Latvia and Armenia signed a memorandum of understanding on cooperation in European integration "
                 "matters as Latvian Foreign Minister Maris Ozols received his Armenian counterpart Aram Petrosyan. "
                 "Chile's Catalina Vial and Vietnam's Nguyen Thi Hoa both reside in Helsinki.")
    assert met(f, "Maris Ozols", "Aram Petrosyan")
    assert not any("Ozols" in e.label for e in f.entities.values() if e.type == "Agreement")
    reps = rels(f, "represents")
    assert {(people(f)["Catalina Vial"], "state:cl"), (people(f)["Nguyen Thi Hoa"], "state:vn")} <= reps


def test_extract_the_vice_ministers_who_signed_are_those_of_the_meeting_not_another_vice_minister():
    f = facts_of("Vice-Minister of Foreign Affairs Ruta Jonaite held political consultations with the First Vice "
                 "Minister of Foreign Affairs of the Republic of Korea, Han Min-ho. Following the consultations, the "
                 "Vice-Ministers signed a Memorandum of Understanding on Cooperation in Economic Security. Han Min-ho "
                 "also met with Vice-Minister of the Economy Tomas Kairys.")
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Ruta Jonaite"], p["Han Min-ho"]}


def test_extract_a_generic_documents_name_without_its_parties_is_no_alias():
    f = facts_of("They agreed that the Free Trade Agreement between Serbia and Türkiye should be expanded.")
    doc = next(e for e in f.entities.values() if e.type == "Agreement")
    assert doc.label == "Free Trade Agreement between Serbia and Türkiye" and "Free Trade Agreement" not in doc.aliases


def test_extract_comrades_records_of_discussions_and_charters_that_end_with_their_body():
    f = facts_of("They reaffirmed the Charter of the United Nations and international law. The Vice Minister, "
                 "Compañero Julio Arnoldo Castellon, met Viktor Kaval. The Ambassador presented the Australia Awards. "
                 "Ms Han Ji-eun signed the Record of Discussions on the Project for Better Health Services in Malaita "
                 "Province.")
    docs = {e.label for e in f.entities.values() if e.type == "Agreement"}
    assert docs == {"Charter of the United Nations",
                    "Record of Discussions on the Project for Better Health Services in Malaita Province"}, docs
    assert set(people(f)) == {"Julio Arnoldo Castellon", "Viktor Kaval", "Han Ji-eun"}


def test_resolve_bodies_of_two_states_never_share_a_node_through_a_name():
    a = facts_of("The Department of Foreign Affairs said the talks with Australia went well.", aid="a1",
                 outlet="Department of Foreign Affairs, Papua New Guinea")
    b = facts_of("The Department of Foreign Affairs (DFA) thanked Japan.", aid="a2", outlet="Philippine News Agency")
    assert "Department of Foreign Affairs" in a.entities["org:mfa-pg"].aliases & b.entities["org:mfa-ph"].aliases
    kg = resolve([a, b])
    assert {"org:mfa-pg", "org:mfa-ph"} <= set(kg.entities)


def test_extract_the_palestinian_authority_is_a_body_not_the_state():
    f = facts_of("Norway supports the Palestinian National Authority and will keep working with the State of "
                 "Palestine. The Palestinian Authority thanked Norway.")
    assert f.entities["org:palestinian-authority"].type == "Organization"
    assert "Palestinian Authority" not in f.entities["state:ps"].aliases


def test_extract_signing_on_behalf_of_names_the_signers_of_the_document_named_before():
    f = facts_of("This morning the Agreement between Portugal and Ghana on Visa Exemption was signed in Lisbon. "
                 "Signing on behalf of Portugal was Mr. Rui Tavares, Minister of Foreign Affairs, and on behalf of the "
                 "Republic of Ghana Mrs. Ama Mensah, Minister for Foreign Affairs, in the presence of Ambassador Kofi "
                 "Owusu. Following the signing, Minister Tavares and Minister Mensah held a cordial conversation.")
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Rui Tavares"], p["Ama Mensah"]}
    assert {(p["Rui Tavares"], "state:pt"), (p["Ama Mensah"], "state:gh")} <= rels(f, "represents")
    assert met(f, "Rui Tavares", "Ama Mensah")


def test_extract_signed_at_a_place_in_two_parts_by():
    f = facts_of("Grenada and Morocco signed a Memorandum of Understanding on Political Consultations. The MOU was "
                 "signed at the Ministerial Complex, Botanical Gardens, by the Minister for Foreign Affairs, Hon. Kim "
                 "Lewis, and the Secretary General of the Moroccan Ministry of Foreign Affairs, Mr. Omar Idrissi. The "
                 "treaty was signed in Castries, which was hosted by President Ali Bek.", outlet="GIS Grenada")
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Kim Lewis"], p["Omar Idrissi"]}
    assert "Botanical Gardens" not in p


def test_extract_bodies_named_for_a_dialogue_church_bodies_and_forces():
    f = facts_of("The Minister visited the Dicastery for Interreligious Dialogue and met Rev. Fr. Paul Temba, "
                 "Secretary General of the Tanzania Episcopal Conference. The Council welcomed the deployment of the "
                 "Gang Suppression Force in Haiti.")
    bodies = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert {"Dicastery for Interreligious Dialogue", "Tanzania Episcopal Conference",
            "Gang Suppression Force"} <= bodies, bodies
    assert not [e for e in f.entities.values() if e.type == "Event"]
    assert "Paul Temba" in people(f)


def test_extract_a_high_commissioners_letter_of_commission_and_envoys_received_before_them():
    f = facts_of("The Minister of Foreign Affairs, Hon. Musa Kanu, received copies of the Letters of Credence of the "
                 "Ambassador-Designate of Egypt, H.E. Omar Nabil, and the Letter of Commission of the High "
                 "Commissioner-Designate of the Republic of Ghana, H.E. Kojo Mensah. Receiving the Egyptian envoy, "
                 "Hon. Kanu welcomed him. In his meeting with the Ghanaian envoy, Hon. Kanu recalled their ties. "
                 "Both envoys were received in the presence of the Deputy Minister, Hon. Fatu Bangura, and the Chief "
                 "of Protocol, Ambassador Isha Koroma.", outlet="Ministry of Foreign Affairs of Sierra Leone")
    p = people(f)
    reps = rels(f, "represents")
    assert (p["Kojo Mensah"], "state:gh") in reps and (p["Omar Nabil"], "state:eg") in reps
    assert not {(p["Musa Kanu"], "state:eg"), (p["Musa Kanu"], "state:gh")} & reps
    assert not met(f, "Fatu Bangura", "Isha Koroma") and not met(f, "Musa Kanu", "Fatu Bangura")


def test_extract_a_foreign_ministry_and_posts_that_look_after_a_states_citizens_abroad():
    f = facts_of("The work was coordinated by the Secretary General of the Ministry of Foreign Affairs, African "
                 "Integration and Togolese Abroad, Ama Kpodo. Mr Ali Bamba, Minister of Foreign Affairs, African "
                 "Integration and Ivorians Abroad, and Mr Samir Trabelsi, Minister of Foreign Affairs, Migration and "
                 "Tunisians Abroad, met. Togo's Minister of Security and Civil Protection, Yao Batchi, attended.")
    assert f.entities["org:mfa-tg"].aliases == {"Ministry of Foreign Affairs, African Integration and Togolese Abroad",
                                                "Ministry of Foreign Affairs of the Togolese Republic"}
    p = people(f)
    assert {(p["Ama Kpodo"], "state:tg"), (p["Ali Bamba"], "state:ci"), (p["Samir Trabelsi"], "state:tn"),
            (p["Yao Batchi"], "state:tg")} <= rels(f, "represents")


def test_extract_envoys_whose_credentials_were_received_far_into_the_sentence_then_listed():
    f = facts_of("The Minister of Foreign Affairs, Mr. Paul Adjovi, received on Tuesday, 10 June 2025, at the "
                 "headquarters of the Ministry, the copies of the letters of credence of three new Ambassadors "
                 "accredited to the Republic of Benin. They are H.E. Mr. Kenta Mori, Ambassador of Japan; H.E. Mrs. "
                 "Lia Prado, Ambassador of Brazil; and H.E. Mr. Tamas Kiss, Ambassador of Hungary.")
    assert all(met(f, "Paul Adjovi", who) for who in ("Kenta Mori", "Lia Prado", "Tamas Kiss"))


def test_extract_kiribatis_president_and_a_director_of_a_named_body():
    f = facts_of("His Excellency Te Beretitenti, Mr. Tito Kabua, received the Ambassador of Japan, Mr. Ken Sato. "
                 "The Ambassador was accompanied by Director Jose P. Reyes of the Office of Asian and Pacific Affairs.",
                 outlet="Office of Te Beretitenti, Republic of Kiribati")
    p = people(f)
    assert f.entities[p["Tito Kabua"]].titles == {"Te Beretitenti"}
    body = next(k for k, e in f.entities.items() if e.label == "Office of Asian and Pacific Affairs")
    assert rels(f, "represents") & {(p["Jose P. Reyes"], x) for x in (body, "state:ki")} == {(p["Jose P. Reyes"], body)}


def test_extract_a_session_chaired_in_the_presence_of_counterparts_and_a_call_by_an_accompanied_envoy():
    f = facts_of("The session was chaired by the Minister of Foreign Affairs, Issa Kabore, in the presence of his "
                 "Malian counterpart, Bakary Traore, and the Nigerien Minister of Foreign Affairs, Hamid Adamou. "
                 "Later, "
                 "Director-General Lee Min-ho, accompanied by the Ambassador of the Republic of Korea to Senegal, "
                 "concurrently accredited to The Gambia, H.E. Kang Dong-won, paid a courtesy call on the Minister of "
                 "Foreign Affairs, Dr. Lamin Sowe.")
    assert met(f, "Issa Kabore", "Bakary Traore") and met(f, "Issa Kabore", "Hamid Adamou")
    assert met(f, "Lee Min-ho", "Lamin Sowe") and met(f, "Kang Dong-won", "Lamin Sowe")


def test_extract_a_dateline_names_the_city_a_ministrys_name_its_state_twice_and_the_cancilleria():
    f = facts_of("DJIBOUTI (ADI) – 14/10/2025 – The Minister received the Ambassador of Japan, Ken Mori. The "
                 "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates of the Kingdom of Morocco "
                 "signed. The Director General of the Cancillería, Ana Ruiz, attended.",
                 outlet="Ministry of Foreign Affairs of El Salvador")
    assert f.entities["place:djibouti-city"].type == "Place" and "state:dj" not in f.entities
    assert "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates of the Kingdom of Morocco" in \
        f.entities["org:mfa-ma"].aliases
    assert not [e for e in f.entities.values() if e.label.startswith("Cancill")]
    assert (people(f)["Ana Ruiz"], "org:mfa-sv") in rels(f, "represents")


def test_extract_a_post_named_by_the_foreign_ministry_before_it_is_the_publishers_ministrys():
    f = facts_of("President Tarmo Kallas received the ambassadors. Foreign Ministry Undersecretary for Political "
                 "Affairs Kadri Mets also attended the ceremony.", outlet="ERR News")
    assert (people(f)["Kadri Mets"], "org:mfa-ee") in rels(f, "represents")
    assert f.entities["org:mfa-ee"].attrs["partOf"] == "state:ee"


def test_extract_credentials_presented_as_a_post_to_the_governor_general_and_a_highway_named_for_a_queen():
    f = facts_of("His Excellency Mr. Omar Saad Al-Harbi presented his Letters of Credence as Ambassador Extraordinary "
                 "and Plenipotentiary of the Kingdom of Saudi Arabia to Antigua and Barbuda to the Governor-General, "
                 "His Excellency Sir Rodney Williams, GCMG. He then called on the Minister at the Ministry's offices "
                 "on Queen Elizabeth Highway. The delegation met the Secretary of State for Industry, Crafts and "
                 "Trade, Davide Guidi.", outlet="Antigua and Barbuda Government Information")
    p = people(f)
    reps = rels(f, "represents")
    assert (p["Omar Saad Al-Harbi"], "state:sa") in reps and (p["Rodney Williams"], "state:sa") not in reps
    assert set(p) == {"Omar Saad Al-Harbi", "Rodney Williams", "Davide Guidi"}, p
    assert f.entities[p["Davide Guidi"]].titles == {"Secretary of State for Industry, Crafts and Trade"}


def test_resolve_a_document_that_names_its_sides_without_states_joins_no_other_sides_document():
    a = facts_of("The ministers reviewed the Association Agreement between the European Union and Central America.",
                 aid="a1")
    b = facts_of("Andorra and San Marino welcomed progress on the Association Agreement between the European Union "
                 "and the Principality of Andorra and the Republic of San Marino.", aid="a2")
    kg = resolve([a, b])
    assert len([e for e in kg.entities.values() if e.type == "Agreement"]) == 2


@pytest.mark.parametrize("outlet, state", [("SONNA (Somali National News Agency)", "state:so"),
                                           ("Burkina Information Agency (AIB)", "state:bf"),
                                           ("Agence Djiboutienne d'Information (ADI)", "state:dj")])
def test_extract_a_national_news_agencys_untitled_minister_is_its_countrys(outlet, state):
    f = facts_of("The Minister of Foreign Affairs, Ahmed Nur, received the Ambassador of Japan, Ken Sato.",
                 outlet=outlet)
    assert (people(f)["Ahmed Nur"], state) in rels(f, "represents")


def test_extract_the_minister_and_his_guest_and_the_two_officials_who_signed_are_those_who_met():
    f = facts_of("Later in the day, the Turkish Deputy Minister, Selin Aktas, paid a courtesy call on the Minister of "
                 "Foreign Affairs, H.E. Ambassador Gervais Ntahondi. On this occasion, the Minister and his guest "
                 "signed a Memorandum of Understanding on Cooperation in the Field of Diplomatic Training. The two "
                 "officials also signed a Protocol on Visa Exemption.")
    p = people(f)
    assert signed(f) == {(who, doc) for who in (p["Selin Aktas"], p["Gervais Ntahondi"]) for doc in (
        "Memorandum of Understanding on Cooperation in the Field of Diplomatic Training", "Protocol on Visa Exemption")}


@pytest.mark.parametrize("text, name, body", [
    ("The Vice Minister was received by Lorna Pitt, Permanent Secretary within the Ministry for Foreign Affairs and "
     "Tourism of the Republic of Malta.", "Lorna Pitt", "org:mfa-mt"),
    ("Also present was Tomas Reyes, minister of state at Qatar's Ministry of Foreign Affairs.", "Tomas Reyes",
     "org:mfa-qa"),
    ("Later, the Vice Minister received Claire Dubois-Hart, Assistant Deputy Minister for Europe at Global Affairs "
     "Canada.", "Claire Dubois-Hart", "org:mfa-ca"),
    ("The Chilean delegation included the Director of Asia and Oceania of the Ministry of Foreign Affairs, Ines Prado "
     "Lagos.", "Ines Prado Lagos", "org:mfa-cl"),
    ("The Basotho delegation included the Principal Secretary in the Ministry of Foreign Affairs and International "
     "Relations, Palesa Mokoena.", "Palesa Mokoena", "org:mfa-ls"),
    ("The talks were co-chaired by Meera Pillai, Joint Secretary (Eurasia) in the Ministry of External Affairs, and "
     "the Deputy Minister of Foreign Affairs of Peru, Ana Soto.", "Meera Pillai", "org:mfa-in"),
])
def test_extract_a_post_within_or_at_a_foreign_ministry_represents_the_ministry(text, name, body):
    f = facts_of(text)
    assert (people(f)[name], body) in rels(f, "represents")


def test_extract_staff_of_another_states_ministry_lend_its_name_to_that_ministry_not_the_publishers():
    f = facts_of("The Basotho delegation included the Principal Secretary in the Ministry of Foreign Affairs and "
                 "International Cooperation, Palesa Mokoena. The Minister of Foreign Affairs, Joao Tembe, welcomed "
                 "them.", outlet="Ministry of Foreign Affairs and Cooperation of Mozambique")
    p = people(f)
    reps = rels(f, "represents")
    assert (p["Palesa Mokoena"], "org:mfa-ls") in reps and (p["Palesa Mokoena"], "org:mfa-mz") not in reps
    assert (p["Joao Tembe"], "state:mz") in reps
    assert "Ministry of Foreign Affairs and International Cooperation of Lesotho" in f.entities["org:mfa-ls"].aliases
    assert not any("International" in a for a in f.entities["org:mfa-mz"].aliases) if "org:mfa-mz" in f.entities \
        else True


def test_extract_a_foreign_service_officer_of_the_ministry_is_the_publishers_staff():
    f = facts_of("The talks were attended by Desmond Charles, Senior Foreign Service Officer in the Ministry of "
                 "Foreign Affairs.", outlet="Ministry of Foreign Affairs of Saint Lucia")
    assert (people(f)["Desmond Charles"], "org:mfa-lc") in rels(f, "represents")


@pytest.mark.parametrize("outlet, url, state", [
    ("The Straits Times", "", "state:sg"),
    ("Dawn", "", "state:pk"),
    ("", "https://www.thehindu.com/news/national/article123.ece", "state:in"),
    ("Ahram Online", "", "state:eg"),
    ("", "https://english.ahram.org.eg/News/1234.aspx", "state:eg"),
    ("Seychelles Nation", "", "state:sc"),
])
def test_extract_a_national_newspapers_untitled_officials_and_foreign_office_are_its_countrys(outlet, url, state):
    f = facts_of("Foreign Minister Hamid Qureshi met his Omani counterpart, Said Al-Harthy. The Foreign Office said "
                 "the talks were useful, Foreign Office spokesperson Nadia Rahman told reporters.",
                 outlet=outlet, url=url)
    p = people(f)
    reps = rels(f, "represents")
    ministry = f"org:mfa-{state[6:]}"
    assert (p["Hamid Qureshi"], state) in reps and (p["Nadia Rahman"], ministry) in reps
    assert f.entities[ministry].attrs["partOf"] == state


def test_extract_an_unknown_outlet_names_no_state_and_an_opposition_spokesman_acts_for_none():
    text = "Foreign Minister Hamid Qureshi met the envoy. Opposition Spokesman on Foreign Affairs Lena Ward objected."
    assert not [r for r in facts_of(text, outlet="The Daily Planet").relations if r.kind == "represents"]
    f = facts_of(text, outlet="The Gleaner")
    p = people(f)
    assert (p["Hamid Qureshi"], "state:jm") in rels(f, "represents")
    assert not [r for r in f.relations if r.kind == "represents" and r.subject == p["Lena Ward"]]


def test_extract_a_foreign_ministry_spokesperson_in_lowercase_represents_the_ministry():
    f = facts_of("Chinese Foreign Ministry spokesperson Hua Lin said the visit was a success.")
    assert {(people(f)["Hua Lin"], "org:mfa-cn"), (people(f)["Hua Lin"], "state:cn")} <= rels(f, "represents")


def test_extract_the_pact_was_inked_and_it_was_signed_by_name_the_document_before():
    f = facts_of("The ministers witnessed the signing of a Memorandum of Understanding on Port Training between the "
                 "Port Authority of Ghana and the Maritime and Port Authority of Singapore (MPA). The pact was inked "
                 "by Port Authority chief executive Lim Boon Hock and Ghana Shippers Authority administrator Kwesi "
                 "Ofori. They also "
                 "witnessed the signing of a Memorandum of Understanding on Tourism. It was signed by Director Ama "
                 "Serwaa and Director Tan Wei.")
    p = people(f)
    port = "Memorandum of Understanding on Port Training between the Port Authority of Ghana and the Maritime and " \
        "Port Authority of Singapore (MPA)"
    assert signed(f) == {(p["Lim Boon Hock"], port), (p["Kwesi Ofori"], port),
                         (p["Ama Serwaa"], "Memorandum of Understanding on Tourism"),
                         (p["Tan Wei"], "Memorandum of Understanding on Tourism")}
    labels = {e.label for e in f.entities.values() if e.type == "Organization"}
    assert {"Port Authority of Ghana", "Maritime and Port Authority of Singapore"} <= labels


def test_extract_an_envoy_to_several_hosts_a_portuguese_name_with_do_and_words_that_are_no_names():
    f = facts_of("The Ambassador of Brazil to Kenya, Uganda and the African Union, Joana do Rosario Lima, met the "
                 "Deputy Secretary-General of ASEAN for ASEAN Economic Community, Maria Tan. They discussed the "
                 "Pacific Access Category and the Tuvalu Coastal Adaptation Project (TCAP).")
    p = people(f)
    assert set(p) == {"Joana do Rosario Lima", "Maria Tan"}, p
    reps = rels(f, "represents")
    assert (p["Joana do Rosario Lima"], "state:br") in reps and (p["Maria Tan"], "org:asean") in reps


def test_extract_a_states_own_body_named_with_a_possessive_and_a_body_named_by_its_acronym():
    f = facts_of("India's mining company is in talks with Chile's Production Promotion Corporation (PROCORP). "
                 "The state-owned Andean Lithium Ltd. (ALL) joined the talks with the Export Credit Agency (ECA).")
    orgs = {e.label: k for k, e in f.entities.items() if e.type == "Organization"}
    assert orgs["Production Promotion Corporation"] == "org:production-promotion-corporation-cl"
    assert "Chile's Production Promotion Corporation" in f.entities[orgs["Production Promotion Corporation"]] \
        .aliases
    assert "Andean Lithium Ltd." in orgs and "Export Credit Agency" in orgs, orgs


def test_extract_military_ranks_a_family_name_after_a_post_and_a_portfolio_acronym():
    f = facts_of("Vietnamese Ambassador to Indonesia Do Thanh Binh attended. Indonesian Coast Guard commandant Adm. "
                 "Hasan Wibowo and Vietnam Coast Guard commander Lieutenant General Vu Tien Dung met near Second "
                 "Thomas Shoal. Paraguayan ICT Minister Rosa Benitez spoke.")
    p = people(f)
    assert set(p) == {"Do Thanh Binh", "Hasan Wibowo", "Vu Tien Dung", "Rosa Benitez"}, p
    reps = rels(f, "represents")
    assert {(p["Do Thanh Binh"], "state:vn"), (p["Vu Tien Dung"], "state:vn"), (p["Rosa Benitez"], "state:py"),
            (p["Hasan Wibowo"], "state:id")} <= reps
    assert (p["Vu Tien Dung"], "org:vietnam-coast-guard") in reps


def test_extract_documents_named_by_what_they_do_and_signed_by_their_holders():
    f = facts_of("Malta and Ghana on Tuesday signed an agreement waiving visa requirements for holders of diplomatic "
                 "passports, as they pledged closer ties. The agreement was signed by Malta's Minister for Foreign "
                 "Affairs Anton Borg and Ghana's Minister of Foreign Affairs Kwame Boateng. The two ministers also "
                 "signed the agreed minutes of the session, covering trade and energy. Malta Power chief executive "
                 "Paul Vella and Ghana Grid chief executive Ama Osei signed an addendum to the power purchase "
                 "agreement.")
    p = people(f)
    docs = {(who, label.lower()) for who, label in signed(f)}
    for who in ("Anton Borg", "Kwame Boateng"):
        assert (p[who], "agreement waiving visa requirements for holders of diplomatic passports") in docs
        assert (p[who], "agreed minutes of the session") in docs
    for who in ("Paul Vella", "Ama Osei"):
        assert (p[who], "addendum to the power purchase agreement") in docs


def test_extract_a_meeting_that_ended_with_a_signing_and_possessives_that_name_a_body_or_a_state():
    f = facts_of("Chilean Foreign Minister Ana Rojas received her Bolivian counterpart Luis Arce Mendez in Santiago. "
                 "The meeting, the first visit by a Bolivian foreign minister in years, ended with the signing of a "
                 "Memorandum of Understanding on Consular Cooperation. The Bolivian minister was accompanied by his "
                 "country's ambassador in Santiago, Elena Quispe. Later he visited the headquarters of the Latin "
                 "American Integration Association (ALADI), where he met its Secretary General, Hugo Paz.")
    p = people(f)
    assert signed(f) == {(p["Ana Rojas"], "Memorandum of Understanding on Consular Cooperation"),
                         (p["Luis Arce Mendez"], "Memorandum of Understanding on Consular Cooperation")}
    reps = rels(f, "represents")
    assert (p["Elena Quispe"], "state:bo") in reps and (p["Hugo Paz"], "org:aladi") in reps
    assert (p["Hugo Paz"], "state:cl") not in reps


def test_extract_the_three_ministers_who_signed_are_the_three_who_met():
    f = facts_of("Polish Foreign Minister Jan Nowak hosted his Lithuanian counterpart Rimas Petraitis and Ukraine's "
                 "foreign minister, Ivan Bondar, for a meeting in Lublin. The three ministers signed the Joint "
                 "Declaration on Regional Security.")
    assert {who for who, doc in signed(f)} == set(people(f).values())


@pytest.mark.parametrize("outlet, body", [("African Union Commission", "org:au-commission"),
                                          ("Organisation of Islamic Cooperation (OIC) General Secretariat",
                                           "org:oic")])
def test_extract_an_organizations_own_officials_in_its_release_are_its_own(outlet, body):
    f = facts_of("The Deputy Secretary General, Amina Diallo, received the Ambassador of Peru, Luis Paz. The "
                 "Commissioner for Political Affairs, Kwame Asante, and the Director of Communication, Sara Bello, attended.",
                 outlet=outlet)
    p = people(f)
    reps = rels(f, "represents")
    assert {(p[n], body) for n in ("Amina Diallo", "Kwame Asante", "Sara Bello")} <= reps
    assert (p["Luis Paz"], body) not in reps and (p["Luis Paz"], "state:pe") in reps


def test_extract_a_states_or_a_country_offices_release_gives_no_body_its_officials():
    text = "The Secretary General, Amina Diallo, received the Ambassador of Peru, Luis Paz."
    for outlet in ("UNDP Lao PDR", "Ministry of Foreign Affairs of Ghana", "The Daily Planet"):
        f = facts_of(text, outlet=outlet)
        assert not [o for s, o in rels(f, "represents") if s == people(f)["Amina Diallo"] and o.startswith("org:")]


def test_extract_an_embassys_untitled_officials_are_the_hosts_and_its_diplomats_the_senders():
    text = ("Ambassador of Chile to Ghana Rosa Vidal met Deputy Minister of Trade Kofi Mensah in Accra. "
            "Enquiries: Mr Tomas Rivas, First Secretary.")
    for outlet in ("Embassy of Chile in Ghana", "Embassy of Chile, Accra"):
        f = facts_of(text, outlet=outlet)
        p = people(f)
        reps = rels(f, "represents")
        assert (p["Kofi Mensah"], "state:gh") in reps and (p["Kofi Mensah"], "state:cl") not in reps
        assert (p["Tomas Rivas"], "state:cl") in reps and (p["Rosa Vidal"], "state:cl") in reps
    # no host named, by the source or the text: no state for an untitled minister
    f = facts_of(text.replace(" to Ghana", ""), outlet="Embassy of Chile")
    assert not [o for s, o in rels(f, "represents") if s == people(f)["Kofi Mensah"]]


def test_extract_a_list_of_documents_each_signed_by_its_own_ministers():
    f = facts_of("Documents signed during the visit:\n\nAgreement between the Government of Peru and the Government "
                 "of Ghana on Cooperation in Fisheries. Signed by Minister of Production and Higher Education of Peru "
                 "Ana Torres and Minister of Fisheries of Ghana Kofi Boateng.\n\nFollowing the talks, the two "
                 "presidents signed a Joint Statement by Peru and Ghana on Strategic Partnership.")
    p = people(f)
    fisheries = "Agreement between the Government of Peru and the Government of Ghana on Cooperation in Fisheries"
    assert {(p["Ana Torres"], fisheries), (p["Kofi Boateng"], fisheries)} <= signed(f)
    assert (p["Ana Torres"], "state:pe") in rels(f, "represents")
    assert "Joint Statement by Peru and Ghana on Strategic Partnership" in labels(f, "Agreement")


def test_extract_states_that_signed_after_a_fronted_time_and_a_city_that_is_a_given_name():
    f = facts_of("After the talks, Peru and Ghana signed five agreements in the presence of the two presidents, "
                 "including the Agreement on Cooperation in Mining. Ghana's Cabinet Secretary for Foreign Affairs "
                 "Florence Adjoa Mensah attended.")
    states = {who for who, doc in signed(f) if doc.startswith("Agreement on Cooperation in Mining")}
    assert states == {"state:pe", "state:gh"}
    assert (people(f)["Florence Adjoa Mensah"], "state:gh") in rels(f, "represents")
    assert not labels(f, "Place")


def test_extract_a_table_of_outcomes_gives_each_document_its_signatories():
    f = facts_of("The following documents were exchanged:\n\nS.No. | Agreement/MoU | Signatory from Indian side | "
                 "Signatory from Peruvian side\n\n1. | Cultural Exchange Programme between India and Peru for the years "
                 "2026-2029 | Shri Anil Verma, Joint Secretary, Ministry of External Affairs | Ms. Rosa Quispe, "
                 "Director for Asia, Ministry of Foreign Affairs of Peru\n\n2. | Memorandum of Understanding on "
                 "Cooperation in Tourism | Shri Anil Verma, Joint Secretary, Ministry of External Affairs | Mr. Luis "
                 "Paz, Ambassador of Peru to India")
    p = people(f)
    docs = {doc for who, doc in signed(f)}
    assert any(d.startswith("Cultural Exchange Programme between India and Peru") for d in docs)
    assert {who for who, doc in signed(f) if doc == "Memorandum of Understanding on Cooperation in Tourism"} == {
        p["Anil Verma"], p["Luis Paz"]}
    assert (p["Rosa Quispe"], "org:mfa-pe") in rels(f, "represents")


def test_extract_an_acronym_a_sentence_defines_and_uses_again_and_malay_and_indian_honorifics():
    f = facts_of("The MoU between the Peruvian Fisheries Board (PFB) and the National Fisheries Institute (NFI) of "
                 "Ghana was exchanged by PFB Director-General Dr. Ana Torres and NFI President Kofi Boateng. Datuk Wira "
                 "Ahmad Zaki Yusof and Hon'ble Adviser Rahim Uddin attended.")
    p = people(f)
    reps = rels(f, "represents")
    assert (p["Ana Torres"], "org:peruvian-fisheries-board") in reps
    assert (p["Kofi Boateng"], "org:national-fisheries-institute") in reps
    assert {"Ahmad Zaki Yusof", "Rahim Uddin"} <= set(p)


def test_extract_a_legislatures_release_names_its_own_house_and_a_gloss_inside_a_bodys_name():
    f = facts_of("Chairman of the National Assembly (NA) Tran Van Nam received Chairman of the State Great Khural "
                 "(Parliament) of Mongolia Bat Erdene. They signed the Cooperation Agreement between the National "
                 "Assembly of Viet Nam and the State Great Khural of Mongolia.",
                 outlet="National Assembly of the Socialist Republic of Viet Nam")
    orgs = {k for k, e in f.entities.items() if e.type == "Organization"}
    assert "org:national-assembly-vn" in orgs and "org:national-assembly" not in orgs
    assert "org:state-great-khural-mn" in orgs and "org:state-great-khural" not in orgs
    p = people(f)
    assert (p["Bat Erdene"], "org:state-great-khural-mn") in rels(f, "represents")
    assert (p["Tran Van Nam"], "org:national-assembly-vn") in rels(f, "represents")


def test_extract_parliamentary_organizations_and_an_acronym_that_is_another_bodys_name():
    f = facts_of("On the margins of the Assembly, IPU President Ms. Sara Lind met the Speaker of the Parliament of "
                 "Peru, Mr. Luis Paz. In her meeting with the President of the National Assembly of Ghana, Mr. Kofi "
                 "Boateng, the IPU President welcomed the Asian Parliamentary Assembly (APA) report. The APA will meet "
                 "in May.")
    p = people(f)
    reps = rels(f, "represents")
    assert (p["Sara Lind"], "org:ipu") in reps and (p["Kofi Boateng"], "org:ipu") not in reps
    assert "org:apa" not in f.entities and "org:asian-parliamentary-assembly" in f.entities
    f = facts_of("The Asian Parliamentary Assembly (APA) met in Tehran on Monday.")  # no wire's tag at the start
    assert "org:apa" not in f.entities
    f = facts_of("He praised the West African Peace Alliance (WAPA) and the African Peace Alliance (APA). The APA "
                 "met in May.")
    assert "org:apa" not in f.entities and f.entities["org:african-peace-alliance"].aliases == {"APA"}


def test_extract_a_ministry_of_a_named_government_a_division_and_a_post_nominal():
    f = facts_of("Mr. Rahim Uddin, Secretary, Ministry of Youth and Sports, Government of Bangladesh, met the Head "
                 "of the Africa Division of DFAT, Ms Jane Cole, and the Hon. Mark Dale MLA.")
    p = people(f)
    reps = rels(f, "represents")
    assert {(p["Rahim Uddin"], "org:ministry-of-youth-and-sports-bd"), (p["Rahim Uddin"], "state:bd")} <= reps
    assert (p["Jane Cole"], "org:mfa-au") in reps
    assert set(p) == {"Rahim Uddin", "Jane Cole", "Mark Dale"}


def test_extract_bodies_and_documents_that_end_where_another_begins():
    f = facts_of('The Ministry of Agriculture and Environment and JICA will work together. He attended the signing '
                 'of the "Memorandum of Understanding on Development Cooperation between Korea and Peru" held at the '
                 'KOICA Peru Office, where Country Director of the KOICA Peru Office Kim Min-ji signed it. They '
                 'exchanged three Memoranda of Understanding (MoUs), namely: trade and tourism. The Minister of '
                 'Investment, Trade and Industry (MITI), Tan Wei Ming, spoke of Expo 2025 Osaka.')
    orgs = labels(f, "Organization")
    assert "Ministry of Agriculture and Environment" in orgs
    assert labels(f, "Agreement") == {"Memorandum of Understanding on Development Cooperation between Korea and Peru"}
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Kim Min-ji"], "org:koica") in reps and (p["Kim Min-ji"], "state:pe") not in reps
    assert (p["Tan Wei Ming"], "org:ministry-of-investment-trade-and-industry") in reps
    assert "Expo 2025 Osaka" in labels(f, "Event")


def test_extract_indian_and_malay_titles_and_a_name_that_ends_with_an_honorifics_word():
    f = facts_of("Raksha Mantri Shri Vikram Rao Desai held talks with the Minister of Defence of Malaysia Dato' Seri "
                 "Haji Rosli bin Omar in New Delhi. The dialogue was co-chaired by Major General Pham Van Tuan, "
                 "Director of the External Relations Department, and Ms. Jane Cole.\n\nRelease ID: 2135561",
                 outlet="Press Information Bureau, Ministry of Defence, Government of India")
    p = people(f)
    assert set(p) == {"Vikram Rao Desai", "Haji Rosli bin Omar", "Pham Van Tuan", "Jane Cole"}
    assert (p["Vikram Rao Desai"], "state:in") in rels(f, "represents")
    assert met(f, "Pham Van Tuan", "Jane Cole")


def test_extract_a_development_banks_loan_and_financing_agreements():
    f = facts_of("The Asian Development Bank (ADB) and the Government of Peru today signed a $200 million loan "
                 "agreement to improve water services in six towns. Director General Luis Paz and ADB Country Director "
                 "Mei Tanaka signed the loan agreement for the Andean Towns Water Security Project on behalf of the "
                 "government and ADB, respectively. The Bank also signed a financing agreement of $40.5 million for "
                 "the Coastal Fisheries Project in Northern Province with the Ministry of Finance.")
    assert labels(f, "Agreement") == {"Loan agreement for the Andean Towns Water Security Project",
                                      "Financing agreement for the Coastal Fisheries Project in Northern Province"}
    p = people(f)
    assert {who for who, doc in signed(f)} == {p["Luis Paz"], p["Mei Tanaka"]}


def test_extract_list_items_that_tell_of_a_document_and_a_team_led_by_a_negotiator():
    f = facts_of("Background:\n- the existing Peru-Chile Free Trade Agreement was signed in 2006 and updated in 2016\n"
                 "- negotiations on an upgraded agreement were launched in 2024\n- the Agreement on Visa Exemption, "
                 "signed by the two ministers;\n\nThe Peruvian team is led by chief negotiator Ana Torres, and the "
                 "Chilean team by Deputy Minister of Trade Luis Rojas. They witnessed the exchange of three memoranda "
                 "of understanding.", outlet="Ministry of Foreign Trade and Tourism of Peru")
    assert labels(f, "Agreement") == {"Peru-Chile Free Trade Agreement", "Agreement on Visa Exemption"}
    p = people(f)
    reps = rels(f, "represents")
    assert (p["Luis Rojas"], "state:cl") in reps and (p["Luis Rojas"], "state:pe") not in reps
    assert (p["Ana Torres"], "state:pe") in reps and met(f, "Ana Torres", "Luis Rojas")


def test_extract_companies_a_bodys_unit_a_post_with_a_region_in_brackets_and_local_governments():
    f = facts_of("Mr. Ravi Menon, Joint Secretary (Latin America & Caribbean), Ministry of External Affairs, said it. "
                 "Ms. Asha Rao, Chair, FICCI Africa Task Force, spoke. They met Rossi Meccanica S.p.A. and Acme "
                 "Trading GmbH. Lima Metropolitan Government (Mayor Jorge Paz) signed an agreement with Busan "
                 "Metropolitan City and Azerbaijan Railways CJSC.")
    reps = rels(f, "represents")
    p = people(f)
    assert {(p["Ravi Menon"], "org:mfa-in"), (p["Asha Rao"], "org:ficci")} <= reps
    assert {"Rossi Meccanica S.p.A", "Acme Trading GmbH", "Lima Metropolitan Government",
            "Busan Metropolitan City"} <= labels(f, "Organization")
    assert "org:azerbaijan-railways" in f.entities and not [o for o in labels(f, "Organization") if "CJSC" in o]


def test_extract_a_ministrys_release_names_itself_bare():
    f = facts_of("Ministry of Defence\n\nThe Ministry of Defence hosted the delegation. Secretary Anil Rao of the "
                 "Ministry of Defence met them.", outlet="Press Information Bureau, Ministry of Defence, Government of "
                 "Peru")
    orgs = {k for k, e in f.entities.items() if e.type == "Organization"}
    assert "org:ministry-of-defence-pe" in orgs and "org:ministry-of-defence" not in orgs


def test_extract_military_chiefs_of_staff_joined_to_a_post_by_a_dash():
    f = facts_of("Talks were held between Colonel General Ali Karimov and the First Deputy Minister of Defence – Chief "
                 "of the General Staff of the Armed Forces of the Republic of Peru, Lieutenant General Luis Paz.")
    reps = rels(f, "represents")
    assert (people(f)["Luis Paz"], "state:pe") in reps and met(f, "Ali Karimov", "Luis Paz")


def test_extract_a_minister_acts_for_the_ministry_the_article_names():
    f = facts_of("The Ministry of Culture and Heritage of Peru hosted the talks. Minister of Culture and Heritage Ana "
                 "Rojas received the Chilean Minister of Health, Luis Vega. Minister of State for Culture and Heritage "
                 "Ms Rosa Diaz attended. The Ministry of Health and Welfare of Chile sent a delegation.",
                 outlet="Ministry of Culture and Heritage of Peru")
    reps = rels(f, "represents")
    p = people(f)
    ministry = next(k for k, e in f.entities.items() if e.label.startswith("Ministry of Culture and Heritage"))
    assert (p["Ana Rojas"], ministry) in reps and (p["Rosa Diaz"], ministry) in reps
    # "Minister of Health" is not of the "Ministry of Health and Welfare"; nor is a Peruvian minister Chile's
    assert not {(p["Luis Vega"], k) for k, e in f.entities.items() if e.type == "Organization"} & reps


def test_extract_names_ending_in_an_honorifics_word_and_a_pronoun_after_a_fronted_with():
    f = facts_of("Minister Ana Rojas held bilateral meetings with several of her counterparts. She met the Minister "
                 "of Foreign Affairs of Chile, Luis Vega, and Chile's Ambassador to Peru, Mr Do Minh Tuan.\n\nWith the "
                 "Minister of Foreign Affairs of Bolivia, Pedro Soto, she reviewed the partnership. The two ministers "
                 "signed a Memorandum of Understanding on Political Consultations.")
    p = people(f)
    assert "Do Minh Tuan" in p and met(f, "Ana Rojas", "Pedro Soto")
    assert {who for who, doc in signed(f)} == {p["Ana Rojas"], p["Pedro Soto"]}


def test_extract_bodies_joined_by_and_a_subject_listed_and_an_agencys_office():
    f = facts_of("The Museum of Andean Textiles and the Chilean National Museum signed it. They discussed the "
                 "Lima National Museum of Art and Chilean museums. The Commissioner, Rosa Diaz, and Luis Vega signed a "
                 "Memorandum of Understanding on a Strategic Partnership on Critical Raw Materials, Batteries and "
                 "Renewable Hydrogen Value Chains. Chief Representative of the JICA Peruvian Office Kenji Sato spoke. "
                 "They met in the New Administrative Capital.")
    orgs = labels(f, "Organization")
    assert {"Museum of Andean Textiles", "Lima National Museum of Art"} <= orgs
    assert not [o for o in orgs if o.endswith(("Chilean", "Museum of Andean Textiles and Chilean National Museum"))]
    assert labels(f, "Agreement") == {"Memorandum of Understanding on a Strategic Partnership on Critical Raw "
                                      "Materials, Batteries and Renewable Hydrogen Value Chains"}
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Kenji Sato"], "org:jica") in reps and (p["Kenji Sato"], "state:pe") not in reps
    assert set(p) == {"Rosa Diaz", "Luis Vega", "Kenji Sato"}


def test_extract_portfolio_words_before_minister():
    f = facts_of("Katja Wendt and Chilean Mining Minister Aurora Valdes signed it. She met Peru's Petroleum Minister "
                 "Luis Vega and Brazil's BRICS Sherpa, Ambassador Rosa Lima.")
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Aurora Valdes"], "state:cl") in reps and (p["Luis Vega"], "state:pe") in reps
    assert "Rosa Lima" in p


def test_extract_documents_with_a_short_name_a_subject_after_them_and_two_joined_by_and_to():
    f = facts_of("Ana Rojas deposited the instrument of ratification of the Council of Europe Convention on Preventing "
                 "Corruption in Sport and Betting (Lisbon Convention) in the presence of the Minister. By signing the "
                 "Framework Convention on Digital Trade Peru is helping. They discussed the Council of Europe Action "
                 "Plan for Peru 2023-2026 and the preparation of the next Action Plan. Peru is committed to the 1970 "
                 "Convention concerning the Protection of Mountain Heritage and to the 2005 Convention for the "
                 "Safeguarding of Oral Traditions.")
    docs = labels(f, "Agreement")
    assert {"Council of Europe Convention on Preventing Corruption in Sport and Betting",
            "Framework Convention on Digital Trade", "Council of Europe Action Plan for Peru 2023-2026",
            "1970 Convention concerning the Protection of Mountain Heritage",
            "2005 Convention for the Safeguarding of Oral Traditions"} <= docs
    kg = resolve([f])
    long = next(e for e in kg.entities.values() if e.label.startswith("Council of Europe Convention"))
    assert "Lisbon Convention" in long.aliases
    assert not [e for e in kg.entities.values() if e.label == "Lisbon Convention"]


def test_extract_a_legal_form_makes_common_words_a_companys_name():
    f = facts_of("Chairman of the Board of National Energy Holding Company OJSC Ruslan Ibraev also took part. "
                 "The National Oil Company said nothing.")
    assert labels(f, "Organization") == {"National Energy Holding Company OJSC"}
    assert (people(f)["Ruslan Ibraev"], "org:national-energy-holding-company-ojsc") in rels(f, "represents")


def test_extract_a_headline_verb_ends_a_name_and_a_city_is_no_person():
    f = facts_of("Consul General Sato Visits Salina City, Attends Signing of Memorandum of Understanding between Nara "
                 "Prefecture and the State of Kansas\n\nConsul General SATO Hiroshi visited Salina City. "
                 "Consul General Sato paid a courtesy call on Governor Ann Wells. They signed a Memorandum of "
                 "Understanding on cooperation in wind turbines and the energy transition.")
    assert set(people(f)) == {"SATO Hiroshi", "Ann Wells"}
    assert "Memorandum of Understanding on cooperation in wind turbines and the energy transition" in labels(f,
                                                                                                          "Agreement")


def test_extract_a_consulates_own_consul_general_and_a_post_with_its_government():
    f = facts_of("Minister of State for Trade, Government of Peru, Shri Luis Vega, visited Dubai. Earlier, Consul "
                 "General Shri Ravi Kumar called on the Director General of the Dubai Ports Authority, Ahmed Saeed.",
                 outlet="Consulate General of India in Dubai")
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Luis Vega"], "state:pe") in reps
    assert (p["Ravi Kumar"], "state:in") in reps and (p["Ravi Kumar"], "state:ae") not in reps


def test_extract_a_consulate_in_a_city_a_chambers_name_and_a_subject_after_the_parties():
    f = facts_of("The Consulate-General of Japan in Denver will work with Lima Chambers, whose companies take part in "
                 "the USA Pavilion. A Memorandum of Understanding between Lima Chambers and the Federation of Peruvian "
                 "Exporters on promoting trade and investment between SMEs of the two countries was signed by Ana "
                 "Rojas. The Kenyan Ministries and the Parties met.")
    assert labels(f, "Organization") >= {"Consulate-General of Japan in Denver", "Lima Chambers"}
    assert "Kenyan Ministries" not in labels(f, "Organization") and not people(f).keys() - {"Ana Rojas"}
    assert "Memorandum of Understanding between Lima Chambers and the Federation of Peruvian Exporters on promoting " \
           "trade and investment between SMEs of the two countries" in labels(f, "Agreement")


def test_extract_a_secretary_acts_for_the_department_the_article_names():
    f = facts_of("Peru's Secretary of Finance Ana Rojas met Chilean Undersecretary of Finance Luis Vega at the "
                 "Department of Finance of Peru. Secretary of Labor Rosa Diaz of Peru attended.")
    reps = rels(f, "represents")
    p = people(f)
    department = next(k for k, e in f.entities.items() if e.label.startswith("Department of Finance"))
    assert (p["Ana Rojas"], department) in reps
    # a department of one state is not the other state's secretary's, nor another portfolio's
    assert (p["Luis Vega"], department) not in reps and (p["Rosa Diaz"], department) not in reps


def test_extract_central_banks_and_a_name_that_opens_a_sentence():
    f = facts_of("National Bank of Peru and Bank Indonesia sign memorandum\n\nGovernor of Bank Indonesia Rahmat "
                 "Wibisono met Ana Rojas. Governor Luis Vega of the People's Bank of China attended.")
    orgs = labels(f, "Organization")
    assert {"National Bank of Peru", "Bank Indonesia", "People's Bank of China"} <= orgs
    assert "Bank of Peru" not in orgs and "Bank of China" not in orgs
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Rahmat Wibisono"], "org:bank-indonesia") in reps and (p["Rahmat Wibisono"], "state:id") in reps


def test_extract_outlets_and_places_are_no_people():
    f = facts_of("Rome, June 17 (Agenzia Nova) - Foreign Minister Ana Rojas met Luis Vega at Village Urugwiro. Joining "
                 "Rojas was Pedro Soto.", outlet="Agenzia Nova")
    assert set(people(f)) == {"Ana Rojas", "Luis Vega", "Pedro Soto"}
    assert ("person:ana-rojas", "state:it") in rels(f, "represents")  # the outlet is Italy's


def test_extract_a_meeting_named_after_between_is_of_those_it_names():
    f = facts_of("Ana Rojas received Pedro Soto in Lima. The consultations come a few weeks after the telephone "
                 "conversation between Foreign Minister Luis Vega and the Chilean Minister of External Relations, Rosa "
                 "Diaz, during which the two ministers agreed to explore the holding of a business forum in Lima.")
    assert met(f, "Luis Vega", "Rosa Diaz") and not met(f, "Pedro Soto", "Luis Vega")
    assert not met(f, "Ana Rojas", "Rosa Diaz")


def test_extract_envoys_listed_after_credentials_and_the_diplomats_later():
    f = facts_of("President Ana Rojas on Thursday received letters of credence from three new envoys at Village "
                 "Palacios.\n\nThe envoys are Luis Vega, Ambassador of Chile; Pedro Soto, Ambassador of Bolivia; and "
                 "Mia Lund, Ambassador of Norway.\n\nThe diplomats had on Tuesday presented copies of their "
                 "credentials to the Minister of Foreign Affairs, Rosa Diaz.")
    for envoy in ("Luis Vega", "Pedro Soto", "Mia Lund"):
        assert met(f, "Ana Rojas", envoy) and met(f, "Rosa Diaz", envoy)
    assert not met(f, "Ana Rojas", "Rosa Diaz")


def test_extract_legislatures_named_house_and_eu_commissioners():
    f = facts_of("Luis Vega, a member of the House of Councillors of Japan, met the Speaker of the House of "
                 "Representatives of Peru, Ana Rojas. She received the European Commissioner for the Mediterranean, "
                 "Mia Lund, who briefed her on the Pact for the Mediterranean, expressing the bloc's appreciation.")
    orgs = labels(f, "Organization")
    assert {"House of Councillors of Japan", "House of Representatives of Peru"} <= orgs
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Ana Rojas"], "org:house-of-representatives-pe") in reps and (p["Mia Lund"], "org:eu") in reps
    assert labels(f, "Agreement") == {"Pact for the Mediterranean"}


def test_extract_an_events_second_subject_and_a_foreign_ministrys_official_name():
    f = facts_of("Ana Rojas, Minister of Foreign Affairs of South Korea, spoke ahead of the High-Level Conference for "
                 "the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State "
                 "Solution. The Foreign Ministry of South Korea said so.")
    assert labels(f, "Event") == {"High-Level Conference for the Peaceful Settlement of the Question of Palestine and "
                                  "the Implementation of the Two-State Solution"}
    assert "Ministry of Foreign Affairs of the Republic of Korea" in f.entities["org:mfa-kr"].aliases


def test_extract_the_heads_of_two_organizations_sign():
    f = facts_of("Ana Rojas held talks with Luis Vega. Following the talks, the heads of the two organizations "
                 "signed a Memorandum of Understanding on Cooperation.")
    assert {who for who, doc in signed(f)} == {people(f)["Ana Rojas"], people(f)["Luis Vega"]}


def test_extract_a_chambers_delegation_its_posts_and_the_ministry_it_calls_on():
    f = facts_of("Senate President Ana Rojas on Tuesday welcomed a delegation of the Peru-Chile Parliamentary "
                 "Friendship League led by its chairman, Hon. Luis Vega, a member of the Senate of Chile. \"The Peruvian "
                 "Senate stands ready,\" Rojas said. Senate Majority Leader Pedro Soto attended. Earlier in the day, "
                 "the Chilean delegation paid a courtesy call on Foreign Affairs Secretary Rosa Diaz at the Department "
                 "of Foreign Affairs.", outlet="Senate of Peru")
    p = people(f)
    reps = rels(f, "represents")
    assert met(f, "Ana Rojas", "Luis Vega") and met(f, "Luis Vega", "Rosa Diaz") and not met(f, "Ana Rojas", "Rosa Diaz")
    assert {(p["Luis Vega"], "org:senate-cl"), (p["Luis Vega"], "state:cl")} <= reps
    senate = next(k for k, e in f.entities.items() if e.label.startswith("Senate of Peru"))
    assert (p["Ana Rojas"], senate) in reps and (p["Pedro Soto"], senate) in reps
    assert (p["Rosa Diaz"], "org:mfa-pe") in reps


def test_extract_a_chamber_named_bare_its_committee_and_an_initial_without_a_space():
    f = facts_of("Chairman of the Mazhilis of the Parliament of the Republic of Peru Ana Rojas met Luis Vega. Vega met "
                 "Chairman of the Mazhilis Committee on International Affairs, Defense and Security Pedro Soto and "
                 "members of the friendship group headed by Mazhilis deputy Mia Lund. State Secretary of the Ministry "
                 "of Finance T.Dulguun attended.")
    p = people(f)
    reps = rels(f, "represents")
    mazhilis = [k for k, e in f.entities.items() if e.label.startswith("Mazhilis of")]
    assert len(labels(f, "Organization") & {"Mazhilis"}) == 0 and len(mazhilis) == 1
    assert {(p["Mia Lund"], mazhilis[0]), (p["Mia Lund"], "state:pe"), (p["Pedro Soto"], "state:pe")} <= reps
    assert "T.Dulguun" in p


def test_extract_a_nuncio_and_those_who_accompany_a_visitor():
    f = facts_of("The Holy Father received in audience Mr. Luis Vega, President of the Republic of Peru, who then met "
                 "Cardinal Mario Rossi, Secretary of State, accompanied by Archbishop Jan Kowal, Secretary for "
                 "Relations with States, in the presence of Archbishop Piotr Nowak, Apostolic Nuncio in Peru. The "
                 "President was accompanied by Mr. Pedro Soto, Minister of Foreign Affairs.",
                 outlet="Holy See Press Office")
    reps = rels(f, "represents")
    p = people(f)
    assert {(p[x], "state:va") for x in ("Mario Rossi", "Jan Kowal", "Piotr Nowak")} <= reps
    assert (p["Pedro Soto"], "state:pe") in reps and (p["Pedro Soto"], "state:va") not in reps


def test_extract_bodies_that_sign_and_bodies_inside_bodies():
    f = facts_of("Ana Rojas met Luis Vega, Chair of the Foreign Affairs Committee of the Chilean Parliament, and Pedro "
                 "Soto of the Investment Board Peru. They recalled the Memorandum of Understanding for Political "
                 "Consultations between the Ministry of Foreign Affairs of Peru and the Ministry of Foreign Affairs of "
                 "Chile, signed by the two ministries in 2023, and the Memorandum of Understanding on Energy signed "
                 "between the EU and Peru in 2024. The Diplomatic Academy of Peru signed a Memorandum of Understanding "
                 "between the Diplomatic Academy of Chile and the Peruvian Diplomatic Academy on Cooperation in "
                 "Training.")
    reps = rels(f, "represents")
    p = people(f)
    assert {(p["Luis Vega"], "org:parliament-cl"), (p["Luis Vega"], "state:cl")} <= reps
    assert "Investment Board Peru" in labels(f, "Organization")
    assert {w for w, d in signed(f) if d.startswith("Memorandum of Understanding for")} == {"org:mfa-pe", "org:mfa-cl"}
    assert {w for w, d in signed(f) if d.startswith("Memorandum of Understanding on Energy")} == {"org:eu", "state:pe"}
    assert not [o for o in labels(f, "Organization") if o.endswith("on Cooperation")]


def test_extract_posts_with_two_portfolios_a_facilitator_and_a_foreign_ministry_named_with_its_demonym():
    f = facts_of("Ana Rojas called Lebanese Foreign and Emigrants Minister Karim Haddad, then met the Malaysian "
                 "facilitator, Tan Sri Nazri Yusof. She was received by the Deputy Minister of Foreign Affairs, Luis "
                 "Vega, at the Peruvian Ministry of Foreign Affairs and International Cooperation.", outlet="Andina")
    reps = rels(f, "represents")
    p = people(f)
    assert {(p["Karim Haddad"], "state:lb"), (p["Nazri Yusof"], "state:my"), (p["Luis Vega"], "org:mfa-pe")} <= reps


def test_extract_a_portfolio_noun_before_a_comma_and_the_name():
    f = facts_of("Peru's Minister for Energy and Green Transition, Luis Alberto Vega, signed it. The Minister of "
                 "Foreign Affairs Rojas, Ana Diaz and Pedro Soto met.")
    p = people(f)
    assert "Transition" not in p and (p["Luis Alberto Vega"], "state:pe") in rels(f, "represents")
    assert "Rojas" in p


def test_extract_a_translated_release_lowercase_posts_signed_on_behalf_and_a_professor():
    f = facts_of("Peru and Chile on Tuesday signed a General Cooperation Agreement.\n\nThe document was signed, on "
                 "behalf of the Peruvian Government, by the minister of External Relations, Luis Vega Soto, and, for "
                 "the Chilean side, by the secretary of State for Foreign Affairs, Ana Rojas Lagos. On the same "
                 "occasion, the two officials initialled a Memorandum on Culture, and signed an Agreement on Visa "
                 "Exemption. Vega was later received by the minister of State for Economic Coordination, Pedro "
                 "Quispe. Foreign Minister Professor Mia Lund called Quispe.")
    p = people(f)
    reps = rels(f, "represents")
    assert {(p["Luis Vega Soto"], "state:pe"), (p["Ana Rojas Lagos"], "state:cl")} <= reps
    assert {(p[x], d) for x in ("Luis Vega Soto", "Ana Rojas Lagos")
            for d in ("General Cooperation Agreement", "Agreement on Visa Exemption")} <= signed(f)
    assert "minister of State for Economic Coordination" in f.entities[p["Pedro Quispe"]].titles
    assert "Mia Lund" in p


def test_extract_signers_for_their_sides_and_bodies_signing_between_them():
    f = facts_of("A Memorandum of Understanding on Health between Peru and Chile was signed. Secretary Luis Vega "
                 "signed the MoU on behalf of Peru while Chilean Ambassador Ana Rojas inked it on behalf of her "
                 "government. The MoU on Trade was signed by Head of the Peruvian Agency for Cooperation Pedro Soto "
                 "and, on behalf of the Government of Chile, Permanent Secretary Mia Lund. It was signed by the "
                 "chairperson of the board, Tom Berg, and, on behalf of the Rwanda Development Board, by its chief "
                 "investment officer, Eva Kim. An MoU on trade promotion was signed between the Trade Development "
                 "Authority of Pakistan (TDAP) and the Chamber of Commerce and Industry of Turkmenistan.")
    p = people(f)
    reps = rels(f, "represents")
    health = [d for d in f.entities if d.startswith("agreement:memorandum-of-understanding-on-health")]
    assert {(p["Luis Vega"], health[0]), (p["Ana Rojas"], health[0])} <= rels(f, "signed")
    assert {(p["Mia Lund"], "state:cl"), (p["Eva Kim"], "org:rdb")} <= reps
    assert {w for w, d in signed(f) if d == "MoU on trade promotion"} == {
        "org:tdap", "org:chamber-of-commerce-and-industry-of-turkmenistan"}


def test_extract_the_demonym_official_of_the_sentence_before_and_a_newspaper_byline():
    f = facts_of("State Secretary Ana Rojas met Deputy Minister of Foreign Affairs of Chile Luis Vega. State "
                 "Secretary Ana Rojas informed her interlocutor about the reforms. The Peruvian official thanked "
                 "Chile for its support. The Chilean diplomat praised Rojas.")
    assert (people(f)["Ana Rojas"], "state:pe") in rels(f, "represents")
    byline = facts_of("DAILY SABAH WITH AA\nANKARA\n\nForeign Minister Kerem Yalcin met Ana Rojas, the Minister of "
                      "Foreign Affairs of Peru, at the Department of Foreign Affairs.\nHerald Reporter")
    p = people(byline)
    assert (p["Kerem Yalcin"], "state:tr") in rels(byline, "represents") and "Herald Reporter" not in p
    assert not [o for _, o in rels(byline, "represents") if o == "org:mfa-tr"]  # no ministry of Türkiye's name


def test_extract_a_ministers_own_ministry_talks_between_the_two_and_a_bodys_lowercase_post():
    f = facts_of("The Minister for Europe and Foreign Affairs, Mr. Luis Vega, received Ana Rojas. The talks concerned "
                 "the visit to Peru. The agreement was signed at the Ministry for Europe and Foreign Affairs of the "
                 "Republic of Peru by Vega and Rojas. The signing followed bilateral talks between the two ministers, "
                 "during which they discussed trade. Rojas was later received by Tom Berg, the Gulf Cooperation "
                 "Council's assistant secretary-general, at Takuba Lodge in Kenya's Garissa County.")
    p = people(f)
    reps = rels(f, "represents")
    name = "Ministry for Europe and Foreign Affairs of the Republic of Peru"
    ministry = next(k for k, e in f.entities.items() if name in {e.label, *e.aliases})
    assert (p["Luis Vega"], ministry) in reps and (p["Tom Berg"], "org:gcc") in reps
    assert any(r.kind == "metWith" and r.sentence.startswith("The signing followed") for r in f.relations)
    assert not {"Takuba Lodge", "Garissa County"} & set(p)


def test_extract_a_document_before_a_court_and_a_foreign_ministry_of_another_kind_in_a_newspaper():
    f = facts_of("The Hindu Bureau\n\nNEW DELHI - Ana Rojas, who took charge of the Department of Foreign Affairs "
                 "(DFA) of Peru last year, thanked India for its support for the 2016 Arbitral Award on the South "
                 "China Sea. Peru defends the Treaty of Lima before the International Court of Justice.")
    docs = labels(f, "Agreement")
    assert {"2016 Arbitral Award on the South China Sea", "Treaty of Lima"} <= docs
    assert "org:mfa-in" not in f.entities


def test_extract_the_other_side_of_a_pair_of_states_the_headline_names():
    text = ("Foreign Minister Ana Rojas and Chile's Minister of Foreign Affairs, Luis Vega, co-chaired the commission "
            "and signed an Agreement on Visa Exemption. The meeting was preceded by one of senior officials chaired by "
            "Permanent Secretary Pedro Soto and Chile's Director General Mia Lund.")
    f = facts_of(text, title="Peru and Chile sign visa agreement")
    reps = rels(f, "represents")
    p = people(f)
    assert {(p["Ana Rojas"], "state:pe"), (p["Pedro Soto"], "state:pe")} <= reps
    three = facts_of(text, title="Peru, Chile and Bolivia sign visa agreement")
    assert not {o for s, o in rels(three, "represents") if s == people(three)["Ana Rojas"]}


def test_extract_a_dateline_with_its_country_and_a_place_before_a_title():
    f = facts_of("LIMA, PERU (2 May 2025) — The Andean Development Fund and the Government of Peru signed a loan.\n\n"
                 "In Arequipa, the Minister was received by the Governor of the region, Mr. Luis Vega Soto.")
    assert "state:pe" in f.entities and "place:lima" in f.entities
    p = people(f)
    assert "PERU" not in p and "Arequipa" not in p and "Luis Vega Soto" in p
    g = facts_of("Ana Rojas met Luis Vega, on behalf of the Gouvernement du Québec. The two signed a joint declaration "
                 "on border cooperation, but differences over trade remain.")
    assert "place:quebec" in g.entities and not {"Québec", "Du Québec"} & set(people(g))
    assert labels(g, "Agreement") == {"Joint declaration on border cooperation"}


def test_extract_loan_agreements_with_their_sums_signed_by_kind_and_a_bodys_office_abroad():
    f = facts_of("The meeting was attended by Country Director of the Korea International Cooperation Agency (KOICA) "
                 "office in Peru Kim Min-jun. The following documents were signed:\n\n"
                 "- Loan Agreement between the Republic of Peru and the Andean Bank on the project \"Water supply of "
                 "Cusco\" in the amount of USD 95 million;\n\n"
                 "- Loan Agreement between the Republic of Peru and the Andean Bank on the project \"Roads of Puno\" "
                 "in the amount of USD 40 million;\n\n"
                 "- Record of Discussions between the Ministry of Finance of Peru and KOICA on the project \"Debt "
                 "management\" with a grant of USD 6.5 million.\n\n"
                 "The loan agreements were signed by Minister Ana Rojas on behalf of the Republic of Peru and by Vice "
                 "President Luis Vega on behalf of the Andean Bank. The Record of Discussions was signed by Deputy "
                 "Minister Pedro Soto and Kim Min-jun.")
    docs = {d for d in labels(f, "Agreement")}
    assert not [d for d in docs if "amount" in d or "grant of" in d], docs
    p = people(f)
    loans = {d for w, d in signed(f) if d.startswith("Loan Agreement")}
    assert len(loans) == 2 and {w for w, d in signed(f) if d in loans} == {p["Ana Rojas"], p["Luis Vega"]}
    assert {w for w, d in signed(f) if d.startswith("Record of Discussions")} == {p["Pedro Soto"], p["Kim Min-jun"]}
    assert {o for s, o in rels(f, "represents") if s == p["Kim Min-jun"]} == {"org:koica"}


def test_extract_a_second_post_of_the_same_state_counterparts_listed_and_bodies_that_signed():
    f = facts_of("Peruvian Foreign Minister Ana Rojas and Defence Minister Admiral Luis Vega held talks with their "
                 "Chilean counterparts, Foreign Minister Pedro Soto and Defence Minister Mia Lund, at the Chile Army's "
                 "headquarters. Chilean Foreign Minister Tom Berg and Foreign Minister Eva Kim also met. The MoU "
                 "builds "
                 "on the Memorandum of Understanding on Payment Connectivity, which was signed in 2022 by Bank "
                 "Indonesia, Bank Negara Malaysia and the Monetary Authority of Singapore. Companies such as PT Pindad "
                 "and the Peru People's Army took part.")
    p = people(f)
    reps = rels(f, "represents")
    assert {(p["Luis Vega"], "state:pe"), (p["Pedro Soto"], "state:cl"), (p["Mia Lund"], "state:cl")} <= reps
    assert (p["Eva Kim"], "state:cl") not in reps  # the same post twice: two states' ministers
    assert {w for w, d in signed(f) if d.startswith("Memorandum of Understanding on Payment")} == {
        "org:bank-indonesia", "org:bank-negara-malaysia", "org:mas"}
    assert "PT Pindad" in labels(f, "Organization") and "People" not in p and "PT Pindad" not in p


def test_extract_a_lowercase_foreign_ministry_military_ranks_and_a_meeting_of_an_agreements_commission():
    f = facts_of("The Peru-Chile Free Trade Agreement (PCFTA) entered into force in 2012. Air Marshal Ana Rojas and "
                 "Vice-Admiral Luis Vega co-chaired the Third Meeting of the PCFTA Joint Commission, according to "
                 "Chile's foreign ministry. The letter was signed by General Manager Vega and Pedro Soto. They "
                 "signed the Programme of Cooperation between the Ministry of Foreign Affairs of Peru and the Ministry "
                 "of Foreign Affairs of Chile for 2025-2027.\n\n"
                 "Minister Rojas and Minister Soto after signing the Programme of Cooperation | Author: Ministry of "
                 "Foreign Affairs")
    p = people(f)
    assert {"Ana Rojas", "Luis Vega"} <= set(p) and not [n for n in p if "Marshal" in n or "Admiral" in n]
    assert "org:mfa-cl" in f.entities and "Manager Vega" not in p
    assert "Third Meeting of the PCFTA Joint Commission" in labels(f, "Event")
    programmes = [d for d in labels(f, "Agreement") if d.startswith("Programme")]
    assert len(programmes) == 1 and programmes[0].endswith("for 2025-2027")  # the caption's short name is the same


def test_extract_a_post_after_a_name_ends_before_another_title_and_name():
    f = facts_of("On the same occasion, Mrs. Ana Rojas, Deputy Governor of the Bank of Thailand and Deputy Governor "
                 "Luis Vega signed a Letter of Intent on Cooperation.")
    reps = rels(f, "represents")
    p = people(f)
    assert (p["Ana Rojas"], "org:bank-th") in reps and (p["Luis Vega"], "org:bank-th") not in reps


def test_extract_a_bodys_acronym_and_the_name_it_is_known_by_as_its_names():
    f = facts_of("The forum was organised by the Federation of Peruvian Industry (FPI), and the MoU was signed with "
                 "Chile's Maritime Security Agency, known as Marsec. Under the Exchange of Notes on Coastal Radars, "
                 "Peru will provide boats.")
    names = {n for e in f.entities.values() if e.type == "Organization" for n in (e.label, *e.aliases)}
    assert {"FPI", "Marsec"} <= names
    assert labels(f, "Agreement") == {"Exchange of Notes on Coastal Radars"}


def test_extract_a_press_bureau_release_under_its_ministrys_name():
    f = facts_of("Defence Minister meets Peruvian counterpart\n\nPosted On: 16 APR 2025 4:12PM by PIB Delhi\n\n"
                 "Joint Secretary Ravi Menon of the Ministry of Defence signed the Letter of Intent with Ana Rojas, "
                 "Minister of Defence of Peru.", title="Ministry of Defence")
    p = people(f)
    assert {(p["Ravi Menon"], "org:ministry-of-defence-in"), (p["Ravi Menon"], "state:in")} <= rels(f, "represents")


def test_extract_a_fund_for_two_regions_and_a_department_under_a_ministry():
    f = facts_of("A grant from the Japan Fund for Prosperous and Resilient Asia and the Pacific (JFPR) was approved. "
                 "It was co-chaired by Major General Luis Vega, Director of the Foreign Relations Department under the "
                 "Ministry of National Defense, and Ms Ana Rojas.")
    bodies = labels(f, "Organization")
    assert {"Japan Fund for Prosperous and Resilient Asia and the Pacific", "Foreign Relations Department"} <= bodies
    assert (people(f)["Luis Vega"], "org:foreign-relations-department") in rels(f, "represents")
