package org.conflictledger.ingest.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    Optional<Candidate> findByArticleId(long articleId);
}
