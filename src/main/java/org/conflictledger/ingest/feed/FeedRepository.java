package org.conflictledger.ingest.feed;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedRepository extends JpaRepository<Feed, Long> {

    Page<Feed> findByEnabled(boolean enabled, Pageable pageable);

    boolean existsByUrl(String url);

    boolean existsByUrlAndIdNot(String url, long id);
}
