/**
 * Trained relevance and headline-kind decisions (L2-regularised logistic regression over word and
 * character n-grams of title and summary, with the rule extractor's hits as extra features), in
 * process and offline, plus the commands that train and evaluate the model.
 */
package org.conflictledger.ingest.classify;
