package org.conflictledger.clientsession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import ledger.client.ApiClient;
import ledger.client.ApiException;
import ledger.client.api.CeasefiresApi;
import ledger.client.api.HistoryApi;
import ledger.client.api.NegotiationsApi;
import ledger.client.api.SourcesApi;
import ledger.client.api.StatisticsApi;
import ledger.client.api.StrikesApi;
import ledger.client.model.CeasefireRequest;
import ledger.client.model.CeasefireView;
import ledger.client.model.Change;
import ledger.client.model.ChangePage;
import ledger.client.model.ClaimRequest;
import ledger.client.model.NegotiationRequest;
import ledger.client.model.NegotiationView;
import ledger.client.model.PageResponseRevision;
import ledger.client.model.Participant;
import ledger.client.model.PartyPositionRequest;
import ledger.client.model.Problem;
import ledger.client.model.ReconciledFigure;
import ledger.client.model.SourceRequest;
import ledger.client.model.SourceView;
import ledger.client.model.StatedFigure;
import ledger.client.model.StatsBucket;
import ledger.client.model.StrikePage;
import ledger.client.model.StrikePatch;
import ledger.client.model.StrikeRequest;
import ledger.client.model.StrikeStats;
import ledger.client.model.StrikeView;
import ledger.client.model.TransitionRequest;

/**
 * A short session against the running service through the generated Java client only: a source, a
 * strike with two claims and its reconciled figures, a filtered list, a cease-fire through its status
 * machine with an illegal move caught as a typed problem, a negotiation event, statistics, a CSV export,
 * the change feed, revisions and a merge patch. Fails (exit status 1) on the first wrong answer.
 * Arguments: the service's base URL and an ANALYST (or ADMIN) key.
 */
public final class ClientSession {

    private ClientSession() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String key = args.length > 1 ? args[1] : "";
        ApiClient client = new ApiClient();
        client.updateBaseUri(url);
        // the native library has no authentication of its own: the X-API-Key scheme is one header
        client.setRequestInterceptor(request -> request.header("X-API-Key", key));
        // a CSV export is read as text before the client would read it as JSON (its typed answer is JSON)
        AtomicReference<String> text = new AtomicReference<>();
        client.setResponseInterceptor(response -> {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/csv")) {
                try {
                    text.set(new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        String run = UUID.randomUUID().toString().substring(0, 8);
        String place = "Client session " + run;

        SourcesApi sources = new SourcesApi(client);
        SourceView source = sources.createSource(SourcesApi.APICreateSourceRequest.newBuilder()
                .sourceRequest(new SourceRequest().publisher("Client session wire").kind(SourceRequest.KindEnum.MEDIA)
                        .url("https://example.org/client-session/" + run))
                .build());
        check(source.getId() != null, "source created with an id: " + source);
        step("source " + source.getId());

        StrikesApi strikes = new StrikesApi(client);
        StrikeView strike = strikes.createStrike(StrikesApi.APICreateStrikeRequest.newBuilder()
                .strikeRequest(new StrikeRequest().attacker("RU").target("UA")
                        .startedAt(OffsetDateTime.parse("2025-03-02T01:00:00Z"))
                        .endedAt(OffsetDateTime.parse("2025-03-02T03:00:00Z"))
                        .timePrecision(StrikeRequest.TimePrecisionEnum.HOUR).place(place).region("Odesa oblast")
                        .country("UA").weaponCategory(StrikeRequest.WeaponCategoryEnum.DRONE)
                        .targetCategories(List.of(StrikeRequest.TargetCategoriesEnum.PORT))
                        .claims(List.of(claim(source.getId(), 88, StatedFigure.QualifierEnum.EXACT))))
                .build());
        long id = strike.getId();
        strike = strikes.addStrikeClaim(StrikesApi.APIAddStrikeClaimRequest.newBuilder().id(id)
                .claimRequest(claim(source.getId(), 96, StatedFigure.QualifierEnum.MORE_THAN)).build());
        ReconciledFigure launched = strikes.getStrike(StrikesApi.APIGetStrikeRequest.newBuilder().id(id).build())
                .getLaunched();
        check(launched != null && launched.getLow() == 88 && launched.getBest() == 88 && launched.getHigh() == null
                && launched.getClaims() == 2, "88 EXACT and 96 MORE_THAN reconcile to low 88, best 88, high null: "
                + launched);
        step("strike " + id + " with two claims, launched " + launched.getLow() + "/" + launched.getBest() + "/"
                + launched.getHigh());

        StrikePage page = strikes.listStrikes(StrikesApi.APIListStrikesRequest.newBuilder().attacker("RU")
                .place(place).from("2025-03-01").to("2025-03-03T00:00:00Z").build());
        check(page.getTotal() == 1 && page.getItems().get(0).getId() == id, "the filtered list finds the strike: " + page);
        step("filtered list: " + page.getTotal());

        CeasefiresApi ceasefires = new CeasefiresApi(client);
        CeasefireView ceasefire = ceasefires.createCeasefire(CeasefiresApi.APICreateCeasefireRequest.newBuilder()
                .ceasefireRequest(new CeasefireRequest().name("Client session truce " + run)
                        .scope(CeasefireRequest.ScopeEnum.ENERGY_INFRASTRUCTURE)
                        .parties(List.of(new PartyPositionRequest().party("RU")
                                        .position(PartyPositionRequest.PositionEnum.ACCEPTED),
                                new PartyPositionRequest().party("UA").position(PartyPositionRequest.PositionEnum.ACCEPTED)))
                        .proposedAt(OffsetDateTime.parse("2025-03-18T00:00:00Z")))
                .build());
        long ceasefireId = ceasefire.getId();
        ceasefire = move(ceasefires, ceasefireId, TransitionRequest.ToEnum.AGREED, "2025-03-18T18:00:00Z");
        ceasefire = move(ceasefires, ceasefireId, TransitionRequest.ToEnum.IN_FORCE, "2025-03-19T00:00:00Z");
        check(ceasefire.getStatus() == CeasefireView.StatusEnum.IN_FORCE && ceasefire.getHistory().size() == 3,
                "the cease-fire is in force with three history entries: " + ceasefire);
        try {
            move(ceasefires, ceasefireId, TransitionRequest.ToEnum.AGREED, "2025-03-20T00:00:00Z");
            throw new AssertionError("IN_FORCE -> AGREED was accepted");
        } catch (ApiException e) {
            Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            check(e.getCode() == 409 && problem.getStatus() == 409 && "IN_FORCE".equals(problem.getCurrentStatus())
                    && problem.getAllowed().containsAll(List.of("SUSPENDED", "EXPIRED", "COLLAPSED")),
                    "an illegal transition is a typed 409 problem naming the current and allowed statuses: " + problem);
            step("illegal transition refused: " + problem.getTitle() + ", allowed " + problem.getAllowed());
        }
        ceasefire = move(ceasefires, ceasefireId, TransitionRequest.ToEnum.EXPIRED, "2025-04-17T00:00:00Z");
        check(ceasefire.getStatus() == CeasefireView.StatusEnum.EXPIRED, "the cease-fire expired: " + ceasefire);
        step("cease-fire " + ceasefireId + ": PROPOSED, AGREED, IN_FORCE, EXPIRED");

        NegotiationView negotiation = new NegotiationsApi(client).createNegotiation(
                NegotiationsApi.APICreateNegotiationRequest.newBuilder().negotiationRequest(new NegotiationRequest()
                        .kind(NegotiationRequest.KindEnum.MEETING).occurredAt(OffsetDateTime.parse("2025-04-11T12:00:00+03:00"))
                        .timePrecision(NegotiationRequest.TimePrecisionEnum.DAY).place("Client session " + run)
                        .participants(List.of(new Participant().name("Steve Witkoff").party("US")
                                .capacity(Participant.CapacityEnum.ENVOY)))
                        .topics(List.of(NegotiationRequest.TopicsEnum.CEASEFIRE))).build());
        check(negotiation.getId() != null, "negotiation event created: " + negotiation);
        step("negotiation event " + negotiation.getId());

        StatisticsApi statistics = new StatisticsApi(client);
        StrikeStats stats = statistics.getStrikeStats(StatisticsApi.APIGetStrikeStatsRequest.newBuilder().bucket("day")
                .attacker("RU").place(place).from("2025-03-01").to("2025-03-04").build());
        long counted = stats.getBuckets().stream().mapToLong(StatsBucket::getStrikes).sum();
        check(counted == 1 && stats.getBuckets().get(0).getLaunched().getBest() == 88,
                "statistics count the strike and its launched best: " + stats);
        step("statistics: " + counted + " strike in " + stats.getBuckets().size() + " bucket(s)");

        text.set(null);
        statistics.getStrikeStatsWithHttpInfo(StatisticsApi.APIGetStrikeStatsRequest.newBuilder().bucket("day")
                .attacker("RU").place(place).from("2025-03-01").to("2025-03-04").format("csv").build());
        String csv = text.get();
        check(csv != null && csv.lines().count() == 2, "the statistics as CSV: a header and one bucket: " + csv);
        text.set(null);
        strikes.listStrikesWithHttpInfo(StrikesApi.APIListStrikesRequest.newBuilder().place(place).format("csv").build());
        check(text.get() != null && text.get().lines().count() == 2 && text.get().contains(place),
                "the strike export as CSV: a header and the strike: " + text.get());
        step("CSV exports: " + csv.lines().count() + " and " + text.get().lines().count() + " lines");

        HistoryApi history = new HistoryApi(client);
        PageResponseRevision revisions = history.listRevisions(HistoryApi.APIListRevisionsRequest.newBuilder()
                .collection("strikes").id(id).build());
        check(revisions.getTotal() >= 2 && revisions.getItems().get(0).getState() instanceof Map,
                "the strike's revisions, each with its state as an object: " + revisions);
        step("revisions: " + revisions.getTotal());

        long before = revisions.getItems().stream().mapToLong(r -> r.getCursor()).min().orElseThrow() - 1;
        ChangePage changes = history.listChanges(HistoryApi.APIListChangesRequest.newBuilder().since(before)
                .resource("strike").size(50).build());
        check(changes.getItems().stream().map(Change::getId).anyMatch(changed -> changed == id),
                "the change feed lists the strike's changes: " + changes);
        step("change feed: " + changes.getItems().size() + " changes after cursor " + before);

        StrikeView patched = strikes.patchStrike(StrikesApi.APIPatchStrikeRequest.newBuilder().id(id)
                .strikePatch(new StrikePatch().place(place + " (patched)")).build());
        check(patched.getPlace().equals(place + " (patched)") && "Odesa oblast".equals(patched.getRegion())
                && patched.getVersion() > strike.getVersion(), "a merge patch changes only what it names: " + patched);
        step("merge patch: place is now '" + patched.getPlace() + "'");
        System.out.println("CLIENT SESSION PASSED");
    }

    private static ClaimRequest claim(long sourceId, int launched, StatedFigure.QualifierEnum qualifier) {
        return new ClaimRequest().sourceId(sourceId).reportedAt(OffsetDateTime.parse("2025-03-02T06:00:00Z"))
                .launched(new StatedFigure().value(launched).qualifier(qualifier));
    }

    private static CeasefireView move(CeasefiresApi ceasefires, long id, TransitionRequest.ToEnum to, String at)
            throws ApiException {
        return ceasefires.transitionCeasefire(CeasefiresApi.APITransitionCeasefireRequest.newBuilder().id(id)
                .transitionRequest(new TransitionRequest().to(to).at(OffsetDateTime.parse(at))).build());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("client session: expected " + what);
        }
    }

    private static void step(String what) {
        System.out.println("client session: " + what);
    }
}
