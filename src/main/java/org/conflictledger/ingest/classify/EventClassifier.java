package org.conflictledger.ingest.classify;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.Extraction;

/**
 * Decides whether an article reports a reportable event and which kind its headline event is. The
 * rules' own reading is an input (their hits are features), so the rules keep reading the facts while
 * the classifier decides relevance and kind.
 */
public interface EventClassifier {

    Classification classify(ArticleText article, Extraction rules);
}
