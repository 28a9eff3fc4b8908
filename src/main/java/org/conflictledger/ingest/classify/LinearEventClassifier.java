package org.conflictledger.ingest.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.conflictledger.ingest.extract.ArticleText;
import org.conflictledger.ingest.extract.Extraction;

/** The event classifier over a trained {@link LinearModel}; thread-safe once loaded. */
public final class LinearEventClassifier implements EventClassifier {

    /** Where the service finds the committed model: written by {@code ./mvnw -q exec:java@train-classifier}. */
    public static final String MODEL_RESOURCE = "classify/event-classifier.model.gz";

    /** The committed model, read once per process on a thread of its own (see {@link #loading()}). */
    private static volatile CompletableFuture<LinearEventClassifier> committed;

    private final LinearModel model;

    LinearEventClassifier(LinearModel model) {
        this.model = model;
    }

    /** The committed model from the class path. */
    public static LinearEventClassifier load() {
        try (InputStream in = LinearEventClassifier.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no classifier model on the class path at " + MODEL_RESOURCE
                        + " (train one with ./mvnw -q exec:java@train-classifier)");
            }
            return new LinearEventClassifier(LinearModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The committed model, its reading started on a daemon thread at the first call and shared by every
     * caller afterwards (the model is immutable): the service starts it before its context is built
     * ({@link ClassifierPreload}), so that reading the weights goes on beside the rest of start-up.
     */
    static synchronized CompletableFuture<LinearEventClassifier> loading() {
        if (committed == null) {
            CompletableFuture<LinearEventClassifier> future = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    future.complete(load());
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "classifier-model-load");
            reader.setDaemon(true);
            reader.start();
            committed = future;
        }
        return committed;
    }

    /** The committed model once {@link #loading()} has read it; its failure (no or a bad model) as thrown there. */
    static LinearEventClassifier committed() {
        // every judgement asks for the model: once reading has started, no lock is taken
        CompletableFuture<LinearEventClassifier> started = committed;
        try {
            return (started != null ? started : loading()).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A model file, e.g. one a training run just wrote. */
    public static LinearEventClassifier load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new LinearEventClassifier(LinearModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Classification classify(ArticleText article, Extraction rules) {
        return model.classify(Features.of(article, rules, model.parts()));
    }

    LinearModel model() {
        return model;
    }
}
