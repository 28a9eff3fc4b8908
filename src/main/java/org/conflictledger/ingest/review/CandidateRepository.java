package org.conflictledger.ingest.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByArticleIdOrderByEventIndexAscIdAsc(long articleId);
}
