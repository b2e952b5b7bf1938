package org.casebook.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.Importer;
import org.casebook.model.EntityKind;
import org.casebook.store.EntityStore;
import org.casebook.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links that need more than one report: which case an appeal, a relative or an official's act belongs to. */
class CaseLinksTest {

    @TempDir
    Path temp;

    /** "person | role | case" for every role the workspace holds after importing these reports. */
    private Set<String> links(String... reports) throws IOException {
        Path file = Files.writeString(temp.resolve("reports.txt"), String.join("\n", reports) + "\n");
        try (Workspace workspace = Workspace.open(temp.resolve("ws.db"))) {
            new Importer(workspace).importPaths(List.of(file), Importer.Options.DEFAULT, ImportListener.NONE);
            new EntityPass(workspace).run();
            Map<Long, String> names = new java.util.HashMap<>();
            for (EntityKind kind : List.of(EntityKind.PERSON, EntityKind.CASE)) {
                names.putAll(workspace.entities().entities(kind).stream()
                        .collect(Collectors.toMap(EntityStore.EntityRow::id, EntityStore.EntityRow::name)));
            }
            Function<EntityStore.RoleRow, String> link = r -> names.get(r.personId()) + " | " + r.role() + " | "
                    + names.get(r.caseId());
            return workspace.entities().roles().stream().map(link).collect(Collectors.toSet());
        }
    }

    @Test
    void anAppealInDefenceOfSomeoneJoinsEveryCaseAboutThem() throws IOException {
        Set<String> links = links(
                "On 3 May 2021 a court in Almaty sentenced the activist Marat Zhanuzakov to five years in prison.",
                "On 4 May 2021 Ukraine refused the extradition of Marat Zhanuzakov to Kazakhstan.",
                "On 5 May 2021 the MEPs Anna Fotyga and Petras Auštrevičius addressed an appeal to the Ukrainian "
                        + "authorities in defence of Marat Zhanuzakov.");

        assertThat(links).contains(
                "Anna Fotyga | advocate | Prosecution of Marat Zhanuzakov",
                "Anna Fotyga | advocate | Extradition of Marat Zhanuzakov",
                "Petras Auštrevičius | advocate | Extradition of Marat Zhanuzakov");
    }

    @Test
    void familyNamedInAReportAboutOnesCaseIsInThatCase() throws IOException {
        Set<String> links = links(
                "On 3 May 2021 a court in Almaty sentenced the activist Marat Zhanuzakov to five years in prison.",
                "On 9 May 2021 the appeal court upheld the verdict against Marat Zhanuzakov.",
                "The court of Perugia has delivered its decision on Alma Zhanuzakova’s case: two officers were "
                        + "convicted of her abduction. In 2013, Alma Zhanuzakova, wife of the Kazakh opposition "
                        + "activist and refugee Marat Zhanuzakov, was expelled from Italy.");

        assertThat(links).contains("Alma Zhanuzakova | victim | Prosecution of Alma Zhanuzakova",
                "Marat Zhanuzakov | relative | Prosecution of Alma Zhanuzakova");
        assertThat(links).doesNotContain("Alma Zhanuzakova | relative | Prosecution of Marat Zhanuzakov");
    }

    @Test
    void anOfficialThreateningSomeonesHusbandActsInTheHusbandsCase() throws IOException {
        Set<String> links = links(
                "On 12 March 2012 Gulnara Sarsenova, Timur Sarsenov’s wife, asked for a meeting with her detained "
                        + "husband.",
                "On 6 June 2012 Gulnara Sarsenova received threats about her husband from a representative of the "
                        + "NSC: Nurlan Abenov.");

        assertThat(links).contains("Timur Sarsenov | detainee | Prosecution of Timur Sarsenov",
                "Gulnara Sarsenova | relative | Prosecution of Timur Sarsenov",
                "Nurlan Abenov | official | Prosecution of Timur Sarsenov");
        assertThat(links).noneMatch(l -> l.startsWith("Gulnara Sarsenova | detainee"));
    }

    @Test
    void anArrestMoreThanAYearAfterAReleaseIsANewCaseAndALongImprisonmentIsOne() throws IOException {
        Set<String> links = links(
                "On 11 February 2017 the journalist Timur Sarsenov was arrested again.",
                "The foundation published its yearly report on political prisoners.",
                "Timur Sarsenov was released from detention, together with his colleagues.",
                "On 15 June 2012 officers arrested the journalist Timur Sarsenov.",
                "On 3 May 2016 the activist Yerlan Abenov was charged with a new crime in the colony.",
                "On 3 May 2013 a court sentenced the activist Yerlan Abenov to seven years in prison.",
                "On 2 April 2012 the activist Yerlan Abenov was arrested in Aktau.");

        // the undated release stands next to the arrest of 2012 in its list
        assertThat(links).contains("Timur Sarsenov | detainee | Prosecution of Timur Sarsenov (2012)",
                "Timur Sarsenov | detainee | Prosecution of Timur Sarsenov (2017)");
        assertThat(links).filteredOn(l -> l.contains("Yerlan Abenov")).allMatch(l -> l.endsWith(
                "| Prosecution of Yerlan Abenov"));
    }

    @Test
    void aLinkByHandToOneOfTwoCasesStaysWithItsYearsWhenTheYearsMove() throws IOException {
        Path ws = temp.resolve("ws.db");
        Path first = Files.writeString(temp.resolve("first.txt"), String.join("\n",
                "On 11 February 2017 the journalist Timur Sarsenov was arrested again.",
                "The foundation published its yearly report on political prisoners.",
                "Timur Sarsenov was released from detention, together with his colleagues.",
                "On 15 June 2012 officers arrested the journalist Timur Sarsenov.",
                "On 1 July 2012 Dana Akhmetova spoke to the press.") + "\n");
        Path later = Files.writeString(temp.resolve("later.txt"),
                "On 3 March 2011 the journalist Timur Sarsenov was detained at the airport.\n");
        try (Workspace workspace = Workspace.open(ws)) {
            new Importer(workspace).importPaths(List.of(first), Importer.Options.DEFAULT, ImportListener.NONE);
            Corrections corrections = new Corrections(workspace);
            corrections.current();
            corrections.link("Dana Akhmetova", "Prosecution of Timur Sarsenov (2012)", "lawyer");
            corrections.link("Dana Akhmetova", "Prosecution of Timur Sarsenov", "advocate");

            new Importer(workspace).importPaths(List.of(later), Importer.Options.DEFAULT, ImportListener.NONE);
            new EntityPass(workspace).run();

            Map<Long, String> cases = workspace.entities().entities(EntityKind.CASE).stream()
                    .collect(Collectors.toMap(EntityStore.EntityRow::id, EntityStore.EntityRow::name));
            long dana = workspace.entities().entities(EntityKind.PERSON).stream()
                    .filter(p -> p.name().equals("Dana Akhmetova")).findFirst().orElseThrow().id();
            assertThat(workspace.entities().roles()).filteredOn(r -> r.personId() == dana)
                    .extracting(r -> r.role() + " " + cases.get(r.caseId())).containsExactlyInAnyOrder(
                            "lawyer Prosecution of Timur Sarsenov (2011–2012)",
                            "advocate Prosecution of Timur Sarsenov (2017)");
            assertThat(cases.values()).doesNotContain("Prosecution of Timur Sarsenov (2012)");
        }
    }

    @Test
    void aReportReleasedOrADemandForReleaseIsNoReleaseAndALookBackIsNoNewArrest() throws IOException {
        Set<String> links = links(
                "On 2 March 2014 the journalist Timur Sarsenov, who was arrested in 2010, went on hunger strike.",
                "On 5 May 2012 Human Rights Watch released a report on the journalist Timur Sarsenov in prison.",
                "On 7 June 2012 the MEPs demanded that Timur Sarsenov be released from prison.",
                "On 3 May 2011 a court sentenced the journalist Timur Sarsenov to seven years in prison.",
                "On 2 April 2010 the journalist Timur Sarsenov was arrested in Aktau.");

        assertThat(links).filteredOn(l -> l.startsWith("Timur Sarsenov")).isNotEmpty()
                .allMatch(l -> l.endsWith("| Prosecution of Timur Sarsenov"));
    }

    @Test
    void casesToldApartKeepTheirIdsWhenTheirYearsMoveAndACoDefendantsCaseKeepsItsOwn() throws IOException {
        Path first = Files.writeString(temp.resolve("first.txt"), String.join("\n",
                "On 5 May 2018 the journalist Yerlan Abenov was arrested again.",
                "On 11 February 2017 the journalist Timur Sarsenov was arrested again.",
                "The foundation published its yearly report on political prisoners.",
                "Timur Sarsenov and Yerlan Abenov were released from detention.",
                "On 15 June 2012 officers arrested the journalists Timur Sarsenov and Yerlan Abenov.") + "\n");
        Path later = Files.writeString(temp.resolve("later.txt"),
                "On 3 March 2011 the journalist Timur Sarsenov was detained at the airport.\n");
        try (Workspace workspace = Workspace.open(temp.resolve("ws.db"))) {
            new Importer(workspace).importPaths(List.of(first), Importer.Options.DEFAULT, ImportListener.NONE);
            new EntityPass(workspace).run();
            Map<String, Long> before = caseIds(workspace);
            assertThat(before).containsKeys("Prosecution of Timur Sarsenov (2012)", "Prosecution of Timur Sarsenov (2017)",
                    "Prosecution of Yerlan Abenov (2012)", "Prosecution of Yerlan Abenov (2018)");

            new Importer(workspace).importPaths(List.of(later), Importer.Options.DEFAULT, ImportListener.NONE);
            new EntityPass(workspace).run();
            Map<String, Long> after = caseIds(workspace);

            assertThat(after.get("Prosecution of Timur Sarsenov (2011–2012)"))
                    .isEqualTo(before.get("Prosecution of Timur Sarsenov (2012)"));
            assertThat(after.get("Prosecution of Timur Sarsenov (2017)"))
                    .isEqualTo(before.get("Prosecution of Timur Sarsenov (2017)"));
            // the co-defendant's cases share Timur's reports of 2012 but keep their own ids
            assertThat(after.get("Prosecution of Yerlan Abenov (2012)"))
                    .isEqualTo(before.get("Prosecution of Yerlan Abenov (2012)"));
            assertThat(after.get("Prosecution of Yerlan Abenov (2018)"))
                    .isEqualTo(before.get("Prosecution of Yerlan Abenov (2018)"));
        }
    }

    private static Map<String, Long> caseIds(Workspace workspace) {
        return workspace.entities().entities(EntityKind.CASE).stream()
                .collect(Collectors.toMap(EntityStore.EntityRow::name, EntityStore.EntityRow::id));
    }
}
