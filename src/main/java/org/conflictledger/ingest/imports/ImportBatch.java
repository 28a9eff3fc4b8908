package org.conflictledger.ingest.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.conflictledger.strike.Figure;
import org.conflictledger.strike.ReconciledFigure;
import org.conflictledger.strike.StatedFigure;

/**
 * One batch of rows, already in COPY text for the staging tables, built on the parsing thread so
 * that the writing thread only talks to the database. Also carries what the parser counted since the
 * previous batch (rows read, rows rejected or skipped with their reasons).
 */
final class ImportBatch {

    /** A row rejected or skipped while parsing. */
    record Problem(long line, String reason, boolean skipped) {
    }

    private final StringBuilder rows = new StringBuilder(1 << 16);
    private final StringBuilder claims = new StringBuilder(1 << 16);
    private final StringBuilder moreIds = new StringBuilder();
    private final StringBuilder content = new StringBuilder(1024);
    private final Map<String, Long> keys = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final MessageDigest md5;
    private int size;
    private long read;

    ImportBatch() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int size() {
        return size;
    }

    long read() {
        return read;
    }

    void countRead() {
        read++;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(long line, String reason, boolean skipped) {
        problems.add(new Problem(line, reason, skipped));
    }

    String rowsText() {
        return rows.toString();
    }

    String claimsText() {
        return claims.toString();
    }

    String moreIdsText() {
        return moreIds.toString();
    }

    boolean hasMoreIds() {
        return !moreIds.isEmpty();
    }

    /** Whether a row of this batch names an external id that a row of the other batch names. */
    boolean sharesKeysWith(ImportBatch other) {
        Map<String, Long> small = keys.size() <= other.keys.size() ? keys : other.keys;
        Map<String, Long> large = small == keys ? other.keys : keys;
        for (String key : small.keySet()) {
            if (large.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a row, or rejects it when it repeats an external id of an earlier row of this batch (the
     * reason names that row's line). Returns whether it was added.
     */
    boolean add(ImportRow row) {
        Long earlier = keys.putIfAbsent(row.dataset() + '\u001f' + row.externalId(), row.line());
        if (earlier == null) {
            for (Map.Entry<String, String> id : row.moreIds().entrySet()) {
                earlier = keys.putIfAbsent(id.getKey() + '\u001f' + id.getValue(), row.line());
                if (earlier != null) {
                    problem(row.line(), "repeats the external id " + id.getKey() + "=" + id.getValue() + " of line "
                            + earlier, false);
                    return false;
                }
            }
        } else {
            problem(row.line(), "repeats the external id " + row.dataset() + "=" + row.externalId() + " of line "
                    + earlier, false);
            return false;
        }
        int rowNo = ++size;

        content.setLength(0);
        CopyText strike = new CopyText(content);
        strike.text(row.attacker()).text(row.target()).instant(row.startedAt()).instant(row.endedAt())
                .text(row.timePrecision().name()).text(row.place()).text(row.region()).text(row.country())
                .number(row.latitude()).number(row.longitude()).text(row.geoPrecision().name())
                .text(row.launchPlace()).text(row.weaponCategory().name()).array(row.weaponModels())
                .array(row.targetCategories());
        Map<Figure, ReconciledFigure> reconciled = row.reconciled();
        for (Figure figure : Figure.values()) {
            ReconciledFigure f = reconciled.get(figure);
            strike.number(f == null ? null : f.low()).number(f == null ? null : f.best())
                    .number(f == null ? null : f.high()).number(f == null ? 0 : f.claims());
        }
        int strikeEnd = content.length();
        int[] claimEnds = new int[row.claims().size()];
        for (int i = 0; i < row.claims().size(); i++) {
            ImportClaim claim = row.claims().get(i);
            content.append('\n');
            CopyText c = new CopyText(content);
            c.number(claim.sourceId()).text(claim.claimant()).text(claim.attributedTo()).instant(claim.reportedAt())
                    .text(claim.quote()).text(claim.reference());
            for (Figure figure : Figure.values()) {
                StatedFigure stated = claim.figure(figure);
                c.number(stated == null ? null : stated.value())
                        .text(stated == null ? null : stated.qualifier().name())
                        .number(stated == null ? null : stated.low()).number(stated == null ? null : stated.high());
            }
            c.bool(claim.inconsistent());
            claimEnds[i] = content.length();
        }
        md5.reset();
        UUID hash = uuid(md5.digest(content.toString().getBytes(StandardCharsets.UTF_8)));

        CopyText out = new CopyText(rows);
        out.number(rowNo).number(row.line()).text(row.dataset()).text(row.externalId()).text(hash.toString())
                .number(row.claims().size());
        rows.append('\t').append(content, 0, strikeEnd).append('\n');
        int from = strikeEnd + 1;
        for (int i = 0; i < claimEnds.length; i++) {
            claims.append(rowNo).append('\t').append(i + 1).append('\t').append(content, from, claimEnds[i])
                    .append('\n');
            from = claimEnds[i] + 1;
        }
        for (Map.Entry<String, String> id : row.moreIds().entrySet()) {
            new CopyText(moreIds).number(rowNo).text(id.getKey()).text(id.getValue()).endRow();
        }
        return true;
    }

    private static UUID uuid(byte[] digest) {
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (digest[i] & 0xff);
            low = (low << 8) | (digest[i + 8] & 0xff);
        }
        return new UUID(high, low);
    }
}
