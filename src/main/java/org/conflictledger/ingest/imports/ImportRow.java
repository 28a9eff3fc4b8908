package org.conflictledger.ingest.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.conflictledger.common.TimePrecision;
import org.conflictledger.strike.Figure;
import org.conflictledger.strike.GeoPrecision;
import org.conflictledger.strike.ReconciledFigure;
import org.conflictledger.strike.Reconciliation;
import org.conflictledger.strike.WeaponCategory;

/**
 * One data row turned into a strike with its claims: the key ({@code dataset}, {@code externalId})
 * that makes re-imports idempotent, further external ids to attach ({@code moreIds}, ledger rows
 * only), the strike's own fields and the claims, all already checked.
 */
record ImportRow(long line, String dataset, String externalId, Map<String, String> moreIds, String attacker,
        String target, Instant startedAt, Instant endedAt, TimePrecision timePrecision, String place, String region,
        String country, Double latitude, Double longitude, GeoPrecision geoPrecision, String launchPlace,
        WeaponCategory weaponCategory, List<String> weaponModels, List<String> targetCategories,
        List<ImportClaim> claims) {

    /**
     * The figures the row's claims reconcile to on a new strike, by the same rule as the API
     * ({@link Reconciliation}); a strike that has other claims too is reconciled again from all of them.
     */
    Map<Figure, ReconciledFigure> reconciled() {
        Map<Figure, ReconciledFigure> out = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            List<Reconciliation.Statement> statements = new ArrayList<>(claims.size());
            for (ImportClaim claim : claims) {
                statements.add(new Reconciliation.Statement(null, claim.sourceId(), claim.figure(figure)));
            }
            ReconciledFigure result = Reconciliation.reconcile(statements);
            if (result != null) {
                out.put(figure, result);
            }
        }
        return out;
    }
}
