package org.newsgraph.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsgraph.correction.CorrectionService;
import org.newsgraph.person.PersonQueries;
import org.newsgraph.person.PersonView;
import org.newsgraph.quote.QuoteQueries;
import org.newsgraph.quote.QuoteView;
import org.newsgraph.security.Roles;

/** Editorial corrections, for editors. They are stored, survive re-ingestion of the article and hold for new articles. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR)
public class CorrectionApi {
    private static final String NOTE = "Why, for the record of corrections.";

    @Inject
    CorrectionService corrections;
    @Inject
    PersonQueries people;
    @Inject
    QuoteQueries quotes;

    @Mutation
    @NonNull
    @Description("Merges person `merge` into person `keep`: quotes, events and aliases move, `merge` is deleted.")
    public PersonView mergePeople(@NonNull @Id @Description("The person that stays.") Long keep,
            @NonNull @Id @Description("The person merged into it and deleted.") Long merge, @Description(NOTE) String note) {
        long id = corrections.mergePeople(keep, merge, note);
        return people.byIds(List.of(id)).get(id);
    }

    @Mutation
    @NonNull
    @Description("Adds a spelling of a person's name: every later article that writes it resolves to this person.")
    public PersonView addAlias(@NonNull @Id @Description("The person.") Long person,
            @NonNull @Description("The spelling, as articles write it.") String alias, @Description(NOTE) String note) {
        long id = corrections.addAlias(person, alias, note);
        return people.byIds(List.of(id)).get(id);
    }

    @Mutation
    @NonNull
    @Description("Sets who said a quote and/or which event it is about (or unlinks it with clearEvent); kept across re-ingestion.")
    public QuoteView reassignQuote(@NonNull @Id @Description("The quote.") Long quote,
            @Id @Description("Its speaker from now on; unchanged when omitted.") Long speaker,
            @Id @Description("Its event from now on; unchanged when omitted.") Long event,
            @DefaultValue("false") @Description("True to unlink the quote from any event.") boolean clearEvent,
            @Description(NOTE) String note) {
        long id = corrections.reassignQuote(quote, speaker, event, clearEvent, note);
        return quotes.byId(id);
    }
}
