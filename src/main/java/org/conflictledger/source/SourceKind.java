package org.conflictledger.source;

public enum SourceKind {
    OFFICIAL_MILITARY, GOVERNMENT, MEDIA, NGO, DATASET, OTHER
}
