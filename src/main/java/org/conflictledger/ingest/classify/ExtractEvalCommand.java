package org.conflictledger.ingest.classify;

import java.io.IOException;

import org.conflictledger.ingest.extract.ExtractionEval;
import org.conflictledger.ingest.extract.Extractor;

/**
 * {@code ./mvnw -q exec:java@extract-eval -Dlabels=FILE [-Dpredictions=OUT] [-Drelevance=classifier|rules]}:
 * the extraction evaluation ({@link ExtractionEval}) with the relevance judge the service builds from
 * the same setting ({@link ClassifierRelevance#forSetting}), the committed classifier by default.
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
        return new Extractor(ClassifierRelevance.forSetting(relevance));
    }
}
