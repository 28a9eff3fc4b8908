package org.conflictledger.negotiation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrackRepository extends JpaRepository<Track, Long> {

    /** Matches the database's unique index on {@code lower(name)}. */
    @Query("select t from Track t where lower(t.name) = lower(:name)")
    Optional<Track> findByNameIgnoringCase(String name);
}
