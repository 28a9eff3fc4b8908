package org.conflictledger.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * How a list answers: JSON (a page), or an export of everything that matches, streamed: CSV or
 * GeoJSON. {@code format=} wins over the {@code Accept} header, for people who cannot set headers.
 */
public enum ExportFormat {
    JSON(MediaType.APPLICATION_JSON),
    CSV(new MediaType("text", "csv")),
    GEOJSON(new MediaType("application", "geo+json"));

    private final MediaType mediaType;

    ExportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The content type to send, with the charset of every export. */
    public String contentType() {
        return mediaType + ";charset=UTF-8";
    }

    /**
     * The format asked for: {@code format} (json, csv, geojson; a 400 naming {@code format} for
     * anything else or a format this resource does not offer), else the most preferred media type of
     * {@code accept} that is offered, else JSON.
     */
    public static ExportFormat negotiate(String format, String accept, Set<ExportFormat> offered) {
        if (format != null && !format.isBlank()) {
            String wanted = format.trim().toUpperCase(Locale.ROOT);
            for (ExportFormat candidate : offered) {
                if (candidate.name().equals(wanted)) {
                    return candidate;
                }
            }
            List<String> allowed = Arrays.stream(values()).filter(offered::contains)
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
            throw ApiException.invalid(List.of(new FieldProblem("format", "must be one of " + String.join(", ", allowed),
                    format, allowed)));
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        types = new java.util.ArrayList<>(types);
        types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            for (ExportFormat candidate : values()) {
                if (candidate != JSON && offered.contains(candidate)
                        && candidate.mediaType.equalsTypeAndSubtype(type)) {
                    return candidate;
                }
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                return JSON;
            }
        }
        return JSON;
    }
}
