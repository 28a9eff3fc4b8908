package org.conflictledger.ingest.article.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.conflictledger.common.PageQuery;
import org.conflictledger.common.PageResponse;
import org.conflictledger.common.Times;
import org.conflictledger.ingest.article.ArticleFilter;
import org.conflictledger.ingest.article.ArticleService;
import org.conflictledger.ingest.article.ArticleView;
import org.conflictledger.ingest.article.ExtractionJobView;
import org.conflictledger.ingest.article.ExtractionJobs;
import org.conflictledger.ingest.extract.EventKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Articles", description = "News articles read from feeds")
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ArticleService articles;
    private final ExtractionJobs jobs;

    ArticleController(ArticleService articles, ExtractionJobs jobs) {
        this.articles = articles;
        this.jobs = jobs;
    }

    @Operation(operationId = "listArticles", summary = "Lists articles")
    @GetMapping
    PageResponse<ArticleView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long feedId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Boolean relevant, @RequestParam(required = false) EventKind kind,
            @RequestParam(required = false) Double minRelevance,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ArticleFilter filter = new ArticleFilter(q, feedId, Times.parseParam("from", from), Times.parseParam("to", to),
                relevant, kind, minRelevance);
        return articles.list(filter, sort, PageQuery.of(page, size));
    }

    @Operation(operationId = "getArticle", summary = "Reads an article")
    @GetMapping("/{id}")
    ArticleView get(@PathVariable long id) {
        return articles.get(id);
    }

    /** Reads the article again (ADMIN): its PENDING candidates are replaced, decided ones stay. */
    @Operation(operationId = "extractArticle", summary = "Reads an article again")
    @PostMapping("/{id}/extract")
    ArticleView extract(@PathVariable long id) {
        return articles.reextract(id);
    }

    /** Reads every article published in [from, to) again, in the background (ADMIN): 202 with the job. */
    @Operation(operationId = "extractArticles", summary = "Reads the articles of a time range again (a background job)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/extract")
    ResponseEntity<ExtractionJobView> extractAll(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ExtractionJobView job = jobs.submit(Times.parseParam("from", from), Times.parseParam("to", to));
        return ResponseEntity.accepted().location(URI.create("/api/v1/articles/extract/" + job.id())).body(job);
    }

    @Operation(operationId = "getArticleExtraction", summary = "Reads an extraction job")
    @GetMapping("/extract/{jobId}")
    ExtractionJobView job(@PathVariable long jobId) {
        return jobs.get(jobId);
    }

    @Operation(operationId = "deleteArticle", summary = "Deletes an article")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        articles.delete(id);
        return ResponseEntity.noContent().build();
    }
}
