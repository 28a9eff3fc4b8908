package org.conflictledger.ceasefire;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CeasefireRepository extends JpaRepository<Ceasefire, Long> {

    /**
     * The cease-fire with its row locked ({@code select ... for update}) until the transaction ends:
     * concurrent changes queue up instead of failing, and each sees the status the previous one left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Ceasefire c where c.id = :id")
    Optional<Ceasefire> findForUpdate(@Param("id") long id);
}
