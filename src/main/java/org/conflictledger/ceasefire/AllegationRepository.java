package org.conflictledger.ceasefire;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllegationRepository extends JpaRepository<Allegation, Long> {
}
