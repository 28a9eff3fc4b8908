package org.conflictledger.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationRepository extends JpaRepository<NegotiationEvent, Long> {
}
