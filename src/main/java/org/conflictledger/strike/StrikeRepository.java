package org.conflictledger.strike;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StrikeRepository extends JpaRepository<Strike, Long> {

    /** The strike with its row locked, so that concurrent claim changes queue instead of failing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Strike s where s.id = :id")
    Optional<Strike> findLocked(long id);
}
