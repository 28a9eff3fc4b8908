package org.conflictledger.ingest.classify;

import java.io.IOException;

import org.conflictledger.ingest.extract.ExtractionEval;
import org.conflictledger.ingest.extract.Extractor;
import org.conflictledger.ingest.extract.LabelRelevance;

/**
 * {@code ./mvnw -q exec:java@extract-eval -Dlabels=FILE [-Dpredictions=OUT] [-Drelevance=classifier|rules|labels]}:
 * the extraction evaluation ({@link ExtractionEval}) with the relevance judge the service builds from
 * the same setting ({@link ClassifierRelevance#forSetting}), the committed classifier by default; {@code labels} (evaluation only) takes relevance and the
 * headline kind from each item's label, so that the events stage is scored apart from relevance.
 */
public final class ExtractEvalCommand {

    private ExtractEvalCommand() {
    }

    public static void main(String[] args) throws IOException {
        String relevance = ClassifierTraining.property("relevance", "classifier");
        System.err.println("relevance and headline kind judged by: " + relevance);
        ExtractionEval.command(args, extractor(relevance));
    }

    /** The extractor the service builds from the same setting of {@code ledger.extraction.relevance}. */
    static Extractor extractor(String relevance) {
        if ("labels".equals(relevance)) {
            return new Extractor(new LabelRelevance());
        }
        return new Extractor(ClassifierRelevance.forSetting(relevance));
    }
}
