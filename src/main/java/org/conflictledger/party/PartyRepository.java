package org.conflictledger.party;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyRepository extends JpaRepository<Party, String> {

    @Query("select p.code from Party p where p.code in :codes")
    List<String> findExistingCodes(Collection<String> codes);
}
