package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Page and sort parameters as every list reads them: defaults, bounds, directions and refusals. */
class PagingAndSortingTest {

    private static final Map<String, String> ALLOWED = new LinkedHashMap<>(Map.of("startedAt", "s.started_at"));
    private static final SortSpec FALLBACK = SortSpec.of("startedAt", "s.started_at", true);

    static {
        ALLOWED.put("launched", "s.launched_best");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> problems(Runnable call) {
        ApiException e = catchThrowableOfType(ApiException.class, call::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.status().value()).isEqualTo(400);
        return (List<FieldProblem>) e.properties().get("errors");
    }

    @Test
    void pagesDefaultToTheFirstOfFiftyAndCountTheirOffset() {
        assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 50));
        assertThat(PageQuery.of(3, 20).offset()).isEqualTo(60);
        assertThat(PageQuery.of(1_000_000, 500).offset()).isEqualTo(500_000_000L);
        assertThat(PageQuery.of(0, 1)).isEqualTo(new PageQuery(0, 1));
    }

    @Test
    void pagesOutOfBoundsNameTheirFieldEachOnce() {
        assertThat(problems(() -> PageQuery.of(-1, 10))).extracting(FieldProblem::field).containsExactly("page");
        assertThat(problems(() -> PageQuery.of(1_000_001, 10))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be at most 1000000"));
        assertThat(problems(() -> PageQuery.of(0, 0))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be between 1 and 500"));
        assertThat(problems(() -> PageQuery.of(0, 501))).extracting(FieldProblem::field).containsExactly("size");
        assertThat(problems(() -> PageQuery.of(-5, 0))).extracting(FieldProblem::field).containsExactly("page", "size");
        assertThat(problems(() -> PageQuery.of(-5, 0))).extracting(FieldProblem::rejectedValue).containsExactly(-5, 0);
    }

    @Test
    void sortsReadFieldAndDirectionInBothNotations() {
        assertThat(SortSpec.parse(null, ALLOWED, FALLBACK)).isSameAs(FALLBACK);
        assertThat(SortSpec.parse("  ", ALLOWED, FALLBACK)).isSameAs(FALLBACK);
        assertThat(SortSpec.parse("launched", ALLOWED, FALLBACK)).isEqualTo(SortSpec.of("launched", "s.launched_best", false));
        assertThat(SortSpec.parse("-launched", ALLOWED, FALLBACK)).isEqualTo(SortSpec.of("launched", "s.launched_best", true));
        assertThat(SortSpec.parse(" launched , DESC ", ALLOWED, FALLBACK)).isEqualTo(SortSpec.of("launched", "s.launched_best", true));
        assertThat(SortSpec.parse("launched,asc", ALLOWED, FALLBACK).descending()).isFalse();
        assertThat(SortSpec.parse("launched,", ALLOWED, FALLBACK).descending()).isFalse();
    }

    @Test
    void sortsRefuseUnknownFieldsAndDirectionsListingWhatIsAllowed() {
        FieldProblem field = problems(() -> SortSpec.parse("place", ALLOWED, FALLBACK)).get(0);
        assertThat(field.field()).isEqualTo("sort");
        assertThat(field.allowed()).containsExactly("startedAt", "launched");
        assertThat(field.message()).isEqualTo("must name one of startedAt, launched");
        FieldProblem direction = problems(() -> SortSpec.parse("launched,up", ALLOWED, FALLBACK)).get(0);
        assertThat(direction.allowed()).containsExactly("asc", "desc");
        assertThat(direction.rejectedValue()).isEqualTo("up");
        assertThat(problems(() -> SortSpec.parse("-", ALLOWED, FALLBACK))).extracting(FieldProblem::field)
                .containsExactly("sort");
    }

    @Test
    void theOrderByEndsWithTheTieBreakerInTheSameDirection() {
        assertThat(SortSpec.of("launched", "s.launched_best", true).orderBy("s.id"))
                .isEqualTo(" order by s.launched_best desc, s.id desc");
        assertThat(SortSpec.of("launched", "s.launched_best", false).orderBy("s.id"))
                .isEqualTo(" order by s.launched_best asc, s.id asc");
    }
}
